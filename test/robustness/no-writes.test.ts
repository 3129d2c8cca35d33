// Verbatim never writes to the corpus. A copy of examples/sources (plus sources of the awkward
// kinds) in a temporary workspace; every file's content and mtime, and every folder's mtime,
// recorded; then a round of checks through the CLI (every format, the quotation sheet, the on-disk
// cache) and through the language server (open drafts, diagnostics, hover, definition, code
// actions applied to the drafts in the client, edits, saves, a source opened and edited in the
// editor, Verbatim's own requests). Afterwards nothing in the corpus folder changed and nothing was added.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  Diagnostic,
  PublishDiagnosticsParams,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { buildOnce, ROOT } from '../cli/run';
import { PLAIN_CAPABILITIES, Session, removeWorkspace, tempWorkspace, uriOf } from '../lsp/client';
import { differences, snapshot } from './snapshot';

const DRAFTS: Record<string, string> = {
  ...Object.fromEntries(
    readdirSync(join(ROOT, 'examples', 'drafts')).map((f) => [
      f,
      readFileSync(join(ROOT, 'examples', 'drafts', f), 'utf8'),
    ]),
  ),
  'crlf.md': [
    '---',
    'date: 2026-03-12',
    '---',
    '🚒 Mayor Elena Ruiz said “every neighborhood deserves a fire engine within five minutes.”',
    '',
    '“Riders will pay for this in longer waits,” Ruiz said.',
    '',
  ].join('\r\n'),
  'plain.txt':
    'Council member Daniel Okafor voted no. "Riders will pay for this in longer waits," Ruiz said on ' +
    'Friday.\n\nThe $421 million budget passed 7-2.\n',
};

/** Sources of the awkward kinds beside the examples: problems to publish, a subfolder, a link. */
function addAwkwardSources(sources: string) {
  mkdirSync(join(sources, 'more'));
  writeFileSync(
    join(sources, 'more', 'notes.txt'),
    '---\nkind: statement\nspeaker: Priya Nair\ndate: 2026-03-10\n---\nThe motion carries, seven votes to two.\n',
  );
  writeFileSync(join(sources, 'more', 'bad.jsonl'), 'not json\n{"speaker": "Ruiz"}\n');
  writeFileSync(
    join(sources, 'more', 'latin1.md'),
    Buffer.from('---\nkind: statement\nspeaker: Tomás García Márquez\n---\nCafé talk.\n', 'latin1'),
  );
  writeFileSync(join(sources, 'more', 'broken.md'), '---\ntitle: [unclosed\n---\nBody.\n');
  symlinkSync(join(sources, 'more'), join(sources, 'more', 'loop'));
}

/** The plain text edits of a code action for `uri`; fails on an edit to any other document or a file operation. */
function draftEdits(a: CodeAction, uri: string): TextEdit[] {
  const e: WorkspaceEdit | undefined = a.edit;
  if (!e) return [];
  const out: TextEdit[] = [];
  for (const [u, edits] of Object.entries(e.changes ?? {})) {
    assert.equal(u, uri, `"${a.title}" edits ${u}`);
    out.push(...edits);
  }
  for (const ch of e.documentChanges ?? []) {
    assert.ok('textDocument' in ch, `"${a.title}" has a file operation: ${JSON.stringify(ch)}`);
    assert.equal(
      (ch as TextDocumentEdit).textDocument.uri,
      uri,
      `"${a.title}" edits ${(ch as TextDocumentEdit).textDocument.uri}`,
    );
    out.push(...((ch as TextDocumentEdit).edits as TextEdit[]));
  }
  return out;
}

