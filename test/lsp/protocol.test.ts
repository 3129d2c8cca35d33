// The language server driven over stdio like an editor: `node dist/server.cjs --stdio`,
// a temporary workspace holding a copy of examples/sources, drafts written here.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  Diagnostic,
  Hover,
  InitializeResult,
  Location,
  MarkupContent,
  Position,
  PublishDiagnosticsParams,
  Range,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { buildOnce } from '../cli/run';
import { PLAIN_CAPABILITIES, Session, removeWorkspace, tempWorkspace, uriOf } from './client';

// A draft written for these tests against examples/sources:
//   line 4: altered ("five" minutes; the mayor said "four" at the council meeting)
//   line 6: misattributed (Okafor's words given to Ruiz)
//   line 8: verbatim, rightly attributed to Priya Nair
//   line 10: unverified (nobody said it)
const DRAFT = `---
title: Protocol test draft
date: 2026-03-12
---
Mayor Elena Ruiz said "every neighborhood deserves a fire engine within five minutes."

Council member Daniel Okafor voted no. "Riders will pay for this in longer waits," Ruiz said.

"This budget proves that we can keep the city safe without raising property taxes," said Priya Nair.

"We will repave every street in the city by summer," Okafor said.
`;
const ALTERED = 'every neighborhood deserves a fire engine within five minutes';
const MISATTRIBUTED = /^Riders will pay for this in longer waits[,.]?$/;
const UNVERIFIED = 'We will repave every street in the city by summer';
const MEETING = 'sources/2026-03-10-council-meeting.md';

/**
 * The same kind of draft with CRLF line ends, curly quotation marks and emoji (astral, ZWJ, variation selectors) before
 * the quotations.
 */
const CRLF_DRAFT = [
  '---',
  'title: Emoji and CRLF',
  'date: 2026-03-12',
  '---',
  '🚒🔥 Budget night at City Hall 🏛️.',
  '',
  '👩🏽‍🚒 🗳️ Mayor Elena Ruiz said “every neighborhood deserves a fire engine within five minutes.”',
  '',
  'Council member Daniel Okafor voted no 🚌. “Riders will pay for this in longer waits,” Ruiz said.',
  '',
].join('\r\n');

function at(text: string, needle: string, delta = 0): Position {
  const doc = TextDocument.create('file:///x', 'markdown', 1, text);
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `"${needle}" not in the draft`);
  return doc.positionAt(i + delta);
}
function rangeOf(text: string, needle: string): Range {
  const doc = TextDocument.create('file:///x', 'markdown', 1, text);
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `"${needle}" not in the draft`);
  return { start: doc.positionAt(i), end: doc.positionAt(i + needle.length) };
}
const covered = (text: string, r: Range) => TextDocument.create('file:///x', 'markdown', 1, text).getText(r);
const unescape = (md: string) => md.replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1');
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code)).sort();
const byCode = (p: PublishDiagnosticsParams, code: string): Diagnostic => {
  const d = p.diagnostics.find((x) => x.code === code);
  assert.ok(d, `no ${code} in ${JSON.stringify(codes(p))}`);
  return d;
};
const message = (d: Diagnostic) => {
  assert.equal(typeof d.message, 'string');
  return d.message as string;
};
/** The plain text edits of a code action's documentChanges (no snippets, no file operations). */
function editsOf(a: CodeAction): TextEdit[] {
  return (a.edit!.documentChanges as TextDocumentEdit[])
    .flatMap((c) => c.edits)
    .map((e) => {
      assert.equal(typeof (e as TextEdit).newText, 'string', 'a plain TextEdit');
      return e as TextEdit;
    });
}
const hasQuoteFinding = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => String(d.code).startsWith('quote.'));

