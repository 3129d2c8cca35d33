// SpareArrays (engine/corpus/spare-arrays.ts): arrays one index's freeze() is done with, for the next one's sort.
import assert from 'node:assert/strict';
import { SpareArrays } from '../../server/src/engine/corpus/spare-arrays';
import { PostingIndex } from '../../server/src/engine/corpus/postings';

describe('SpareArrays (arrays reused between the sorts of a build)', () => {
  it('hands out the shortest spare array long enough, whole buffers back, the two largest kept', () => {
    const s = new SpareArrays();
    assert.equal(s.take(5000).length, 5000); // none spare: a new one
    const big = new Uint32Array(50_000),
      mid = new Uint32Array(20_000),
      small = new Uint32Array(10_000);
    s.give(mid.subarray(100, 200)); // the whole of its buffer comes back
    s.give(big);
    s.give(small); // the third: dropped
    s.give(new Uint32Array(10)); // too small to keep
    const a = s.take(15_000);
    assert.equal(a.length, 15_000);
    assert.equal(a.buffer, mid.buffer);
    assert.equal(s.take(30_000).buffer, big.buffer);
    assert.notEqual(s.take(15_000).buffer, small.buffer); // none left: a new one
    // At most so long: a spare array longer than that stays for another.
    s.give(big);
    assert.notEqual(s.take(40_000, 45_000).buffer, big.buffer);
    assert.equal(s.take(40_000, 50_000).buffer, big.buffer);
  });

  it('leaves the postings of indexes frozen one after another as they are without it', () => {
    const build = () => {
      const p = new PostingIndex();
      for (let id = 0; id < 3000; id++)
        p.addKeys(
          Uint32Array.from({ length: 12 }, (_, i) => Math.imul(id % 97, 2654435761) + i),
          12,
          id,
        );
      return p;
    };
    const s = new SpareArrays();
    const frozen = [build(), build(), build()];
    for (const p of frozen) p.freeze(s);
    const plain = build();
    plain.freeze();
    for (const p of frozen) assert.deepEqual(p.arrays(), plain.arrays());
  });
});
