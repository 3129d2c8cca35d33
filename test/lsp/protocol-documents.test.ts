// The language server over stdio: re-checks after edits, UTF-16 positions on a CRLF draft with emoji,
// links only to source files that exist, and sources opened in the editor not checked as drafts.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Hover, Location, MarkupContent } from 'vscode-languageserver-protocol';
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
  MISATTRIBUTED,
  rangeOf,
  stdioServer,
} from './stdio-draft';

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

describe('language server over stdio', function () {
  const start = stdioServer();

  it('re-checks after incremental changes, debounced, and drops the fixed finding', async () => {
    const { s, uri, draftPath } = await start();
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
    const { s, ws } = await start();
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
    const { s, ws, uri, draftPath } = await start();
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
    const { s, ws, uri, draftPath } = await start();
    const srcUri = uriOf(join(ws, MEETING));
    await s.open(join(ws, MEETING), readFileSync(join(ws, MEETING), 'utf8'));
    await s.open(draftPath, DRAFT);
    await s.diagnostics(uri, hasQuoteFinding);
    assert.ok(!s.published.some((x) => x.uri === srcUri && x.diagnostics.length), 'diagnostics on a source file');
  });
});
