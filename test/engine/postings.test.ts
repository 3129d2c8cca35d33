// PostingIndex (engine/corpus/postings.ts): keys to ids in sorted typed arrays, built in bulk by a radix sort,
// with an overlay for later additions; held to a plain Map of key to ids. And DistinctWords (corpus/ngrams.ts).
import assert from 'node:assert/strict';
import { HitCounter, PostingIndex, U32List } from '../../server/src/engine/corpus/postings';
import { DistinctWords } from '../../server/src/engine/corpus/ngrams';

/** A small deterministic generator (keys over the whole 32 bits, and a few repeated often). */
function rng(seed: number) {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

const ids = (p: PostingIndex, key: number) => {
  const out: number[] = [];
  p.forEach(key, (id) => out.push(id));
  return out;
};

describe('PostingIndex (postings of the quotation and fact indexes)', () => {
  it('gives each key its ids in the order added, once per id, whether added one by one or in runs', () => {
    const r = rng(7);
    const common = [0, 1, 2047, 2048, 0x7fffffff, 0x80000000, 0xffffffff];
    const model = new Map<number, number[]>();
    const one = new PostingIndex(),
      runs = new PostingIndex();
    for (let id = 0; id < 3000; id++) {
      const n = Math.floor(r() * 40);
      const keys = new Uint32Array(n);
      for (let i = 0; i < n; i++) keys[i] = r() < 0.3 ? common[Math.floor(r() * common.length)] : (r() * 2 ** 32) >>> 0;
      // Runs of one id may come in more than one call.
      const cut = Math.floor(r() * (n + 1));
      runs.addKeys(keys, cut, id);
      runs.addKeys(keys.subarray(cut), n - cut, id);
      for (const k of new Set(keys)) {
        one.add(k, id);
        model.set(k, [...(model.get(k) ?? []), id]);
      }
    }
    one.freeze();
    runs.freeze();
    for (const [k, want] of model) {
      assert.deepEqual(ids(one, k), want);
      assert.deepEqual(ids(runs, k), want);
      assert.equal(runs.count(k), want.length);
    }
    assert.equal(runs.count(12345), 0);
    assert.deepEqual(runs.arrays(), one.arrays());
    const total = [...model.values()].reduce((n, l) => n + l.length, 0);
    assert.equal(runs.arrays().ids.length, total);
    assert.equal(runs.arrays().keys.length, model.size);
  });

  it('takes additions after freeze() into the overlay, once per id, and leaves out removed ids', () => {
    const p = new PostingIndex();
    p.addKeys(new Uint32Array([5, 9, 5]), 3, 0);
    p.addKeys(new Uint32Array([9]), 1, 1);
    p.freeze();
    p.addKeys(new Uint32Array([9, 9, 3]), 3, 2);
    p.add(3, 2);
    p.add(3, 4);
    assert.deepEqual(ids(p, 5), [0]);
    assert.deepEqual(ids(p, 9), [0, 1, 2]);
    assert.deepEqual(ids(p, 3), [2, 4]);
    p.dead.add(1);
    assert.deepEqual(ids(p, 9), [0, 2]);
    const c = new HitCounter();
    p.countInto(9, c);
    p.countInto(3, c);
    assert.deepEqual(
      [0, 1, 2, 4].map((id) => c.get(id)),
      [1, 0, 2, 1],
    );
  });

  it('gives the same postings with room foreseen, too little or too much, as without', () => {
    const keys = Uint32Array.from({ length: 5000 }, (_, i) => (i * 2654435761) >>> 0);
    const build = (room: number) => {
      const p = new PostingIndex();
      p.expect(room);
      for (let id = 0; id < 500; id++) p.addKeys(keys.subarray(id * 10, id * 10 + 10), 10, id);
      p.expect(room); // (no effect once the room is there)
      return p.arrays();
    };
    const want = build(0);
    assert.deepEqual(build(100), want);
    assert.deepEqual(build(5000), want);
    assert.deepEqual(build(50_000), want);
    const list = new U32List();
    list.expect(3);
    for (let i = 0; i < 600; i++) list.push(i);
    list.expect(10_000);
    list.push(600);
    list.trim();
    assert.deepEqual(
      [...list.data],
      Array.from({ length: 601 }, (_, i) => i),
    );
  });

  it('round-trips through its arrays, and freezes an empty index', () => {
    const p = new PostingIndex();
    p.addKeys(new Uint32Array([3, 1, 2]), 3, 7);
    const a = p.arrays();
    const q = PostingIndex.fromArrays(a.keys, a.offsets, a.ids);
    assert.deepEqual(ids(q, 2), [7]);
    assert.deepEqual([...a.keys], [1, 2, 3]);
    const e = new PostingIndex();
    e.freeze();
    assert.equal(e.count(1), 0);
    assert.equal(e.bytes, 4);
  });
});

describe('DistinctWords (the words of a statement, each once)', () => {
  it('keeps the first of each value in order, in statements short and long, call after call', () => {
    const d = new DistinctWords();
    let seed = 5;
    const r = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    for (const [n, spread] of [
      [0, 1],
      [1, 1],
      [40, 10],
      [300, 2 ** 32],
      [3000, 500],
      [20, 4],
    ]) {
      const h = Uint32Array.from({ length: n }, () => (r(7) === 0 ? 0xffffffff : r(spread)));
      const out = new Uint32Array(n);
      const m = d.distinct(h, n, out);
      assert.deepEqual([...out.subarray(0, m)], [...new Set(h)]);
      // In place, as the quotation index calls it.
      const again = h.slice();
      assert.equal(d.distinct(again, n, again), m);
      assert.deepEqual(again.subarray(0, m), out.subarray(0, m));
    }
  });
});
