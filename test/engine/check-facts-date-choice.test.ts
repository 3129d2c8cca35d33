// Which date of a source sentence giving several a draft date is compared with: the one after the date the draft
// gives just before it ("from April 9 through April 13"), else the one whose own words the draft's share most.
import assert from 'node:assert/strict';
import { applyFix, check, corpusOf, covered } from '../helpers';

const library = corpusOf({
  'library-works.md':
    '---\nkind: release\ntitle: Central Library works\norganization: City Libraries\ndate: 2027-02-01\n---\n' +
    'The library will open late either Monday or Tuesday each week, with the roof work set to continue until ' +
    'March 14.\n\n' +
    'The reading room will be closed from April 2 through April 5, and from April 9 through April 12.\n',
});
const dates = (d: string) =>
  check(library, d, { draftDate: '2027-02-01' }).findings.filter((f) => f.code === 'fact.date');

describe('fact.date: which date of a source sentence', () => {
  it('compares a date with the source date whose own words it shares, and fixes it to that one', () => {
    const d = 'The roof work is set to continue until March 21.';
    const f = dates(d);
    assert.deepEqual(
      f.map((x) => [covered(d, x), x.severity]),
      [['March 21', 'error']],
    );
    assert.equal(applyFix(d, f[0]), 'The roof work is set to continue until March 14.');
    assert.deepEqual(dates('The roof work is set to continue until March 14.'), []);
  });

  it('compares the second date of a range with the source date after the first one', () => {
    const d = 'The reading room will also be closed from April 9 through April 13.';
    const f = dates(d);
    assert.deepEqual(
      f.map((x) => covered(d, x)),
      ['April 13'],
    );
    assert.equal(applyFix(d, f[0]), d.replace('April 13', 'April 12'));
    assert.deepEqual(dates('The reading room will also be closed from April 2 through April 5.'), []);
  });
});
