// BoundedCache (engine/text/lru.ts): a least-recently-used cache bounded by the summed cost of its
// entries, not by their count.
import assert from 'node:assert/strict';
import { BoundedCache } from '../../server/src/engine/text/lru';

describe('BoundedCache (caches bounded by size)', () => {
  it('gives back what was stored, and nothing for a key never stored', () => {
    const c = new BoundedCache<string, number[]>(100);
    const v = [1, 2, 3];
    c.set('draft@1', v, 10);
    assert.equal(c.get('draft@1'), v);
    assert.equal(c.get('draft@2'), undefined);
    assert.equal(c.size, 1);
    assert.equal(c.cost, 10);
  });

  it('evicts the least recently used entry, counting a read as a use', () => {
    const c = new BoundedCache<string, string>(10);
    c.set('a', 'A', 4);
    c.set('b', 'B', 4);
    assert.equal(c.get('a'), 'A'); // now b is the least recently used
    c.set('c', 'C', 4); // 12 > 10: one entry goes
    assert.equal(c.get('b'), undefined);
    assert.equal(c.get('a'), 'A');
    assert.equal(c.get('c'), 'C');
    assert.equal(c.cost, 8);
  });

  it('evicts as many entries as it takes to fit a large one, and keeps one costing the whole budget', () => {
    const c = new BoundedCache<number, string>(10);
    for (let k = 0; k < 3; k++) c.set(k, `v${k}`, 3);
    c.set(9, 'big', 10);
    assert.deepEqual(
      [0, 1, 2, 9].map((k) => c.get(k)),
      [undefined, undefined, undefined, 'big'],
    );
    assert.equal(c.size, 1);
    assert.equal(c.cost, 10);
  });

  it('replacing a key counts only its new cost', () => {
    const c = new BoundedCache<string, string>(10);
    c.set('a', 'first', 6);
    c.set('a', 'second', 3);
    assert.equal(c.get('a'), 'second');
    assert.equal(c.size, 1);
    assert.equal(c.cost, 3);
    // The replaced entry's cost is released: two more of 3 fit without evicting it.
    c.set('b', 'B', 3);
    c.set('c', 'C', 3);
    assert.equal(c.get('a'), 'second');
    assert.equal(c.cost, 9);
  });

  it('does not store a value costing more than the budget, and drops the old value of its key', () => {
    const c = new BoundedCache<string, string>(10);
    c.set('keep', 'K', 2);
    c.set('a', 'small', 2);
    c.set('a', 'huge', 11);
    assert.equal(c.get('a'), undefined);
    assert.equal(c.get('keep'), 'K', 'other entries are not evicted for a value that is not stored');
    assert.equal(c.cost, 2);
  });

  it('clear() empties it and resets its cost', () => {
    const c = new BoundedCache<string, string>(10);
    c.set('a', 'A', 5);
    c.clear();
    assert.equal(c.size, 0);
    assert.equal(c.cost, 0);
    assert.equal(c.get('a'), undefined);
    c.set('b', 'B', 10);
    assert.equal(c.get('b'), 'B', 'the whole budget is free again');
  });
});
