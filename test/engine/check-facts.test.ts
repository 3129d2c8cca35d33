import assert from 'node:assert/strict';
import { HARBOR, applyFix, check, corpusOf, covered } from '../helpers';
import { findDates } from '../../server/src/engine/text/dates';

const corpus = corpusOf(HARBOR);
const facts = (draft: string, date = '2024-05-16') =>
  check(corpus, draft, { draftDate: date }).findings.filter((f) => f.code.startsWith('fact.'));

describe('fact checks', () => {
  describe('fact.number', () => {
    it('flags a count that disagrees with the source sentence and fixes it', () => {
      const d = 'The new terminal can handle 12 departures a day, the harbour master said.';
      const [f] = facts(d);
      assert.equal(f.code, 'fact.number');
      assert.equal(covered(d, f), '12');
      assert.match(f.message, /14 departures/);
      assert.match(applyFix(d, f), /handle 14 departures/);
    });
    it('lets a vague quantity stand when the source value is inside it', () => {
      assert.deepEqual(facts('The terminal can handle more than 10 departures a day.'), []);
      assert.deepEqual(facts('The terminal can handle roughly 15 departures a day.'), []);
      assert.equal(facts('The terminal can handle more than 20 departures a day.').length, 1);
    });
    it('reads numbers written in words, and fixes them in words', () => {
      const d = 'Twelve departures a day will use the new terminal.';
      const [f] = facts(d);
      assert.equal(f?.code, 'fact.number');
      assert.equal(applyFix(d, f), 'Fourteen departures a day will use the new terminal.');
    });
    it('checks amounts with their scale', () => {
      const d = 'Nordic Ferry Lines confirmed a 250 million kroner investment in the Skagen ferry terminal.';
      const [f] = facts(d);
      assert.equal(f?.code, 'fact.number');
      assert.match(applyFix(d, f), /220 million kroner/);
    });
    it('raises nothing for a number no source states', () => {
      assert.deepEqual(facts('The town has 8,000 residents and 3 bakeries.'), []);
    });
    it('leaves numbers inside quotation marks to the quotation checks', () => {
      assert.deepEqual(facts('"It can handle 12 departures a day," Lindqvist said.'), []);
    });
    it('weighs shared words by rarity: the same figure about another town does not confirm it', () => {
      // Many towns' figures share the common words ("rents", "rose", "last year"); only one source is about Korrby.
      const towns = [
        'Halden',
        'Mossby',
        'Tarnvik',
        'Elmsta',
        'Rovik',
        'Lunde',
        'Sandhamn',
        'Orsa',
        'Vreta',
        'Ystad',
        'Alby',
        'Brunn',
      ];
      const lines = towns.map((t, i) =>
        JSON.stringify({
          speaker: `Analyst ${t}`,
          organization: 'Housing Board',
          date: '2024-04-02',
          text: `Rents in ${t} rose ${i % 2 ? 11 : 9} percent last year.`,
        }),
      );
      lines.push(
        JSON.stringify({
          speaker: 'Ingrid Sol',
          organization: 'Korrby Tenants Union',
          date: '2024-04-03',
          text: 'Rents in Korrby rose 13 percent last year.',
        }),
      );
      const c = corpusOf({ 'figures.jsonl': lines.join('\n') + '\n' });
      const d = 'Rents in Korrby rose 11 percent last year, according to Ingrid Sol.';
      const [f] = check(c, d, { draftDate: '2024-05-16' }).findings.filter((x) => x.code === 'fact.number');
      assert.equal(f?.code, 'fact.number', 'the Korrby figure is 13 percent');
      assert.match(f.message, /13 percent/);
      assert.equal(applyFix(d, f), 'Rents in Korrby rose 13 percent last year, according to Ingrid Sol.');
      assert.deepEqual(
        check(c, d.replace('11', '13'), { draftDate: '2024-05-16' }).findings.filter((x) => x.code === 'fact.number'),
        [],
      );
    });
  });
  describe('fact.date', () => {
    it('resolves weekdays against the draft date, across a month end', () => {
      const [d] = findDates('on Friday', '2024-06-03'); // a Monday
      assert.equal(d.date, '2024-05-31');
    });
    it('flags a weekday that is not the day of the source event and fixes it in the same style', () => {
      const d = 'Marta Lindqvist told a press conference on Monday that the new terminal will open in September.';
      const [f] = facts(d);
      assert.equal(f?.code, 'fact.date');
      assert.equal(applyFix(d, f), d.replace('Monday', 'Tuesday'));
    });
    it('accepts the right weekday and an absolute date for the same event', () => {
      assert.deepEqual(
        facts('Marta Lindqvist told a press conference on Tuesday that the new terminal will open in September.'),
        [],
      );
      assert.deepEqual(
        facts('Marta Lindqvist told a press conference on May 14 that the new terminal will open in September.'),
        [],
      );
    });
    it('allows a day either way when the draft names a time zone', () => {
      assert.deepEqual(
        facts(
          'Marta Lindqvist told a press conference on Monday US time that the new terminal will open in September.',
        ),
        [],
      );
    });
  });
  describe('fact.title', () => {
    it('accepts a title in a different but correct form', () => {
      assert.deepEqual(
        facts(
          '"Skagen is the heart of our northern routes," said Jonas Berg, the chief executive of Nordic Ferry Lines.',
        ),
        [],
      );
      assert.deepEqual(facts('Port of Skagen Authority harbour master Marta Lindqvist opened the conference.'), []);
    });
    it('flags a wrong title and fixes only the title', () => {
      const d = 'Jonas Berg, the chief financial officer of Nordic Ferry Lines, spoke.';
      const [f] = facts(d);
      assert.equal(f?.code, 'fact.title');
      assert.match(applyFix(d, f), /Jonas Berg, the chief executive of Nordic Ferry Lines, spoke/);
    });
    it('tells apart two people with the same surname', () => {
      assert.deepEqual(
        facts(
          'Anna Berg, an environmental officer at Skagen Municipality, and Jonas Berg, chief executive of Nordic ' +
            'Ferry Lines, met.',
        ),
        [],
      );
    });
  });
  describe('fact.name', () => {
    it('flags a misspelled known name and fixes the spelling', () => {
      const d = 'Harbour master Marta Lindqvsit opened the conference.';
      const [f] = facts(d);
      assert.equal(f?.code, 'fact.name');
      assert.match(applyFix(d, f), /Marta Lindqvist/);
    });
    it('does not flag other real names or ordinary capitalized words', () => {
      assert.deepEqual(facts('Maria Lindberg and Jonas Bergman visited Skagen Harbour on a Sunday in 2019.'), []);
    });
  });
});
