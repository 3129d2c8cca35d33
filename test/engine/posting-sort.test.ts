// sortPostings (engine/corpus/posting-sort.ts): postings sorted by key, each key's ids in the order added, held to
// Array.prototype.sort (stable) on the same postings.
import assert from 'node:assert/strict';
import { sortPostings } from '../../server/src/engine/corpus/posting-sort';
import { U32List } from '../../server/src/engine/corpus/postings';

function check(keys: number[], runs: [id: number, count: number][], room = keys.length) {
  const runIds = new U32List(),
    runEnds = new U32List();
  const postings: { key: number; id: number }[] = [];
  let at = 0;
  for (const [id, count] of runs) {
    for (let i = 0; i < count; i++) postings.push({ key: keys[at + i], id });
    at += count;
    runIds.push(id);
    runEnds.push(at);
  }
  const buffer = new Uint32Array(Math.max(room, keys.length));
  buffer.set(keys);
  const got = sortPostings(buffer, keys.length, runIds, runEnds);
  const want = postings.sort((a, b) => a.key - b.key);
  assert.deepEqual(
    [...got.keys],
    want.map((p) => p.key),
  );
  assert.deepEqual(
    [...got.ids],
    want.map((p) => p.id),
  );
}

describe('sortPostings (the sort of PostingIndex.freeze)', () => {
  let seed = 9;
  const r = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;

  it('sorts by key stably, in buckets small and large, with ids in any order', () => {
    for (const [n, spread] of [
      [0, 1],
      [1, 1],
      [30, 2 ** 32],
      [5000, 2 ** 32],
      [5000, 300],
      [20000, 2 ** 22],
    ]) {
      const keys = Array.from({ length: n }, () => (r(10) === 0 ? 0xffffffff - r(3) : r(spread)));
      const runs: [number, number][] = [];
      for (let left = n; left > 0;) {
        const c = Math.min(left, 1 + r(40));
        runs.push([r(1000), c]);
        left -= c;
      }
      check(keys, runs);
      // A buffer with room for the scratch of the largest bucket in two halves.
      check(keys, runs, 3 * n);
    }
  });

  it('keeps a key that all postings share in the order added (one bucket of everything)', () => {
    const keys = Array.from({ length: 3000 }, () => 0x12345678);
    const runs = Array.from({ length: 300 }, (_, i): [number, number] => [(i * 7919) % 1000, 10]);
    check(keys, runs);
  });
});
