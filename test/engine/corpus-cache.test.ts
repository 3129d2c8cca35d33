import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { loadCorpusCached } from '../../server/src/engine/corpus/cache';
import { HARBOR, check, corpusOf } from '../helpers';

const codes = (c: Corpus, d: string) => check(c, d).findings.map((f) => f.code);
const LINDQVIST = '"The new terminal will open in September," Lindqvist said.';

describe('corpus updates and the on-disk cache', () => {
  it('takes a changed source file in without a rebuild, and drops the old words', () => {
    const c = corpusOf(HARBOR);
    assert.deepEqual(codes(c, LINDQVIST), []);
    const path = '/corpus/2024-05-14-press-conference.md';
    const text = HARBOR['2024-05-14-press-conference.md'].replace('open in September', 'open in October');
    assert.equal(c.updateFile(path, { path, text }), true);
    assert.deepEqual(codes(c, LINDQVIST), ['quote.altered']);
    assert.deepEqual(codes(c, '"The new terminal will open in October," Lindqvist said.'), []);
  });
  it('forgets a deleted source file', () => {
    const c = corpusOf(HARBOR);
    c.updateFile('/corpus/2024-05-14-press-conference.md', undefined);
    assert.deepEqual(codes(c, LINDQVIST), ['quote.unverified']);
  });
  it('asks for a rebuild when people.yaml changes', () => {
    const c = corpusOf(HARBOR);
    assert.equal(c.updateFile('/corpus/people.yaml', { path: '/corpus/people.yaml', text: '[]' }), false);
  });
  it('starts warm from the cache with the same results, and rebuilds when a file changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-cache-test-'));
    const src = join(dir, 'sources'), cache = join(dir, 'cache');
    mkdirSync(src);
    for (const [name, text] of Object.entries(HARBOR)) writeFileSync(join(src, name), text);
    const drafts = [LINDQVIST, '"We are not going to cut corners to meet a deadline," said Marta Lindqvist.', 'The new terminal can handle 12 departures a day, the harbour master said.', 'Jonas Berg, the chief financial officer of Nordic Ferry Lines, spoke.'];
    const cold = loadCorpusCached([src], cache);
    assert.equal(cold.fromCache, false);
    const warm = loadCorpusCached([src], cache);
    assert.equal(warm.fromCache, true);
    for (const d of drafts) {
      const a = check(cold.corpus, d).findings, b = check(warm.corpus, d).findings;
      assert.deepEqual(b.map((f) => [f.code, f.span, f.message, f.citation?.range, f.fixes]), a.map((f) => [f.code, f.span, f.message, f.citation?.range, f.fixes]));
    }
    writeFileSync(join(src, 'quotes.jsonl'), '{"speaker": "Li Wen", "text": "Something new."}\n');
    assert.equal(loadCorpusCached([src], cache).fromCache, false);
    assert.ok(readdirSync(cache).every((f) => /^corpus-[0-9a-f]+\.bin$/.test(f)));
  });
});
