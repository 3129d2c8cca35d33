// QuadMap (engine/text/quad-map.ts): four 32-bit keys to a value in typed arrays, held to a Map of joined keys.
import assert from 'node:assert/strict';
import { QuadMap } from '../../server/src/engine/text/quad-map';

describe('QuadMap (metadata groups of the fact index)', () => {
  it('agrees with a Map through growth and overwrites, keys differing in one place only', () => {
    let seed = 3;
    const r = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    const m = new QuadMap(2),
      model = new Map<string, number>();
    for (let k = 0; k < 40_000; k++) {
      // Small ranges, so that keys repeat and differ in a single place; now and then a key near 2^32.
      const key = [r(30), r(30), r(40), k % 5 ? r(20) : 0xffffffff - r(3)];
      const value = r(2 ** 31);
      m.set(key[0], key[1], key[2], key[3], value);
      model.set(key.join(), value);
    }
    assert.equal(m.size, model.size);
    for (const [key, value] of model) {
      const [a, b, c, d] = key.split(',').map(Number);
      assert.equal(m.get(a, b, c, d), value);
    }
    for (let k = 0; k < 2000; k++) {
      const key = [r(35), r(35), r(45), r(25)];
      assert.equal(m.get(key[0], key[1], key[2], key[3]), model.get(key.join()) ?? -1);
    }
  });

  it('holds the same after room is made for the entries at once, before or between them', () => {
    const m = new QuadMap();
    m.set(1, 2, 3, 4, 5);
    m.expect(5000);
    for (let k = 0; k < 5000; k++) m.set(k, k % 7, k % 11, 9, k);
    m.expect(10); // (no effect)
    assert.equal(m.get(1, 2, 3, 4), 5);
    for (let k = 0; k < 5000; k++) assert.equal(m.get(k, k % 7, k % 11, 9), k);
    assert.equal(m.size, 5001);
  });

  it('gives -1 for a key never set, and the same key written signed or unsigned is one key', () => {
    const m = new QuadMap();
    assert.equal(m.get(0, 0, 0, 0), -1);
    m.set(-1, 0, 0, 0, 9);
    assert.equal(m.get(0xffffffff, 0, 0, 0), 9);
    assert.equal(m.get(0, 0, 0, 0xffffffff), -1);
    assert.equal(m.size, 1);
  });
});
