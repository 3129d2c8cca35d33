// A re-check with warm caches (what the language server runs after a keystroke) must find exactly what a
// check from nothing finds: the per-block results the number and date checks keep, moved to where their
// block now is, and the quotation and name lookups kept per corpus version.
import assert from 'node:assert/strict';
import { corpusOf } from '../helpers';
import { LAKEMONT } from './check-facts-corpus';
import { checkDraft, clearCheckCaches } from '../../server/src/engine/engine';

const corpus = corpusOf(LAKEMONT);
const DRAFT = [
  'The Lakemont Utility Board voted 5-3 on Tuesday to raise the residential water charge from $41 to $48 a month.',
  '"Our cash reserves cover 90 days of operations," Reyes said on Wednesday.',
  'Hale said water usage is down 6 percent from 2020, and that leak losses are 14 percent of the water pumped.',
  'The hydrologist, Liu Xiao-ming, said the aquifer dropped five feet over the summer at nine wells.',
  '"The motion passes, five votes to two," said Victor Hale.',
  'The Pine Street reservoir closes on Sept. 23 for repairs, and 12 miles of new water mains are planned.',
].join('\n\n');

type Result = ReturnType<typeof checkDraft>;
const summary = (r: Result) => ({
  findings: r.findings.map((f) => ({ ...f, citation: f.citation && [f.citation.file, f.citation.span] })),
  confirmations: r.confirmations.map((c) => ({ ...c, citation: [c.citation.file, c.citation.span] })),
});
const fresh = (text: string, date: string) => {
  clearCheckCaches(corpus);
  return summary(checkDraft(corpus, '/drafts/d.md', text, { draftDate: date }));
};
const warm = (text: string, date: string) => summary(checkDraft(corpus, '/drafts/d.md', text, { draftDate: date }));

describe('re-check caches', () => {
  it('the draft has findings and confirmations of every kind in several paragraphs', () => {
    const r = fresh(DRAFT, '2025-09-11');
    const codes = new Set<string>(r.findings.map((f) => f.code));
    for (const c of ['fact.number', 'fact.date', 'fact.name', 'quote.misattributed']) assert.ok(codes.has(c), c);
    assert.ok(r.confirmations.length >= 4);
  });

  // Edits of every shape: in one paragraph, moving the paragraphs after it, joining two, and the draft's date.
  const edits: [string, (t: string) => string, string?][] = [
    ['a word inserted at the start', (t) => 'Late news. ' + t],
    ['a figure changed in the first paragraph', (t) => t.replace('$48', '$46')],
    ['a paragraph removed', (t) => t.replace(/^"Our cash[^\n]*\n\n/m, '')],
    ['two paragraphs joined', (t) => t.replace('pumped.\n\nThe hydrologist', 'pumped. The hydrologist')],
    ['a quotation made unverified, before a date', (t) => t.replace('cover 90 days', 'cover 99 days')],
    ['a weekday changed', (t) => t.replace('on Wednesday', 'on Tuesday')],
    ['the same text on another date', (t) => t, '2025-09-16'],
    ['a paragraph repeated further on', (t) => t + '\n\n' + t.split('\n\n')[0]],
  ];
  for (const [what, edit, date] of edits) {
    it(`after ${what}: the warm re-check finds what a fresh check finds`, () => {
      const edited = edit(DRAFT);
      assert.notEqual(edited === DRAFT, !date, 'the edit changes the text (or the date)');
      warm(DRAFT, '2025-09-11'); // the caches hold the unedited draft
      const again = warm(edited, date ?? '2025-09-11');
      assert.deepEqual(again, fresh(edited, date ?? '2025-09-11'));
    });
  }
});
