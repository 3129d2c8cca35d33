// Bundles the client, the language server and the CLI with esbuild into dist/.
// Every bundle is CommonJS (.cjs) so VS Code and plain `node` can load it.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};
await Promise.all([
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.cjs' }),
  // The language server's check worker (a thread of its own, started from dist/server.cjs).
  build({ ...common, entryPoints: ['server/src/service/check-worker.ts'], outfile: 'dist/check-worker.cjs' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.cjs' }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.cjs', external: ['vscode'] }),
]);
