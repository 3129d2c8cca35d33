// Fact linking by structure: the quotation's own source for a date on its reporting verb, a release's own
// date not taken for the event's, scheduled events read forward, the event's verb, the clause counting the
// same thing, reporters' questions, bullet lists, tallies, vague quantities; and every fix re-checked.
import assert from 'node:assert/strict';
import { applyFix, check, corpusOf, covered } from '../helpers';
import { LAKEMONT } from './check-facts-corpus';
import type { Finding } from '../../server/src/engine/types';

const corpus = corpusOf(LAKEMONT);
const facts = (draft: string, date = '2025-09-11') =>
  check(corpus, draft, { draftDate: date }).findings.filter((f) => f.code.startsWith('fact.'));
const only = (draft: string, code: string, date?: string): Finding => {
  const fs = facts(draft, date);
  assert.equal(
    fs.length,
    1,
    `one finding expected, got ${JSON.stringify(fs.map((f) => [f.code, covered(draft, f), f.message]))}`,
  );
  assert.equal(fs[0].code, code);
  return fs[0];
};
/** The fix applied, and the fixed draft checked again: nothing left to find. */
const fixedClean = (draft: string, f: Finding, date?: string): string => {
  const fixed = applyFix(draft, f);
  assert.deepEqual(
    facts(fixed, date).map((x) => [x.code, covered(fixed, x)]),
    [],
    `after the fix: ${fixed}`,
  );
  return fixed;
};