describe('language server over stdio', function () {
  let ws: string;
  let s: Session | undefined;
  let init: InitializeResult;
  let draftPath: string, uri: string;

  before(function () {
    this.timeout(60_000);
    buildOnce();
  });

  async function start(capabilities = PLAIN_CAPABILITIES) {
    ({ s, init } = await Session.start(ws, capabilities));
    return s!;
  }

  beforeEach(() => {
    ws = tempWorkspace();
    draftPath = join(ws, 'drafts', 'story.md');
    uri = uriOf(draftPath);
    writeFileSync(draftPath, DRAFT);
  });
  afterEach(async () => {
    await s?.close();
    s = undefined;
    removeWorkspace(ws);
  });

  it(
    'answers initialize with incremental sync, hover, definition and quick fixes; asks for no ' + 'configuration',
    async () => {
      const s = await start();
      const c = init.capabilities;
      const sync = c.textDocumentSync as { change: number; openClose: boolean };
      assert.equal(sync.change, 2, 'incremental');
      assert.equal(sync.openClose, true);
      assert.ok(c.hoverProvider);
      assert.ok(c.definitionProvider);
      assert.deepEqual((c.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix']);
      assert.equal(init.serverInfo?.name, 'verbatim');
      await s.open(draftPath, DRAFT);
      await s.diagnostics(uri, hasQuoteFinding);
      assert.deepEqual(
        s.serverRequests
          .map((r) => r.method)
          .filter((m) => m === 'workspace/configuration' || m === 'client/registerCapability'),
        [],
        'a client without workspace.configuration / dynamic registration is asked for neither',
      );
    },
  );

  it('publishes diagnostics for an opened draft: codes, links, source, severities and exact ranges', async () => {
    const s = await start();
    await s.open(draftPath, DRAFT);
    const p = await s.diagnostics(uri, hasQuoteFinding);
    assert.equal(p.version, 1);
    assert.deepEqual(codes(p), ['quote.altered', 'quote.misattributed', 'quote.unverified']);
    for (const d of p.diagnostics) {
      assert.equal(d.source, 'verbatim');
      assert.match(d.codeDescription?.href ?? '', /^https:\/\/\S+#\S+$/, `${d.code} has no codeDescription.href`);
      assert.ok(message(d).length > 0);
    }
    const altered = byCode(p, 'quote.altered');
    assert.deepEqual(altered.range, rangeOf(DRAFT, ALTERED));
    assert.equal(altered.severity, 1);
    assert.match(message(altered), /four/);
    const rel = altered.relatedInformation?.[0];
    assert.ok(rel, 'altered quotation has its source as related information');
    assert.equal(rel.location.uri, uriOf(join(ws, MEETING)));
    assert.equal(rel.location.range.start.line, 23);

    const mis = byCode(p, 'quote.misattributed');
    assert.match(covered(DRAFT, mis.range), MISATTRIBUTED);
    assert.equal(mis.range.start.line, 6);
    assert.equal(mis.severity, 1);
    assert.match(message(mis), /Daniel Okafor/);

    const unv = byCode(p, 'quote.unverified');
    assert.equal(covered(DRAFT, unv.range), UNVERIFIED);
    assert.equal(unv.severity, 2);

    assert.ok(
      !p.diagnostics.some((d) => d.range.start.line === 8),
      'the verbatim quotation of Priya Nair is not flagged',
    );
    assert.ok(
      !s.published.some((x) => x.uri !== uri && x.diagnostics.length),
      'no corpus problems in the example sources',
    );
  });

  it('hover on a flagged quotation shows the finding, the real speaker and the source words', async () => {
    const s = await start();
    await s.open(draftPath, DRAFT);
    const p = await s.diagnostics(uri, hasQuoteFinding);
    const h = await s.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: at(DRAFT, 'Riders will pay', 5),
    });
    assert.ok(h, 'no hover');
    const c = h.contents as MarkupContent;
    assert.equal(c.kind, 'markdown');
    const text = unescape(c.value);
    assert.match(text, /quote\.misattributed/);
    assert.match(text, /Daniel Okafor/);
    assert.match(text, /^> Riders will pay for this in longer waits\.$/m, 'the source words, as a quotation');
    assert.deepEqual(h.range, byCode(p, 'quote.misattributed').range);

    const h2 = await s.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: at(DRAFT, 'five minutes'),
    });
    const t2 = unescape((h2.contents as MarkupContent).value);
    assert.match(t2, /Elena Ruiz/);
    assert.match(t2, /Every neighborhood deserves a fire engine within four minutes/);
    assert.match(t2, /~~five~~/, 'the word-level difference');

    assert.equal(
      await s.request('textDocument/hover', { textDocument: { uri }, position: at(DRAFT, 'voted no') }),
      null,
      'no hover on plain prose',
    );
  });

  it('hover on a verified quotation shows the confirmation with its citation', async () => {
    const s = await start();
    await s.open(draftPath, DRAFT);
    await s.diagnostics(uri, hasQuoteFinding);
    const h = await s.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: at(DRAFT, 'keep the city safe'),
    });
    assert.ok(h, 'no hover on a verified quotation');
    const md = (h.contents as MarkupContent).value;
    const text = unescape(md);
    assert.match(text, /^✓ /);
    assert.match(text, /Priya Nair/);
    assert.match(text, /chair of the Finance Committee/);
    assert.match(text, /2026-03-10/);
    assert.match(text, /^> This budget proves that we can keep the city safe without raising property taxes\.$/m);
    assert.ok(md.includes(`(${uriOf(join(ws, MEETING))}#L20)`), 'a link to the source line');
    assert.match(text, /\[sources\/2026-03-10-council-meeting\.md:20\]/, 'the source named relative to the workspace');
    assert.deepEqual(
      h.range,
      rangeOf(DRAFT, 'This budget proves that we can keep the city safe without raising property taxes,'),
    );
  });

  it(
    'offers quick fixes whose edits touch only the draft, at its version, and restore the source ' + 'wording',
    async () => {
      const s = await start();
      await s.open(draftPath, DRAFT);
      const p = await s.diagnostics(uri, hasQuoteFinding);
      const altered = byCode(p, 'quote.altered');
      const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: altered.range,
        context: { diagnostics: [altered], only: ['quickfix'] },
      });
      const fix = actions.find((a) => a.diagnostics?.some((d) => d.code === 'quote.altered'));
      assert.ok(fix, `no fix for quote.altered among ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.equal(fix.kind, 'quickfix');
      assert.equal(fix.isPreferred, true);
      assert.deepEqual(fix.diagnostics![0].range, altered.range);
      assert.equal(fix.edit?.changes, undefined);
      const changes = fix.edit!.documentChanges as TextDocumentEdit[];
      assert.ok(changes.length >= 1);
      for (const ch of changes) assert.deepEqual(ch.textDocument, { uri, version: 1 });
      const doc = TextDocument.create(uri, 'markdown', 1, DRAFT);
      const fixed = TextDocument.applyEdits(doc, editsOf(fix));
      assert.equal(fixed, DRAFT.replace('within five minutes', 'within four minutes'));

      // Every fix offered anywhere in the draft edits the draft and nothing else.
      const all = await s.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } },
        context: { diagnostics: p.diagnostics },
      });
      assert.ok(all.length >= 2, 'fixes for the altered and the misattributed quotations');
      for (const a of all) {
        assert.equal(a.edit?.changes, undefined);
        for (const ch of a.edit!.documentChanges as TextDocumentEdit[])
          assert.deepEqual(ch.textDocument, { uri, version: 1 }, a.title);
      }
      const attribute = all.find((a) => a.diagnostics?.some((d) => d.code === 'quote.misattributed'));
      assert.ok(attribute, 'a fix for the misattributed quotation');
      assert.match(attribute.title, /Daniel Okafor/);
      const renamed = TextDocument.applyEdits(doc, editsOf(attribute));
      const [before, after] = [DRAFT.split('\n'), renamed.split('\n')];
      assert.deepEqual(
        after.filter((_, i) => i !== 6),
        before.filter((_, i) => i !== 6),
        'only the attribution line changes',
      );
      // Okafor is named in full earlier in the paragraph, so the fix uses his surname, as the draft does for Ruiz.
      assert.match(after[6], /"Riders will pay for this in longer waits," Okafor said\.$/);
    },
  );

  it('definition on a quotation goes to the source line in the sources folder', async () => {
    const s = await start();
    await s.open(draftPath, DRAFT);
    await s.diagnostics(uri, hasQuoteFinding);
    const loc = await s.request<Location>('textDocument/definition', {
      textDocument: { uri },
      position: at(DRAFT, 'fire engine'),
    });
    assert.ok(loc && !Array.isArray(loc), 'a single Location');
    assert.equal(loc.uri, uriOf(join(ws, MEETING)));
    assert.equal(loc.range.start.line, 23);
    const src = readFileSync(join(ws, MEETING), 'utf8');
    assert.match(covered(src, loc.range), /^Every neighborhood deserves a fire engine within four minutes/);

    const verified = await s.request<Location>('textDocument/definition', {
      textDocument: { uri },
      position: at(DRAFT, 'property taxes'),
    });
    assert.equal(verified.uri, uriOf(join(ws, MEETING)));
    assert.equal(verified.range.start.line, 19);
    assert.equal(
      covered(src, verified.range),
      'This budget proves that we can keep the city safe without raising property taxes.',
    );

    assert.equal(
      await s.request('textDocument/definition', { textDocument: { uri }, position: at(DRAFT, 'repave') }),
      null,
      'nothing to go to for an unverified quotation',
    );
  });

  it('re-checks after incremental changes, debounced, and drops the fixed finding', async () => {
    const s = await start();
    await s.open(draftPath, DRAFT);
    const first = await s.diagnostics(uri, hasQuoteFinding);
    const from = s.mark();
    // Two quick keystroke-like edits: "five" -> "fo" (version 2), then "fo" -> "four" (version 3).
    const five = rangeOf(DRAFT, 'five');
    await s.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: five, text: 'fo' }],
    });
    await s.notify('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [
        {
          range: {
            start: { line: five.start.line, character: five.start.character + 2 },
            end: { line: five.start.line, character: five.start.character + 2 },
          },
          text: 'ur',
        },
      ],
    });
    const sent = Date.now();
    const p = await s.diagnostics(uri, (x) => x.version === 3, from);
    assert.ok(
      Date.now() - sent >= 200,
      `published ${Date.now() - sent} ms after the last keystroke; expected a pause first`,
    );
    assert.deepEqual(
      s.published
        .slice(from)
        .filter((x) => x.uri === uri)
        .map((x) => x.version),
      [3],
      'one check for the burst of edits, at the last version',
    );
    assert.deepEqual(codes(p), ['quote.misattributed', 'quote.unverified']);
    for (const code of ['quote.misattributed', 'quote.unverified'])
      assert.deepEqual(byCode(p, code).range, byCode(first, code).range);

    // The fixed quotation is now confirmed.
    const h = await s.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: at(DRAFT, 'fire engine'),
    });
    assert.match((h.contents as MarkupContent).value, /^✓ /);
  });

  it('gives UTF-16 ranges on a CRLF draft with curly quotes and emoji before the quotation', async () => {
    const s = await start();
    const path = join(ws, 'drafts', 'emoji.md');
    const u = uriOf(path);
    await s.open(path, CRLF_DRAFT);
    const p = await s.diagnostics(u, hasQuoteFinding);
    const altered = byCode(p, 'quote.altered');
    const line = CRLF_DRAFT.split('\r\n')[6];
    assert.deepEqual(altered.range, {
      start: { line: 6, character: line.indexOf('every') },
      end: { line: 6, character: line.indexOf('every') + ALTERED.length },
    });
    assert.equal(covered(CRLF_DRAFT, altered.range), ALTERED);
    const mis = byCode(p, 'quote.misattributed');
    assert.equal(mis.range.start.line, 8);
    assert.equal(mis.range.start.character, CRLF_DRAFT.split('\r\n')[8].indexOf('Riders'));
    assert.match(covered(CRLF_DRAFT, mis.range), MISATTRIBUTED);

    // Positions from the client are read as UTF-16 too: hover and fix land on the same words.
    const h = await s.request<Hover>('textDocument/hover', {
      textDocument: { uri: u },
      position: at(CRLF_DRAFT, 'fire engine'),
    });
    assert.deepEqual(h.range, altered.range);
    const [fix] = await s.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: u },
      range: altered.range,
      context: { diagnostics: [altered] },
    });
    const fixed = TextDocument.applyEdits(TextDocument.create(u, 'markdown', 1, CRLF_DRAFT), editsOf(fix));
    assert.equal(fixed, CRLF_DRAFT.replace('within five minutes', 'within four minutes'));
  });

  it('links hovers and definitions only to source files that exist (titles confirmed by people.yaml too)', async () => {
    const s = await start();
    await s.open(draftPath, DRAFT);
    await s.diagnostics(uri, hasQuoteFinding);
    // "Council member Daniel Okafor" and "Mayor Elena Ruiz" are titles the sources confirm; their hovers cite a source.
    // Which source file a title cites (people.yaml or a transcript's speakers:) is the engine's choice; it must exist
    // in sources/.
    const sources = readdirSync(join(ws, 'sources')).map((f) => uriOf(join(ws, 'sources', f)));
    for (const [needle, source] of [
      ['Riders will pay', MEETING],
      ['keep the city safe', MEETING],
      ['Council member', undefined],
      ['Mayor Elena', undefined],
    ]) {
      const h = await s.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: at(DRAFT, needle!, 1),
      });
      if (!h) continue; // nothing to say there is fine; a link to nowhere is not
      const links = [...(h.contents as MarkupContent).value.matchAll(/\]\((file:[^)#]+)(?:#L\d+)?\)/g)].map(
        (m) => m[1],
      );
      assert.ok(links.length, `hover on "${needle}" names no source file`);
      for (const l of links) {
        if (source) assert.equal(l, uriOf(join(ws, source)), `hover on "${needle}" links to ${l}`);
        else assert.ok(sources.includes(l), `hover on "${needle}" links to ${l}, not to a file in sources/`);
      }
      const loc = await s.request<Location | null>('textDocument/definition', {
        textDocument: { uri },
        position: at(DRAFT, needle!, 1),
      });
      assert.ok(loc, `a hover cites a source but definition on "${needle}" goes nowhere`);
      assert.equal(loc.uri, links[0], `definition on "${needle}" goes where the hover links`);
    }
  });

  it('does not check the sources themselves as drafts', async () => {
    const s = await start();
    const srcUri = uriOf(join(ws, MEETING));
    await s.open(join(ws, MEETING), readFileSync(join(ws, MEETING), 'utf8'));
    await s.open(draftPath, DRAFT);
    await s.diagnostics(uri, hasQuoteFinding);
    assert.ok(!s.published.some((x) => x.uri === srcUri && x.diagnostics.length), 'diagnostics on a source file');
  });

  const OKAFOR_LINE = JSON.stringify({
    speaker: 'Daniel Okafor',
    role: 'council member',
    organization: 'Riverton City Council',
    date: '2026-03-12',
    text: 'We will repave every street in the city by summer.',
  });
  /** Replaces a file in one step, so a watcher never sees it half written. */
  const replace = (path: string, text: string) => {
    writeFileSync(path + '.tmp', text);
    renameSync(path + '.tmp', path);
  };

  it('re-checks open drafts when a corpus file changes on disk and the client says so', async () => {
    const s = await start();
    await s.open(draftPath, DRAFT);
    await s.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'quote.unverified'));
    const jsonl = join(ws, 'sources', 'statements.jsonl');
    const original = readFileSync(jsonl, 'utf8');

    let from = s.mark();
    replace(jsonl, original + OKAFOR_LINE + '\n');
    await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(jsonl), type: 2 }] });
    const p = await s.diagnostics(
      uri,
      (x) => hasQuoteFinding(x) && !x.diagnostics.some((d) => d.code === 'quote.unverified'),
      from,
    );
    assert.deepEqual(codes(p), ['quote.altered', 'quote.misattributed']);

    from = s.mark();
    replace(jsonl, original);
    await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(jsonl), type: 2 }] });
    const back = await s.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'quote.unverified'), from);
    assert.equal(covered(DRAFT, byCode(back, 'quote.unverified').range), UNVERIFIED);
  });

  it('with dynamic registration: registers a file watcher and re-checks on didChangeWatchedFiles alone', async () => {
    const s = await start({
      ...PLAIN_CAPABILITIES,
      workspace: { ...PLAIN_CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: true } },
    });
    await s.open(draftPath, DRAFT);
    await s.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'quote.unverified'));
    const reg = s.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.ok(reg, `no watcher registered (requests: ${JSON.stringify(s.serverRequests.map((r) => r.method))})`);
    const glob = String((reg.registerOptions as { watchers: { globPattern: string }[] }).watchers[0].globPattern);
    for (const ext of ['md', 'jsonl', 'yaml'])
      assert.match(glob, new RegExp(`\\b${ext}\\b`), `the watcher covers .${ext}`);

    // A new source file: the client watches, so the server waits for the client's word.
    const added = join(ws, 'sources', '2026-03-12-okafor-interview.md');
    let from = s.mark();
    writeFileSync(
      added,
      `---\nkind: statement\nspeaker: Daniel Okafor\nrole: council member\norganization: Riverton City ` +
        `Council\ndate: 2026-03-12\n---\nWe will repave every street in the city by summer.\n`,
    );
    await s.settle(join(ws, 'drafts'), DRAFT);
    assert.deepEqual(
      s.published.slice(from).filter((x) => x.uri === uri),
      [],
      'no re-check before the client reports the change',
    );
    await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(added), type: 1 }] });
    const p = await s.diagnostics(
      uri,
      (x) => hasQuoteFinding(x) && !x.diagnostics.some((d) => d.code === 'quote.unverified'),
      from,
    );
    assert.deepEqual(codes(p), ['quote.altered', 'quote.misattributed']);

    from = s.mark();
    unlinkSync(added);
    await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(added), type: 3 }] });
    await s.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'quote.unverified'), from);
  });

  it('without client file watching, notices a corpus change on disk by itself', async () => {
    const s = await start();
    await s.open(draftPath, DRAFT);
    await s.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'quote.unverified'));
    await new Promise((r) => setTimeout(r, 200)); // let the server's own watchers settle
    const jsonl = join(ws, 'sources', 'statements.jsonl');
    const from = s.mark();
    replace(jsonl, readFileSync(jsonl, 'utf8') + OKAFOR_LINE + '\n');
    const p = await s.diagnostics(
      uri,
      (x) => hasQuoteFinding(x) && !x.diagnostics.some((d) => d.code === 'quote.unverified'),
      from,
    );
    assert.deepEqual(codes(p), ['quote.altered', 'quote.misattributed']);
  });

  it('shuts down and exits with code 0', async () => {
    const s = await start();
    await s.open(draftPath, DRAFT);
    await s.diagnostics(uri, hasQuoteFinding);
    assert.equal(await s.request('shutdown', null), null);
    await s.notify('exit', null);
    assert.equal(await s.waitExit(5000), 0);
  });
});
