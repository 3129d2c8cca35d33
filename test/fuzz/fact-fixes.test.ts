// Property: a fact fix is always true. Applying any offered fix to a draft and checking it again gives no
// finding where the fix wrote (numbers, dates, titles and names, in drafts built from many templates).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { corpusOf } from '../helpers';
import { checkDraft } from '../../server/src/engine/engine';
import { LAKEMONT } from '../engine/check-facts-corpus';
import { runProperty, TIMEOUT } from './settings';

const corpus = corpusOf(LAKEMONT);
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['Sept.', 'September', 'Oct.', 'October', 'March', 'Mar.', 'Aug.'];
const VAGUE = ['', 'more than ', 'nearly ', 'about ', 'at least ', 'fewer than ', 'up to '];
const TITLES = ['Board Treasurer', 'General Manager', 'Chair', 'Lead Hydrologist', 'Mayor', 'Board Vice Chair'];
const ORGS = ['Lakemont Water Utility', 'Lakemont Parks Department', 'City of Lakemont', 'Utility Board'];
const NAMES = [
  'Liu Xiaoming',
  'Liu Hsiao-ming',
  'Liu Xiao Ming',
  'Victor Hale',
  'Victor Hail',
  'Nadia Okonkwo',
  'Nadia Okonkow',
];
const WORDS = ['Twelve', 'Fifteen', 'Twenty-one', 'Six', 'Fourteen'];

const n = fc.integer({ min: 1, max: 99 });
const sentence = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }))
    .map(([a, b]) => `The Lakemont Utility Board voted ${a}-${b} to approve the water rate plan.`),
  fc
    .tuple(fc.constantFrom(...VAGUE), n)
    .map(([v, x]) => `Leak losses account for ${v}${x} percent of the water the utility pumps, Hale said.`),
  fc.tuple(fc.constantFrom(...VAGUE), n).map(([v, x]) => `The plan lays ${v}${x} miles of new water mains.`),
  fc.tuple(fc.constantFrom(...VAGUE), n).map(([v, x]) => `Water usage has fallen ${v}${x} percent since 2020.`),
  fc.constantFrom(...WORDS).map((w) => `${w} miles of new water mains will be laid under the plan.`),
  fc.tuple(n, n).map(([a, b]) => `The residential water charge rises to $${a} from $${b} a month.`),
  fc.constantFrom(...WEEKDAYS).map((w) => `"Water usage is down 6 percent from 2020," Hale said on ${w}.`),
  fc.constantFrom(...WEEKDAYS).map((w) => `The Utility Board on ${w} approved the water rate plan.`),
  fc.constantFrom(...WEEKDAYS).map((w) => `The Pine Street reservoir closes to the public ${w} for repairs.`),
  fc
    .tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 28 }))
    .map(([m, d]) => `The new charges begin ${m} ${d}.`),
  fc
    .tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 28 }))
    .map(([m, d]) => `The Lakemont Utility Board voted 5-2 on ${m} ${d} to approve the water rate plan.`),
  fc.constantFrom(...TITLES).map((t) => `${t} Victor Hale presented the plan.`),
  fc
    .tuple(fc.constantFrom('general manager', 'treasurer', 'chair'), fc.constantFrom(...ORGS))
    .map(([t, o]) => `Victor Hale, ${t} of the ${o}, presented the plan.`),
  fc.constantFrom(...NAMES).map((x) => `${x}, the lead hydrologist, measured the aquifer at nine wells.`),
);
const draft = fc
  .tuple(
    fc.array(sentence, { minLength: 1, maxLength: 4 }),
    fc.constantFrom(' ', '\n\n'),
    fc.constantFrom('2025-09-11', '2025-09-17', '2025-10-02'),
  )
  .map(([ss, sep, date]) => ({ text: `---\ndate: ${date}\n---\n${ss.join(sep)}\n`, date }));

describe('fact fixes (property)', function () {
  this.timeout(TIMEOUT * 3);
  it('applying any offered fix and checking again gives no finding where the fix wrote', () => {
    runProperty(
      'fact fixes hold',
      fc.property(draft, ({ text }) => {
        const r = checkDraft(corpus, '/drafts/d.md', text);
        for (const f of r.findings) {
          if (!f.code.startsWith('fact.') || !f.fixes.length) continue;
          const edits = [...f.fixes[0].edits].sort((a, b) => b.span.start - a.span.start);
          let fixed = text;
          for (const e of edits) fixed = fixed.slice(0, e.span.start) + e.newText + fixed.slice(e.span.end);
          const at = edits[edits.length - 1].span.start,
            end = at + edits.reduce((k, e) => k + e.newText.length, 0);
          const again = checkDraft(corpus, '/drafts/d.md', fixed).findings.filter(
            (g) => g.span.start < Math.max(end, at + 1) && g.span.end > at,
          );
          assert.deepEqual(
            again.map((g) => `${g.code}: ${g.message}`),
            [],
            `fix "${f.fixes[0].title}" for ${f.code} "${text.slice(f.span.start, f.span.end)}" ` +
              `in:\n${text}\n→\n${fixed}`,
          );
        }
      }),
      60,
    );
  });
});
