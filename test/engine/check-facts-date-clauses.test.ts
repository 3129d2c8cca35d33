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

const counts = corpusOf({
  'shelter-count-mon.md':
    '---\nkind: release\ntitle: Shelter count, Monday\norganization: Harlow County\ndate: 2027-05-03\n---\n' +
    'The county shelters house 310 residents. Of those, 44 families are waiting for rooms.\n',
  'shelter-count-tue.md':
    '---\nkind: release\ntitle: Shelter count, Tuesday\norganization: Harlow County\ndate: 2027-05-04\n---\n' +
    'The county shelters house 352 residents as of Monday.\n\n' +
    'The county has recorded two evictions from its shelters; the first was reported on Saturday, May 1.\n',
});
const countDates = (d: string) =>
  check(counts, d, { draftDate: '2027-05-04' }).findings.filter((f) => f.code === 'fact.date');

describe('fact.date: a count up to a day, and a count dated only by its release', () => {
  it('a source date after "as of" is the day figures were counted to, not the day they were reported', () => {
    assert.deepEqual(countDates('The county shelters housed 352 residents on Tuesday.'), []);
  });

  it('a draft date is not compared with a dated sentence when an undated one shares more of its words', () => {
    // (the Monday release's families waiting are dated only by its issue: the first eviction is another event)
    assert.deepEqual(countDates('On Monday, the county reported 44 families waiting for rooms.'), []);
  });

  it('still compares a date with the event of the sentence its words share most', () => {
    const d = 'The county reported the first eviction from its shelters on Sunday.';
    assert.deepEqual(
      countDates(d).map((x) => covered(d, x)),
      ['on Sunday'],
    );
  });
});
