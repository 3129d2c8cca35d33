// PostingMerge (engine/corpus/posting-merge.ts): a fact search's words counted by merging their posting lists, held
// to a counter fed list by list (what the search did before): the same counts, the same 32-bit sums of weights, the
// same order of first meeting. And PostingIndex.list with ids added late and removed.
import assert from 'node:assert/strict';
import { PostingMerge } from '../../server/src/engine/corpus/posting-merge';
import { PostingIndex } from '../../server/src/engine/corpus/postings';

function rng(seed: number) {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** The model: a counter fed list by list (ids in list order), summing weights in 32-bit floats. */
function counted(lists: Uint32Array[], weights: number[]) {
  const count = new Map<number, number>(),
    sum = new Map<number, number>(),
    order: number[] = [];
  lists.forEach((l, i) => {
    for (const id of l) {
      if (!count.has(id)) {
        order.push(id);
        count.set(id, 0);
        sum.set(id, 0);
      }
      count.set(id, count.get(id)! + 1);
      sum.set(id, Math.fround(sum.get(id)! + weights[i]));
    }
  });
  return { count, sum, order };
}

describe('PostingMerge (counting a fact search by merging posting lists)', () => {
  it('counts each id, sums its lists’ weights as a 32-bit counter would, and gives the counter’s order', () => {
    const r = rng(11);
    for (let trial = 0; trial < 200; trial++) {
      const k = 1 + Math.floor(r() * 7);
      const lists: Uint32Array[] = [],
        weights: number[] = [];
      for (let i = 0; i < k; i++) {
        const n = Math.floor(r() ** 2 * 300);
        const ids = new Set<number>();
        while (ids.size < n) ids.add(Math.floor(r() * (trial % 3 === 0 ? 400 : 200_000)));
        lists.push(Uint32Array.from([...ids].sort((a, b) => a - b)));
        weights.push(r() * 9);
      }
      // A word twice in a search counts twice.
      if (trial % 5 === 0) {
        lists.push(lists[0]);
        weights.push(weights[0]);
      }
      const m = new PostingMerge();
      m.merge(lists, weights);
      const want = counted(lists, weights);
      const order = [...m.byFirst(lists.length)].map((p) => m.ids[p]);
      assert.deepEqual(order, want.order);
      for (let p = 0; p < m.length; p++) {
        assert.equal(m.counts[p], want.count.get(m.ids[p]));
        assert.equal(m.sums[p], want.sum.get(m.ids[p]));
      }
      assert.deepEqual(
        [...m.ids.subarray(0, m.length)],
        [...want.order].sort((a, b) => a - b),
      );
    }
  });

  it('merges nothing, and one empty list', () => {
    const m = new PostingMerge();
    m.merge([], []);
    assert.equal(m.length, 0);
    m.merge([new Uint32Array(0)], [1]);
    assert.equal(m.length, 0);
    assert.equal(m.byFirst(1).length, 0);
  });
});

describe('PostingIndex.list (a word’s live postings, ascending)', () => {
  it('is the bulk postings, then those added late, without the removed', () => {
    const p = new PostingIndex();
    p.addKeys(new Uint32Array([5, 9]), 2, 0);
    p.addKeys(new Uint32Array([9]), 1, 1);
    p.addKeys(new Uint32Array([9, 5]), 2, 2);
    p.freeze();
    assert.deepEqual([...p.list(p.slot(9), 9)], [0, 1, 2]);
    p.addKeys(new Uint32Array([9, 7]), 2, 3);
    p.dead.add(1);
    assert.deepEqual([...p.list(p.slot(9), 9)], [0, 2, 3]);
    assert.deepEqual([...p.list(p.slot(7), 7)], [3]);
    assert.equal(p.slot(7), -1);
    assert.deepEqual([...p.list(p.slot(4), 4)], []);
    assert.equal(p.countAt(p.slot(9), 9), 4);
  });
});
