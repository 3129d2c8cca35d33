// Inputs that once made attribution quadratic or made a pattern backtrack: each reads
// within a generous bound (a hang guard, not a timing assertion).
import assert from 'node:assert/strict';
import { readProse } from '../../server/src/engine/draft/analyze';
import { People } from '../../server/src/engine/corpus/people';
import { plainProse } from '../../server/src/engine/text/prose';
import { corpusOf, check } from '../helpers';

const MB = 1 << 20;
const repeat = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length));

describe('attribution on hostile input', function () {
  this.timeout(60000);
  const cases: [string, () => string][] = [
    ['1 MB of an apostrophe before a letter', () => repeat("'a ")],
    ['1 MB of capitalized words', () => repeat('Aaa ')],
    ['100,000 short quotations in one paragraph', () => repeat('"a b," he said. ', 100_000 * 16)],
    ['1 MB of "the ministry"', () => repeat('the ministry said ')],
    ['one all-caps word of a million letters', () => 'A'.repeat(MB) + ' (AB) said'],
    ['1 MB of titles and surnames', () => repeat('Gov. Aaa, R-Bbb, said Mr. Aaa of the Ccc Ministry. ')],
    ['a million pronouns between quotations', () => repeat('"x y," she said, "and z," they said. ')],
  ];
  for (const [name, make] of cases) {
    it(`reads ${name} within 20 s`, () => {
      const text = make();
      const t0 = Date.now();
      const p = plainProse(text);
      const r = readProse(p.text, p.blocks, new People());
      assert.ok(Array.isArray(r.quotes));
      assert.ok(Date.now() - t0 < 20000, `took ${Date.now() - t0} ms`);
    });
  }
  it('checks a 1 MB draft of quotations against a corpus within 60 s', () => {
    const corpus = corpusOf({ 's.md': '---\nkind: statement\nspeaker: Ada Lin\n---\nThe river is clean again.\n' });
    const t0 = Date.now();
    // Lines of one long paragraph (a single line over 131,072 characters is not read at all: text/prose-limits.ts).
    const r = check(corpus, repeat('"The river is clean again," Lin said. Gov. Ada Lin said she was glad.\n'));
    assert.ok(r.quotes.length > 1000, `${r.quotes.length} quotations read`);
    assert.ok(Date.now() - t0 < 60000, `took ${Date.now() - t0} ms`);
  });
});
