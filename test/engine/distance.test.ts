// Edit distance (Damerau, optimal string alignment) on the cases the name checks rely on.
import assert from 'node:assert/strict';
import { editDistance } from '../../server/src/engine/text/distance';

describe('editDistance', () => {
  it('counts inserted, dropped and changed letters, and a swap of neighbours as one', () => {
    assert.equal(editDistance('', ''), 0);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('guojiakun', 'gujiakun'), 1);
    assert.equal(editDistance('lindqvist', 'lindqivst'), 1);
    assert.equal(editDistance('ca', 'abc'), 3); // optimal string alignment: no edit of a swapped pair
  });
  it('is symmetric, and the same after a longer pair has grown its buffer', () => {
    const long = 'okonkwo-hale'.repeat(40);
    assert.equal(editDistance(long, long.replace(/a/g, 'e')), 40);
    assert.equal(editDistance('whitcombe', 'whitcomb'), 1);
    assert.equal(editDistance('whitcomb', 'whitcombe'), 1);
  });
  it('compares UTF-16 code units (an emoji is two)', () => {
    assert.equal(editDistance('a😀', 'a'), 2);
    assert.equal(editDistance('José', 'Jose'), 1);
  });
});
