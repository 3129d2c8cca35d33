// Which source figure states the draft's fact when a source sentence holds several: a change is not a share,
// "N billion U.S. dollars" is an amount of money, a figure linked by no word is compared only when the draft
// sentence's other figures leave it as the only one, and a date on the writer's reporting verb is the day of the
// saying. Found on real earnings and council stories; these sentences are our own.
import assert from 'node:assert/strict';
import { applyFix, check, corpusOf, covered } from '../helpers';
import { findNumbers } from '../../server/src/engine/text/numbers';

const results = corpusOf({
  'orchard-results.md':
    '---\nkind: article\ntitle: Orchard Foods posts higher sales\ndate: 2026-02-05\n---\n' +
    'Grocer Orchard Foods on Thursday announced a 12 percent increase in yearly sales, which reached 4.8 billion ' +
    'U.S. dollars.\n\n' +
    "Results for Orchard's fiscal 2025 year that ended Dec. 27 showed profit per share of 1.37 dollars, up 18 " +
    "percent from a year earlier, while online orders contributed 35 percent to the year's sales.\n\n" +
    'The company expects sales next year between 5.0 billion dollars and 5.3 billion dollars.\n',
});
const opts = { draftDate: '2026-02-06' };
const figures = (d: string) => check(results, d, opts).findings.filter((f) => f.code.startsWith('fact.'));
const said = (d: string) => figures(d).map((f) => [f.code, covered(d, f)]);

describe('fact checks: which figure of a source sentence', () => {
  it('reads "4.8 billion U.S. dollars" and "1.37 dollars" as money, the same currency as "$"', () => {
    const [n] = findNumbers('sales reached 4.8 billion U.S. dollars');
    assert.equal(n.kind, 'money');
    assert.equal(findNumbers('costs 9 Canadian dollars')[0].currency, 'c$');
    const d = 'Profit per share was $1.73, up 18 percent.';
    const f = figures(d);
    assert.deepEqual(said(d), [['fact.number', '$1.73']]);
    assert.equal(applyFix(d, f[0]), 'Profit per share was $1.37, up 18 percent.');
  });

  it('never compares a change ("rose 12 percent") with a share ("contributed 35 percent to")', () => {
    assert.deepEqual(said("Orchard's sales for its fiscal year rose 12 percent to $4.8 billion."), []);
    // The sentence stating the $4.8 billion states the change too: 15 percent is compared with its 12 percent.
    const d = "Orchard's sales for its fiscal year rose 15 percent to $4.8 billion.";
    const f = figures(d);
    assert.deepEqual(said(d), [['fact.number', '15 percent']]);
    assert.equal(applyFix(d, f[0]), d.replace('15', '12'));
  });

  it("compares a figure linked by no word only when the sentence's other figures leave it alone", () => {
    const d = 'Profit per share was $1.37, up 21 percent, and online orders made up 35 percent of sales.';
    const f = figures(d);
    assert.deepEqual(said(d), [['fact.number', '21 percent']]);
    assert.equal(applyFix(d, f[0]), d.replace('21 percent', '18 percent'));
    assert.deepEqual(said(d.replace('21 percent', '18 percent')), []);
    const range = "Orchard expects next year's sales of $5.0 billion to $5.6 billion.";
    assert.deepEqual(said(range), [['fact.number', '$5.6 billion']]);
  });

  it("compares a person's age in an appositive with that person's age only", () => {
    const court = corpusOf({
      'ruling.md':
        '---\nkind: article\ndate: 2026-05-06\n---\nFormer treasurer Ines Varga, 58, told the court she had ' +
        'repaid the fund.\n\nHer deputy, Tomas Lind, 44, was not charged.\n',
    });
    const ages = (d: string) =>
      check(court, d, { draftDate: '2026-05-06' })
        .findings.filter((f) => f.code === 'fact.number')
        .map((f) => [covered(d, f), applyFix(d, f)]);
    const d = 'Ines Varga, 85, told the court she had repaid the fund.';
    assert.deepEqual(ages(d), [['85', d.replace('85', '58')]]);
    assert.deepEqual(ages('Ines Varga, 58, told the court she had repaid the fund.'), []);
    assert.deepEqual(ages('Her deputy, Tomas Lind, 44, was not charged.'), []);
  });

  it('dates "said Thursday" by the day of the saying, never by a date the source reports', () => {
    assert.deepEqual(said('Orchard said Thursday that sales for its fiscal year rose 12 percent.'), []);
    assert.deepEqual(said('Orchard on Thursday said its profit per share was $1.37.'), []);
  });
});
