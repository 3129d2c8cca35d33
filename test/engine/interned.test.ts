// Interned (jsonl-fields.ts): one string for each distinct value, whether asked by value or by its place in a line.
import assert from 'node:assert/strict';
import { Interned } from '../../server/src/engine/corpus/jsonl-fields';

describe('Interned', () => {
  it('gives the same string for a value by value and by place, made once', () => {
    const t = new Interned();
    let made = 0;
    const line = '{"speaker":"Anna Holm","role":"Anna Hol","x":"Tāne"}';
    const at = (v: string) => {
      const from = line.indexOf(v);
      return t.at(line, from, from + v.length, () => (made++, line.slice(from, from + v.length)));
    };
    const a = at('Anna Holm');
    assert.equal(a, 'Anna Holm');
    assert.equal(made, 1);
    assert.equal(at('Anna Holm'), a);
    assert.equal(made, 1);
    assert.equal(t.of('Anna Holm'), a);
    assert.equal(at('Anna Hol'), 'Anna Hol');
    assert.equal(made, 2);
    const s = t.of('Tāne');
    assert.equal(at('Tāne'), s);
    assert.equal(made, 2);
  });

  it('gives each of many values back as itself (by value and by place)', () => {
    const t = new Interned();
    // (50,000 values in 2^30 buckets: a shared bucket or two, by chance)
    const values = Array.from({ length: 50_000 }, (_, i) => `v${i.toString(36)}`);
    for (const v of values) assert.equal(t.of(v), v);
    const line = values.join(',');
    let from = 0;
    for (const v of values) {
      assert.equal(
        t.at(line, from, from + v.length, () => assert.fail(`${v} made again`)),
        v,
      );
      from += v.length + 1;
    }
  });

  it('forgets its values past 100,000 and still answers', () => {
    const t = new Interned();
    for (let i = 0; i < 100_001; i++) t.of(`k${i}`);
    assert.equal(t.of('k5'), 'k5');
    assert.equal(
      t.at('xk5x', 1, 3, () => 'k5'),
      'k5',
    );
  });
});
