// U32Map (engine/text/u32-map.ts): 32-bit keys to numbers in typed arrays, held to a Map.
import assert from 'node:assert/strict';
import { U32Map } from '../../server/src/engine/text/u32-map';

describe('U32Map (per-word caches of the corpus indexes)', () => {
  it('agrees with a Map through growth, overwrites and keys over the whole 32 bits', () => {
    let seed = 11;
    const r = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const m = new U32Map(4),
      model = new Map<number, number>();
    for (let k = 0; k < 50_000; k++) {
      // Keys from a small range too, so that some repeat.
      const key = k % 3 ? r() : r() % 500;
      const value = (r() % 2 ** 20) * 2 ** 12 + (k % 7);
      m.set(key, value);
      model.set(key, value);
    }
    for (const key of [0, 1, 0xffffffff, 0x80000000]) {
      m.set(key, key / 2);
      model.set(key, key / 2);
    }
    assert.equal(m.size, model.size);
    for (const [key, value] of model) {
      assert.equal(m.get(key), value);
      assert.ok(m.has(key));
    }
    for (let k = 0; k < 1000; k++) {
      const key = r();
      assert.equal(m.get(key, -7), model.get(key) ?? -7);
      assert.equal(m.has(key), model.has(key));
    }
  });

  it('takes a key written as a negative 32-bit integer as its unsigned value, and empties on clear()', () => {
    const m = new U32Map();
    m.set(-1, 5);
    assert.equal(m.get(0xffffffff), 5);
    assert.equal(m.get(-1), 5);
    m.clear();
    assert.equal(m.size, 0);
    assert.equal(m.get(0xffffffff), -1);
    assert.ok(!m.has(-1));
  });
});
