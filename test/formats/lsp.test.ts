// The language server over a corpus of PDF, HTML, DOCX, VTT, SRT and email:
// findings and hovers name the page or timestamp; Go to Definition opens the
// extracted text (a verbatim-source document the server serves) at the
// statement, or the file itself for a client without that view.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hover, Location, Position } from 'vscode-languageserver-protocol';
import { buildOnce, slice } from '../cli/run';
import { Session, removeWorkspace, uriOf } from '../lsp/client';
import { writeFormatsCorpus } from './fixtures';
import { formatsDraft } from './draft';

function at(text: string, needle: string): Position {
  const k = text.indexOf(needle);
  const before = text.slice(0, k).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length + 2 };
}

describe('formats: over LSP', function () {
  this.timeout(120_000);
  let ws = '';
  const draft = formatsDraft();
  let draftPath = '',
    uri = '';
  before(async () => {
    buildOnce();
    ws = realpathSync(await writeFormatsCorpus());
    mkdirSync(join(ws, 'drafts'));
    draftPath = join(ws, 'drafts', 'town.md');
    uri = uriOf(draftPath);
    writeFileSync(draftPath, draft);
  });
  after(() => removeWorkspace(ws));

  it('subtitle and PDF quotations: hover names time and page, definition opens the source view there', async () => {
    const { s } = await Session.start(ws, undefined, { cacheDir: false, sourceView: true });
    try {
      await s.open(draftPath, draft);
      const published = await s.diagnostics(
        uri,
        (p) => p.diagnostics.some((d) => d.code === 'quote.altered'),
        0,
        60_000,
      );
      assert.ok(
        published.diagnostics.some((d) => d.relatedInformation?.[0].location.uri.startsWith('verbatim-source:')),
      );

      const where = at(draft, 'The library will stay open until ten');
      const hover = await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: where });
      const hoverText = (hover.contents as { value: string }).value;
      const link = /meeting\.vtt, at 00:12:35\]\(command:verbatim\.showSourceText\?([^)]+)\)/.exec(hoverText);
      assert.ok(link, 'the hover links the source view at the cited line');
      const [linkUri, linkLine] = JSON.parse(decodeURIComponent(link[1])) as [string, number];

      const loc = await s.request<Location>('textDocument/definition', { textDocument: { uri }, position: where });
      assert.equal(loc.uri, uriOf(join(ws, 'sources', 'council-meeting.vtt')).replace(/^file:/, 'verbatim-source:'));
      const { text } = await s.request<{ text: string }>('verbatim/sourceText', { uri: loc.uri });
      assert.match(
        slice(text, loc.range),
        /^The library will stay open until nine on weekdays starting next month\.?$/,
      );
      assert.match(text, /\[00:12:31\]\n\nHelen Achebe: Thank you\. The library will stay open/);
      assert.deepEqual([linkUri, linkLine], [loc.uri, loc.range.start.line]);

      const pdf = await s.request<Location>('textDocument/definition', {
        textDocument: { uri },
        position: at(draft, 'on March 28'),
      });
      const pdfText = (await s.request<{ text: string }>('verbatim/sourceText', { uri: pdf.uri })).text;
      assert.match(slice(pdfText, pdf.range), /The north pier will reopen to passengers on March 14/);
      assert.ok(
        pdfText.lastIndexOf('[p. 2]', pdfText.indexOf('The north pier')) > pdfText.indexOf('[p. 1]'),
        'the statement sits under its page marker',
      );
    } finally {
      await s.close();
    }
  });

  it('a client without the source view goes to the file itself', async () => {
    const { s } = await Session.start(ws, undefined, { cacheDir: false });
    try {
      await s.open(draftPath, draft);
      await s.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'quote.altered'), 0, 60_000);
      const loc = await s.request<Location>('textDocument/definition', {
        textDocument: { uri },
        position: at(draft, 'cold lunches'),
      });
      assert.equal(loc.uri, uriOf(join(ws, 'sources', 'kitchen-statement.eml')));
    } finally {
      await s.close();
    }
  });

  it('a changed subtitle file is read again off the request path and the draft re-checked', async () => {
    const { s } = await Session.start(ws, undefined, { cacheDir: false, sourceView: true });
    const vtt = join(ws, 'sources', 'council-meeting.vtt');
    const original = readFileSync(vtt, 'utf8');
    const alteredLine = (p: { diagnostics: { code?: unknown; range: { start: { line: number } } }[] }) =>
      p.diagnostics.filter((d) => d.code === 'quote.altered').map((d) => d.range.start.line);
    const tenLine = at(draft, 'until ten on weekdays').line,
      nineLine = at(draft, 'until nine on weekdays').line;
    try {
      await s.open(draftPath, draft);
      const before = await s.diagnostics(uri, (p) => alteredLine(p).includes(tenLine), 0, 60_000);
      assert.ok(!alteredLine(before).includes(nineLine));
      const from = s.mark();
      writeFileSync(vtt + '.tmp', original.replace('open until nine', 'open until ten'));
      renameSync(vtt + '.tmp', vtt);
      await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(vtt), type: 2 }] });
      const after = await s.diagnostics(uri, (p) => alteredLine(p).includes(nineLine), from, 60_000);
      assert.ok(!alteredLine(after).includes(tenLine), 'the quotation now as said is no longer altered');
    } finally {
      writeFileSync(vtt, original);
      await s.close();
    }
  });
});
