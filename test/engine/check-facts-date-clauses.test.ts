// A date a source states in a clause of its own ("…, up from 5 percent on Monday") dates what that clause says: a draft
// date is compared with it only when the draft date's clause says something of that clause (a word or a figure).
// Sentences written for these tests.
import assert from 'node:assert/strict';
import { applyFix, check, corpusOf, covered } from '../helpers';

const update = corpusOf({
  'flood-update.md':
    '---\nkind: release\ntitle: River flood update\norganization: Marlow Water Board\ndate: 2027-03-10\n---\n' +
    'The Marlow flood has covered 4,200 acres of farmland and 61 homes are empty, up from 40 homes on Monday.\n\n' +
    'On Tuesday, the board opened the Kessing sluice to lower the river.\n',
});
const dates = (d: string) =>
  check(update, d, { draftDate: '2027-03-11' }).findings.filter((f) => f.code === 'fact.date');

describe('fact.date: a date in a clause of its own', () => {
  it('is not compared with a draft date whose clause says something else ("since the river rose Saturday")', () => {
    assert.deepEqual(dates('The flood has covered 4,200 acres of farmland since the river rose Saturday.'), []);
  });

  it('is compared when the draft date’s clause shares its words or figures, and fixed to it', () => {
    const d = 'The flood has covered 4,200 acres, and 61 homes are empty, up from 40 homes on Sunday.';
    const f = dates(d);
    assert.deepEqual(
      f.map((x) => covered(d, x)),
      ['on Sunday'],
    );
    assert.equal(applyFix(d, f[0]), d.replace('Sunday', 'Monday'));
  });

  it('a date standing alone before its sentence’s clause dates the whole sentence', () => {
    const d = 'The board opened the Kessing sluice on Wednesday to lower the river.';
    const f = dates(d);
    assert.deepEqual(
      f.map((x) => covered(d, x)),
      ['on Wednesday'],
    );
    assert.equal(applyFix(d, f[0]), d.replace('Wednesday', 'Tuesday'));
  });
});
