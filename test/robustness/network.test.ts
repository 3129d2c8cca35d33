// The language server never touches the network. It runs (node dist/server.cjs --stdio) with a
// preload (no-network.cjs) that replaces every network entry point of Node with a stub that records
// the attempt and throws; a whole editing round follows; the record must stay empty. The stub is
// itself tested: a deliberate connection under the same preload is recorded, in a plain script
// and in the server started on its socket transport. Nothing here ever reaches past this process:
// the stubs throw before any connection is made.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeAction, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { buildOnce, ROOT } from '../cli/run';
import { PLAIN_CAPABILITIES, Session, removeWorkspace, tempWorkspace, uriOf } from '../lsp/client';

const PRELOAD = join(fileURLToPath(new URL('.', import.meta.url)), 'no-network.cjs');

const DRAFT = `---
date: 2026-03-12
---
Mayor Elena Ruiz said "every neighborhood deserves a fire engine within five minutes."

Council member Daniel Okafor voted no. "Riders will pay for this in longer waits," Ruiz said on Friday.

"We will repave every street in the city by summer," Okafor said. Fire Chief Tomas Garcia Marquez agreed.
`;

describe('robustness: no network access', function () {
  this.timeout(60_000);
  let tmp: string, log: string, loaded: string;
  let ws: string | undefined;
  let s: Session | undefined;

  before(function () {
    this.timeout(60_000);
    buildOnce();
  });
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'verbatim-net-'));
    log = join(tmp, 'attempts.jsonl');
    loaded = join(tmp, 'loaded');
  });
  afterEach(async () => {
    await s?.close();
    s = undefined;
    removeWorkspace(ws);
    ws = undefined;
    rmSync(tmp, { recursive: true, force: true });
  });

  const env = () => ({
    ...process.env,
    NODE_OPTIONS: `--require ${JSON.stringify(PRELOAD)}`,
    VERBATIM_NET_LOG: log,
    VERBATIM_NET_LOADED: loaded,
  });
  const attempts = (): { api: string; args: string }[] =>
    existsSync(log)
      ? readFileSync(log, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l))
      : [];

  it('the stub records and blocks a deliberate attempt of every kind (self-test)', () => {
    const script = `
      const tries = [
        () => require('net').connect(9, '127.0.0.1'),
        () => new (require('net').Socket)().connect(9, '127.0.0.1'),
        () => require('tls').connect(9, '127.0.0.1'),
        () => require('dns').lookup('localhost', () => {}),
        () => require('http').get('http://127.0.0.1:9/'),
        () => require('https').request('https://127.0.0.1:9/'),
        () => fetch('http://127.0.0.1:9/'),
        () => require('dgram').createSocket('udp4').send('x', 9, '127.0.0.1'),
      ];
      let blocked = 0;
      for (const t of tries) { try { t(); } catch (e) { if (/blocked by the test/.test(e.message)) blocked++; } }
      console.log(blocked);`;
    const r = spawnSync(process.execPath, ['-e', script], { env: env(), encoding: 'utf8', timeout: 15_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), '8', 'every attempt threw');
    assert.deepEqual(
      attempts().map((a) => a.api),
      [
        'net.connect',
        'net.Socket.prototype.connect',
        'tls.connect',
        'dns.lookup',
        'http.get',
        'https.request',
        'fetch',
        'dgram.Socket.prototype.send',
      ],
    );
  });

  it('the stub works inside the bundled server: its socket transport (a connection by design) is recorded', () => {
    ws = tempWorkspace();
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'server.cjs'), '--socket=9'], {
      cwd: ws,
      env: env(),
      encoding: 'utf8',
      timeout: 10_000,
    });
    assert.ok(r.error === undefined || (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT', String(r.error));
    assert.ok(readFileSync(loaded, 'utf8').trim().length > 0, 'the preload ran in the server');
    const a = attempts();
    assert.ok(
      a.some((x) => /connect|createConnection/.test(x.api) && x.args.includes('9')),
      `no connection recorded: ${JSON.stringify(a)}; stderr: ${r.stderr.slice(-500)}`,
    );
  });

  it('a whole editing round over stdio makes no network attempt', async () => {
    ws = tempWorkspace();
    const draftPath = join(ws, 'drafts', 'story.md');
    const uri = uriOf(draftPath);
    writeFileSync(draftPath, DRAFT);
    // Session spawns `node dist/server.cjs --stdio` with this process's environment: the preload goes in NODE_OPTIONS.
    const saved = { ...process.env };
    Object.assign(process.env, env());
    try {
      ({ s } = await Session.start(ws, { ...PLAIN_CAPABILITIES, window: { workDoneProgress: true } }));
    } finally {
      for (const k of ['NODE_OPTIONS', 'VERBATIM_NET_LOG', 'VERBATIM_NET_LOADED']) {
        if (saved[k] === undefined) delete process.env[k];
        else process.env[k] = saved[k];
      }
    }
    const session = s!;
    const pid = String(session.proc.pid);
    await session.open(draftPath, DRAFT);
    const p: PublishDiagnosticsParams = await session.diagnostics(uri, (x) => x.diagnostics.length > 0, 0, 20_000);
    assert.ok(readFileSync(loaded, 'utf8').split('\n').includes(pid), 'the preload ran in the server under test');
    for (const d of p.diagnostics) {
      await session.request('textDocument/hover', { textDocument: { uri }, position: d.range.start });
      await session.request('textDocument/definition', { textDocument: { uri }, position: d.range.start });
    }
    const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } },
      context: { diagnostics: p.diagnostics },
    });
    assert.ok(actions.length > 0, 'quick fixes offered');
    // An edit, a second draft, a change to the corpus on disk reported by the client, Verbatim's own requests.
    await session.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'Update: ' },
      ],
    });
    const other = join(ws, 'drafts', 'other.txt');
    await session.open(other, '"The motion carries, seven votes to two," Okafor said.\n', 'plaintext');
    await session.diagnostics(uriOf(other), () => true, 0, 20_000);
    const jsonl = join(ws, 'sources', 'statements.jsonl');
    const from = session.mark();
    writeFileSync(
      jsonl + '.tmp',
      readFileSync(jsonl, 'utf8') +
        JSON.stringify({
          speaker: 'Daniel Okafor',
          date: '2026-03-12',
          text: 'We will repave every street in the city by summer.',
        }) +
        '\n',
    );
    renameSync(jsonl + '.tmp', jsonl);
    await session.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(jsonl), type: 2 }] });
    await session.diagnostics(uri, (x) => !x.diagnostics.some((d) => d.code === 'quote.unverified'), from, 20_000);
    await session.request('verbatim/quoteSheet', { uri }, 20_000);
    await session.request('verbatim/checkWorkspace', {}, 20_000);
    await session.request('verbatim/rebuildIndex', null, 20_000);
    await session.notify('textDocument/didClose', { textDocument: { uri } });
    assert.equal(await session.request('shutdown', null), null);
    await session.notify('exit', null);
    assert.equal(await session.waitExit(5000), 0, `the server did not exit cleanly: ${session.stderr.slice(-1000)}`);
    assert.deepEqual(attempts(), [], 'network attempts recorded');
    assert.ok(!/blocked by the test/.test(session.stderr + session.logs.join('\n')), 'an attempt was swallowed');
  });
});
