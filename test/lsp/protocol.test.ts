// The language server driven over stdio like an editor: initialize, diagnostics, hovers, quick fixes,
// definitions and shutdown on the draft of stdio-draft.ts (protocol-documents.test.ts: edits, positions and
// links; protocol-watching.test.ts: corpus changes on disk).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Hover, Location, MarkupContent, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { uriOf } from './client';
import {
  ALTERED,
  at,
  byCode,
  codes,
  covered,
  DRAFT,
  editsOf,
  hasQuoteFinding,
  MEETING,
  message,
  MISATTRIBUTED,
  rangeOf,
  stdioServer,
  unescape,
  UNVERIFIED,
} from './stdio-draft';

describe('language server over stdio', function () {
  const start = stdioServer();

  it(
    'answers initialize with incremental sync, hover, definition and quick fixes; asks for no ' + 'configuration',
    async () => {
      const { s, uri, draftPath, init } = await start();
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
    const { s, ws, uri, draftPath } = await start();
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
    const { s, uri, draftPath } = await start();
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
    const { s, ws, uri, draftPath } = await start();
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
      const { s, uri, draftPath } = await start();
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
    const { s, ws, uri, draftPath } = await start();
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

  it('shuts down and exits with code 0', async () => {
    const { s, uri, draftPath } = await start();
    await s.open(draftPath, DRAFT);
    await s.diagnostics(uri, hasQuoteFinding);
    assert.equal(await s.request('shutdown', null), null);
    await s.notify('exit', null);
    assert.equal(await s.waitExit(5000), 0);
  });
});
