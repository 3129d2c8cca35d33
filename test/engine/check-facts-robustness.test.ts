// Robustness of the fact checks: absurd figures, impossible dates, invisible characters in names, and a cost
// per figure bounded in sentences of any length (generous hang bounds, no timing assertions otherwise).
import assert from 'node:assert/strict';
import { HARBOR, check, corpusOf } from '../helpers';
import { LAKEMONT } from './check-facts-corpus';
import { findDates, formatDateLike, isCalendarDate } from '../../server/src/engine/text/dates';
import { findNumbers } from '../../server/src/engine/text/numbers';

const harbor = corpusOf(HARBOR);
const lakemont = corpusOf(LAKEMONT);
const HANG = 30_000;

function within(ms: number, fn: () => void) {
  const t = Date.now();
  fn();
  assert.ok(Date.now() - t < ms, `took ${Date.now() - t} ms`);
}

describe('fact checks on bad input', function () {
  this.timeout(120_000);
  it('leaves a 400-digit figure alone instead of comparing Infinity', () => {
    const d = `The terminal can handle ${'9'.repeat(400)} departures a day.`;
    assert.deepEqual(check(harbor, d).findings, []);
  });
  it('refuses dates outside the years 1000-9999 and impossible days', () => {
    assert.equal(isCalendarDate('0000-01-01'), false);
    assert.equal(isCalendarDate('2025-02-29'), false);
    assert.deepEqual(findDates('on 0000-01-01 and on 2025-13-40', '2025-01-01'), []);
    const r = check(harbor, '---\ndate: 0000-01-01\n---\nThe terminal will open on Tuesday.\n', {
      draftDate: '2024-05-16',
    });
    assert.ok(r.notes.some((n) => /not a calendar date/.test(n)));
    assert.equal(r.draftDate, '2024-05-16');
  });
  it('writes months in AP style in a fix', () => {
    const [d] = findDates('on Feb. 1', '2027-01-06');
    assert.equal(formatDateLike('2027-03-01', d, '2027-01-06', 'Feb. 1'), 'March 1');
    assert.equal(formatDateLike('2027-09-01', d, '2027-01-06', 'Feb. 1'), 'Sept. 1');
    assert.equal(formatDateLike('2027-09-01', d, '2027-01-06', 'February 1'), 'September 1');
  });
  it('reads number words with "and" ("one hundred and five")', () => {
    assert.deepEqual(
      findNumbers('one hundred and five riders').map((n) => n.value),
      [105],
    );
    assert.deepEqual(
      findNumbers('Two thousand and twenty-six trips').map((n) => n.value),
      [2026],
    );
  });
  it('does not count invisible characters (bidi marks, joiners) as a misspelling', () => {
    for (const mark of ['\u200f', '\u200d', '\u202e', '\u2066']) {
      const r = check(lakemont, `Victor Hale${mark} presented the plan.`, { draftDate: '2025-09-11' });
      assert.deepEqual(
        r.findings.filter((f) => f.code === 'fact.name'),
        [],
        JSON.stringify(mark),
      );
    }
  });
  it('bounds the cost per figure: 30,000 figures in one 60 KB sentence', () => {
    within(HANG, () => check(harbor, `The port has ${Array(30000).fill('1').join(',')} boats.`));
  });
  it('bounds the cost per figure: "$1 " repeated over 18 KB', () => {
    within(HANG, () => check(harbor, `It cost ${'$1 '.repeat(6000)}in all.`));
  });
  it('bounds the cost per figure: 2,000 counted figures in one sentence', () => {
    within(HANG, () =>
      check(harbor, `Counts were ${Array.from({ length: 2000 }, (_, i) => `${i + 10} departures`).join(' and ')}.`),
    );
  });
  it('bounds the cost per date: 2,400 dates in one sentence', () => {
    within(HANG, () => check(harbor, `On ${'Monday and Tuesday and March 3 and '.repeat(800)}Friday.`));
  });
});