describe('fact linking by structure', () => {
  describe('fact.date', () => {
    it('dates a quotation by its own source: a weekday on the reporting verb is the day the words were said', () => {
      const d = '"Water usage is down 6 percent from 2020," Hale said on Wednesday.';
      const f = only(d, 'fact.date');
      assert.equal(covered(d, f), 'on Wednesday');
      assert.equal(fixedClean(d, f), '"Water usage is down 6 percent from 2020," Hale said on Tuesday.');
      assert.deepEqual(facts('"Water usage is down 6 percent from 2020," Hale said Tuesday.'), []);
    });
    it("does not take a release's own date for the day of the event it reports", () => {
      const d = 'The Lakemont Utility Board voted 5-2 on Sept. 10 to approve the water rate plan.';
      const f = only(d, 'fact.date');
      assert.equal(fixedClean(d, f), 'The Lakemont Utility Board voted 5-2 on Sept. 9 to approve the water rate plan.');
    });
    it("reads a scheduled event forward from the draft's date", () => {
      assert.deepEqual(facts('The Pine Street reservoir closes to the public Monday for repairs.', '2025-09-17'), []);
      assert.deepEqual(
        facts('The Pine Street reservoir closes to the public on Sept. 22 for repairs.', '2025-09-11'),
        [],
      );
    });
    it('tells the event from a call for it: "urged to approve" does not date "approved"', () => {
      const d = 'The Utility Board on Monday approved the water rate plan and its new water mains.';
      const f = only(d, 'fact.date');
      assert.match(applyFix(d, f), /on Tuesday approved/);
    });
    it('writes a fixed month in AP style: March in full, Sept. abbreviated', () => {
      const d = 'The new charges begin Oct. 3.';
      const f = only(d, 'fact.date');
      assert.equal(applyFix(d, f), 'The new charges begin Oct. 1.');
    });
  });

  describe('fact.number', () => {
    it("leaves a percentage alone when the source's is of a thing the draft's sentence never names", () => {
      const board = corpusOf({
        'fees.md':
          '---\nkind: article\ndate: 2026-03-02\n---\nThe board voted 5-4 after trimming an initial 12% request, ' +
          'moving the activity fee from $40 to $43.\n',
      });
      const nums = (d: string) =>
        check(board, d, { draftDate: '2026-03-03' }).findings.filter((f) => f.code === 'fact.number');
      assert.deepEqual(nums('# School board raises activity fees 8%\n'), []);
      const d = 'The board voted 5-4 after cutting back an initial 15% request.';
      const wrong = nums(d);
      assert.deepEqual(
        wrong.map((f) => covered(d, f)),
        ['15%'],
      );
      assert.equal(applyFix(d, wrong[0]), d.replace('15%', '12%'));
    });
    it('compares a figure with the clause of the source sentence that counts the same thing', () => {
      const d = 'Leak losses account for 21 percent of the water the utility pumps, Hale said.';
      const f = only(d, 'fact.number');
      assert.match(f.message, /14 percent/);
      assert.equal(fixedClean(d, f), 'Leak losses account for 14 percent of the water the utility pumps, Hale said.');
    });
    it("takes a reporter's question for neither confirmation nor contradiction; the answer decides", () => {
      const d = 'Water usage has fallen 20 percent since 2020.';
      const f = only(d, 'fact.number');
      assert.equal(fixedClean(d, f), 'Water usage has fallen 6 percent since 2020.');
    });
    it('reads a figure standing alone with what the figure before it counts ("90 days … brings them to 75")', () => {
      assert.deepEqual(facts('Reyes said the budget brings cash reserves to 75 days of operations.'), []);
      assert.equal(
        only('Reyes said the budget brings cash reserves to 60 days of operations.', 'fact.number').code,
        'fact.number',
      );
    });
    it('reads each bulleted item of a source as a sentence of its own', () => {
      const d = 'The plan lays 15 miles of new water mains.';
      const f = only(d, 'fact.number');
      assert.equal(f.citation?.text, '12 miles of new water mains laid under the plan');
    });
    it('drops the qualifier of a vague figure the source contradicts, so the fix is true', () => {
      const d = 'The plan lays more than 15 miles of new water mains.';
      const f = only(d, 'fact.number');
      assert.equal(fixedClean(d, f), 'The plan lays 12 miles of new water mains.');
      assert.deepEqual(facts('The plan lays more than 10 miles of new water mains.'), []);
      const crew = corpusOf({
        'crew.jsonl':
          JSON.stringify({
            speaker: 'Ines Moreau',
            date: '2025-04-02',
            text: 'Our crews have worked more than 900 night shifts since January.',
          }) + '\n',
      });
      const said = (d: string) => check(crew, d, { draftDate: '2025-04-03' }).findings;
      assert.deepEqual(said('Moreau said crews had worked more than 900 night shifts since January.'), []);
      const fewer = 'Moreau said crews had worked fewer than 500 night shifts since January.';
      const [g] = said(fewer);
      assert.equal(g?.code, 'fact.number');
      assert.equal(applyFix(fewer, g), 'Moreau said crews had worked more than 900 night shifts since January.');
      assert.deepEqual(said(applyFix(fewer, g)), []);
    });
    it('checks vote tallies, in figures and in words', () => {
      const d = 'The Lakemont Utility Board voted 4-3 to approve the water rate plan.';
      const f = only(d, 'fact.number');
      assert.equal(fixedClean(d, f), 'The Lakemont Utility Board voted 5-2 to approve the water rate plan.');
    });
    it('does not compare a part ("four Eastside wells") with the whole a source counts ("nine wells")', () => {
      assert.deepEqual(facts('Liu measured the aquifer at four Eastside wells across the valley.'), []);
      const d = 'Liu measured the aquifer at four wells across the valley.';
      assert.equal(fixedClean(d, only(d, 'fact.number')), 'Liu measured the aquifer at nine wells across the valley.');
    });
    it('does not check a figure the writer only asks about or supposes', () => {
      assert.deepEqual(facts('Asked whether water usage had fallen 20 percent since 2020, Hale said it had not.'), []);
      assert.deepEqual(facts('If water usage fell 20 percent since 2020, the plan would change.'), []);
    });
    it(
      'reads "about" figures by their values: the figure of the clause with the same verb, not the one before ' + 'it',
      () => {
        const depot = corpusOf({
          'yard.jsonl':
            JSON.stringify({
              speaker: 'Ines Moreau',
              date: '2025-04-02',
              text: 'The old depot holds 400 buses, and the new yard on Quay Road holds about 250.',
            }) + '\n',
        });
        const d = 'The new yard on Quay Road holds about 320 buses, Moreau said.';
        const [f] = check(depot, d, { draftDate: '2025-04-03' }).findings;
        assert.equal(f?.code, 'fact.number');
        assert.equal(applyFix(d, f), 'The new yard on Quay Road holds about 250 buses, Moreau said.');
        assert.deepEqual(
          check(depot, 'The new yard on Quay Road holds about 260 buses, Moreau said.', { draftDate: '2025-04-03' })
            .findings,
          [],
        );
      },
    );
    it("fixes a tally in words in the draft's own words", () => {
      const d = 'The Lakemont Utility Board approved the water rate plan by a vote of four to three.';
      const f = only(d, 'fact.number');
      assert.equal(
        fixedClean(d, f),
        'The Lakemont Utility Board approved the water rate plan by a vote of five to two.',
      );
    });
    it('does not compare a small amount with a large one of the same source sentence', () => {
      assert.deepEqual(
        facts('The residential water charge rises to $46 a month, and the plan lays 12 miles of new mains.'),
        [],
      );
    });
  });

  describe('fact.title and fact.name', () => {
    it('checks a title before a name and replaces only its wrong words', () => {
      const d = 'Board Treasurer Victor Hale presented the plan.';
      const f = only(d, 'fact.title');
      assert.equal(applyFix(d, f), 'General Manager Victor Hale presented the plan.');
    });
    it('replaces a wrong title before a name without writing a word twice', () => {
      const d = 'Deputy Manager Victor Hale presented the plan.';
      assert.equal(applyFix(d, only(d, 'fact.title')), 'General Manager Victor Hale presented the plan.');
      const e = 'General Treasurer Victor Hale presented the plan.';
      assert.equal(applyFix(e, only(e, 'fact.title')), 'General Manager Victor Hale presented the plan.');
    });
    it('replaces a wrong organization instead of deleting it', () => {
      const d = 'Victor Hale, general manager of the Lakemont Parks Department, presented the plan.';
      const f = only(d, 'fact.title');
      assert.equal(applyFix(d, f), 'Victor Hale, general manager of the Lakemont Water Utility, presented the plan.');
    });
    it('does not read a relative clause as part of the organization, nor "the company\'s" as a wrong one', () => {
      assert.deepEqual(facts('Nadia Okonkwo of the Lakemont Water Utility who chaired the vote called it fair.'), []);
      assert.deepEqual(
        facts(
          '"The plan raises the residential water charge from $41 to $46 a month," said Hale, the company\'s ' +
            'general manager.',
        ),
        [],
      );
    });
    it('reads a possessive as the name, not a misspelling', () => {
      assert.deepEqual(facts("Victor Hale's plan raises the residential water charge."), []);
      assert.deepEqual(facts('Victor Hale’s plan raises the residential water charge.'), []);
    });
    it('recognizes another romanization or spacing of a known name, and writes the corpus spelling', () => {
      for (const written of ['Liu Hsiao-ming', 'Liu Xiao Ming', 'Liu Xiao-ming', 'Lu Xiao Ming']) {
        const d = `${written}, the lead hydrologist, measured the aquifer at nine wells.`;
        const f = only(d, 'fact.name');
        assert.equal(covered(d, f), written);
        assert.equal(applyFix(d, f), 'Liu Xiaoming, the lead hydrologist, measured the aquifer at nine wells.');
      }
    });
    it('does not count invisible characters in a name as a misspelling', () => {
      assert.deepEqual(
        facts('Victor\u200d Hale presented the plan.').filter((f) => f.code === 'fact.name'),
        [],
      );
    });
  });

  describe('confidence', () => {
    it('gives every fact finding a confidence; only confident ones are errors with fixes', () => {
      const drafts = [
        'Water usage has fallen 20 percent since 2020.',
        'The Lakemont Utility Board voted 4-3 to approve the water rate plan.',
        'Board Treasurer Victor Hale presented the plan.',
      ];
      for (const d of drafts)
        for (const f of facts(d)) {
          assert.equal(typeof f.confidence, 'number', f.message);
          if (f.severity === 'error') assert.ok(f.confidence! >= 0.4, f.message);
          else assert.deepEqual(f.fixes, [], 'a hint carries no fix');
        }
    });
    it('makes a hint without a fix when sources disagree among themselves, whatever level the code is set to', () => {
      const pier = corpusOf({
        'pier.jsonl':
          [
            {
              speaker: 'Ola Berg',
              date: '2025-04-01',
              text: 'The Westgate pier reopened to fishing boats after the storm repairs.',
            },
            {
              speaker: 'Ida Lund',
              date: '2025-04-03',
              text: 'The Westgate pier reopened to fishing boats after the storm repairs.',
            },
          ]
            .map((x) => JSON.stringify(x))
            .join('\n') + '\n',
      });
      const d = 'The Westgate pier reopened to fishing boats on Wednesday after the storm repairs.';
      for (const severity of [undefined, { 'fact.date': 'error' as const }]) {
        const [f, ...rest] = check(pier, d, { draftDate: '2025-04-04', severity }).findings;
        assert.equal(rest.length, 0);
        assert.equal(f?.severity, 'information');
        assert.deepEqual(f.fixes, []);
        assert.match(f.message, /may differ/);
      }
      assert.deepEqual(check(pier, d.replace('Wednesday', 'Tuesday'), { draftDate: '2025-04-04' }).findings, []);
    });
    it('says nothing about a figure no source links strongly', () => {
      assert.deepEqual(facts('The city has 14 parks and 3 libraries.'), []);
    });
  });
});