describe('robustness: Verbatim never writes to the corpus', function () {
  this.timeout(120_000);
  let ws: string | undefined, cache: string | undefined;
  let s: Session | undefined;

  before(function () {
    this.timeout(60_000);
    buildOnce();
  });
  afterEach(async () => {
    await s?.close();
    s = undefined;
    removeWorkspace(ws);
    ws = undefined;
    if (cache) rmSync(cache, { recursive: true, force: true });
    cache = undefined;
  });

  it(
    'the snapshot sees a rewrite with the same bytes, an added file and a file created and removed ' + 'again',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'verbatim-snap-'));
      try {
        mkdirSync(join(dir, 'sub'));
        writeFileSync(join(dir, 'sub', 'a.md'), 'same');
        await new Promise((r) => setTimeout(r, 20));
        const a = snapshot(dir);
        writeFileSync(join(dir, 'sub', 'a.md'), 'same');
        assert.match(differences(a, snapshot(dir)).join('\n'), /sub\/a\.md: modification time changed/);
        const b = snapshot(dir);
        await new Promise((r) => setTimeout(r, 20));
        writeFileSync(join(dir, 'tmp'), 'x');
        rmSync(join(dir, 'tmp'));
        assert.match(differences(b, snapshot(dir)).join('\n'), /^\.: modification time changed/m);
        writeFileSync(join(dir, 'sub', '.hidden'), '');
        assert.match(differences(b, snapshot(dir)).join('\n'), /added file sub\/\.hidden/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('through the CLI (text, JSON, SARIF, quotation sheets, the on-disk cache) and the language server', async () => {
    ws = tempWorkspace();
    const sources = join(ws, 'sources');
    addAwkwardSources(sources);
    const drafts = Object.keys(DRAFTS).map((f) => {
      const p = join(ws!, 'drafts', f);
      writeFileSync(p, DRAFTS[f]);
      return p;
    });
    cache = mkdtempSync(join(tmpdir(), 'verbatim-cache-'));
    // Let the mtimes of the copies settle in a past millisecond, so a rewrite with the same bytes still shows.
    await new Promise((r) => setTimeout(r, 20));
    const before = snapshot(sources);

    // ---- CLI
    const cli = (args: string[], env: Record<string, string> = {}) => {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'verbatim.cjs'), ...args], {
        cwd: ws,
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...process.env, VERBATIM_CACHE: '', ...env },
      });
      assert.ok(r.status === 0 || r.status === 1, `verbatim ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
      return r;
    };
    for (const format of ['text', 'json', 'sarif'])
      cli(['check', '--corpus', sources, '--format', format, '--date', '2026-03-12', ...drafts]);
    for (const d of drafts) cli(['quotes', d, '--corpus', sources, '--format', 'json']);
    cli(['check', '--corpus', sources, '--cache', cache, ...drafts]);
    cli(['check', '--corpus', sources, '--cache', cache, ...drafts]); // from the cache
    cli(['check', '--corpus', 'sources', ...drafts], { VERBATIM_CACHE: cache });
    assert.deepEqual(differences(before, snapshot(sources)), [], 'the CLI changed the corpus');

    // ---- language server
    ({ s } = await Session.start(ws, PLAIN_CAPABILITIES));
    const session = s!;
    const docs = new Map<string, TextDocument>();
    for (const d of drafts) {
      const uri = uriOf(d);
      const languageId = d.endsWith('.md') ? 'markdown' : 'plaintext';
      docs.set(uri, TextDocument.create(uri, languageId, 1, DRAFTS[d.split('/').pop()!]));
      await session.open(d, DRAFTS[d.split('/').pop()!], languageId, 1);
    }
    let applied = 0;
    for (const [uri, doc0] of docs) {
      let doc = doc0;
      const p: PublishDiagnosticsParams = await session.diagnostics(uri, (x) => x.version === doc.version, 0, 20_000);
      for (const d of p.diagnostics) {
        await session.request('textDocument/hover', { textDocument: { uri }, position: d.range.start });
        await session.request('textDocument/definition', { textDocument: { uri }, position: d.range.start });
      }
      // Apply the first quick fix offered, re-check, and go on until none is left (at most 10 rounds).
      for (let round = 0; round < 10; round++) {
        const diags: Diagnostic[] =
          round === 0
            ? p.diagnostics
            : (await session.diagnostics(uri, (x) => x.version === doc.version, 0, 20_000)).diagnostics;
        const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) },
          context: { diagnostics: diags },
        });
        const fix = (actions ?? []).find((a) => draftEdits(a, uri).length > 0);
        for (const a of actions ?? []) draftEdits(a, uri); // every action, applied or not, edits only this draft
        if (!fix) break;
        const text = TextDocument.applyEdits(doc, draftEdits(fix, uri));
        const end = doc.positionAt(doc.getText().length);
        doc = TextDocument.create(uri, doc.languageId, doc.version + 1, text);
        await session.notify('textDocument/didChange', {
          textDocument: { uri, version: doc.version },
          contentChanges: [{ range: { start: { line: 0, character: 0 }, end }, text }],
        });
        applied++;
      }
      await session.notify('textDocument/didSave', { textDocument: { uri } });
      docs.set(uri, doc);
    }
    assert.ok(applied >= 3, `only ${applied} fixes applied`);

    // A source opened in the editor, edited there (unsaved), asked for hovers and fixes, then closed.
    const src = join(sources, '2026-03-10-council-meeting.md');
    const srcUri = uriOf(src);
    await session.open(src, readFileSync(src, 'utf8'));
    await session.notify('textDocument/didChange', {
      textDocument: { uri: srcUri, version: 2 },
      contentChanges: [
        {
          range: { start: { line: 17, character: 0 }, end: { line: 17, character: 0 } },
          text: 'Typed into the editor, never saved. ',
        },
      ],
    });
    await session.request('textDocument/hover', {
      textDocument: { uri: srcUri },
      position: { line: 17, character: 3 },
    });
    const srcActions = await session.request<CodeAction[] | null>('textDocument/codeAction', {
      textDocument: { uri: srcUri },
      range: { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(
      (srcActions ?? []).filter((a) => a.edit),
      [],
      'no edits offered on a source',
    );
    await session.notify('textDocument/didClose', { textDocument: { uri: srcUri } });

    // Verbatim's own requests.
    await session.request('verbatim/rebuildIndex', null, 20_000);
    await session.request('verbatim/checkWorkspace', {}, 20_000);
    for (const uri of docs.keys()) await session.request('verbatim/quoteSheet', { uri }, 20_000);
    await session.request(
      'workspace/executeCommand',
      { command: 'verbatim.server.rebuildIndex', arguments: [] },
      20_000,
    );
    await new Promise((r) => setTimeout(r, 800)); // let debounced checks run
    await session.close();
    s = undefined;

    assert.deepEqual(
      session.serverRequests.filter((r) => r.method === 'workspace/applyEdit'),
      [],
      'the server asked the client to edit files',
    );
    assert.deepEqual(differences(before, snapshot(sources)), [], 'the language server changed the corpus');
    // The drafts the client edited are the client's business: on disk they are as written (the server never saves
    // them).
    for (const d of drafts)
      assert.equal(readFileSync(d, 'utf8'), DRAFTS[d.split('/').pop()!], `${d} was written by the server`);
  });
});
