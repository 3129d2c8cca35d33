// The client bundle holds the client, the protocol and the language client library: no engine
// code, no server code, no YAML library (the server builds every accepted-list edit).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../cli/run';

describe('client bundle', () => {
  it('contains no server or engine module and no YAML library', async function () {
    this.timeout(60000);
    const result = await build({
      entryPoints: [join(ROOT, 'client', 'src', 'extension.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      write: false,
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: ROOT,
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(
      inputs.some((p) => p.startsWith('client/src/')),
      `expected client modules in ${inputs.slice(0, 5)}`,
    );
    assert.ok(inputs.includes('protocol/index.ts'));
    const forbidden = inputs.filter((p) => p.startsWith('server/') || /node_modules\/(yaml|micromark|mdast)/.test(p));
    assert.deepEqual(forbidden, []);
  });
});
