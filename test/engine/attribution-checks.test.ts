// Attribution as the quotation checks and the editor use it: findings never built on a guess, speaker fixes that
// edit only the quotation's own attribution, titles not verified, and the hover and sheet rows of the language server.
import assert from 'node:assert/strict';
import { HARBOR, applyFix, check, corpusOf } from '../helpers';
import { quoteHover, sheetRows } from '../../server/src/service/sheet';
import { LineIndex } from '../../server/src/engine/text/positions';

const corpus = corpusOf(HARBOR);

describe('attribution in the checks', () => {
  it('a quotation whose speaker the draft does not make clear is not called misattributed', () => {
    // "she" with no woman named before: no speaker, so no misattribution (the words are Jonas Berg's).
    const d =
      'Henrik Dahl opened the meeting. "Nordic Ferry Lines will pay for the dredging, every krone of it," she said.';
    const r = check(corpus, d);
    assert.equal(r.quotes[0].attribution, undefined);
    assert.ok(!r.findings.some((f) => f.code === 'quote.misattributed'), JSON.stringify(r.findings.map((f) => f.code)));
  });
  it("a speaker fix edits the words naming that quotation's speaker and the title before them", () => {
    const d =
      'Harbour Master Marta Lindqvist spoke first.\n\n"Nordic Ferry Lines will pay for the dredging, every krone ' +
      'of it," said Harbour Master Marta Lindqvist.';
    const f = check(corpus, d).findings.find((x) => x.code === 'quote.misattributed');
    assert.ok(f && f.fixes.length, 'a misattribution with a fix');
    const fixed = applyFix(d, f);
    assert.ok(fixed.startsWith('Harbour Master Marta Lindqvist spoke first.'), 'the earlier paragraph is untouched');
    // Jonas Berg is no harbour master: "said Harbour Master Jonas Berg" would be a falsehood of the fix's own.
    assert.match(fixed, /said Jonas Berg\.$/);
  });
  it("a quotation that continues an earlier paragraph's speaker gets no fix that would edit that paragraph", () => {
    const d =
      '"The new terminal will open in September," Lindqvist said.\n\n"Nordic Ferry Lines will pay for the ' +
      'dredging, every krone of it."';
    const f = check(corpus, d).findings.find((x) => x.code === 'quote.misattributed');
    assert.ok(f, 'misattributed');
    assert.deepEqual(f.fixes, []);
  });
  it('the title of a work is not reported as an unverified quotation', () => {
    const d = 'Lindqvist wrote a memoir, "The Harbour That Would Not Freeze," last year.';
    assert.deepEqual(
      check(corpus, d).findings.map((f) => f.code),
      [],
    );
  });
});

describe('attribution in the language server', () => {
  const d =
    'Marta Lindqvist opened the port. "The new terminal will open in September," she said. A reporter asked, "Is ' +
    'it late?"\n\n' +
    'Her book, "Ice and Iron," sold well.';
  const r = check(corpus, d);
  it('the hover of a quotation names the speaker, or says the speaker was not found', () => {
    const at = (s: string) => d.indexOf(s) + 1;
    assert.match(quoteHover(r.quotes, at('Is it late'))!.value, /speaker not found/);
    assert.match(quoteHover(r.quotes, at('Ice and'))!.value, /title/);
    assert.equal(quoteHover(r.quotes, at('opened the port')), undefined);
  });
  it('sheet rows carry the kind, the resolved speaker and whether the corpus knows them', () => {
    const rows = sheetRows(
      d,
      new LineIndex(d),
      r,
      r.quotes,
      () => undefined,
      (p) => p,
    );
    assert.deepEqual(
      rows.map((x) => [x.text, x.speaker ?? null, x.speakerInCorpus ?? null, x.kind]),
      [
        ['The new terminal will open in September,', 'Marta Lindqvist', true, 'direct'],
        ['Is it late?', null, null, 'question'],
        ['Ice and Iron,', null, null, 'title'],
      ],
    );
  });
});
