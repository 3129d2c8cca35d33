import assert from 'node:assert/strict';
import { findQuotes } from '../../server/src/engine/draft/quotes';
import { markdownProse, plainProse } from '../../server/src/engine/text/prose';

const quotes = (t: string, md = false) => {
  const p = md ? markdownProse(t) : plainProse(t);
  return findQuotes(p.text, p.blocks).map((q) => t.slice(q.span.start, q.span.end));
};

describe('finding quotations', () => {
  it('reads straight and curly double marks, with single marks nested inside', () => {
    assert.deepEqual(quotes('He said "one thing," then “another ‘inner’ thing.”'), [
      'one thing,',
      'another ‘inner’ thing.',
    ]);
  });
  it('does not take apostrophes for quotation marks', () => {
    assert.deepEqual(quotes("The US' move and China's reply in the '90s style, rock 'n' roll."), []);
  });
  it('joins a quotation that runs over paragraphs (no closing mark, next one reopens)', () => {
    const t = '"The first paragraph of it\n\n"and the second," she said.';
    const p = plainProse(t);
    const qs = findQuotes(p.text, p.blocks);
    assert.equal(qs.length, 2);
    assert.equal(qs[0].group, qs[1].group);
    assert.ok(qs[0].continues);
  });
  it('skips an unbalanced mark without losing the quotations after it', () => {
    assert.deepEqual(quotes('An "unclosed one here.\n\nThen "a closed one" later.'), ['a closed one']);
  });
  it('reads guillemets and CJK corner brackets', () => {
    assert.deepEqual(quotes('Il a dit «nous partons» et 「我们走」。'), ['nous partons', '我们走']);
  });
  it('never reads code, front matter, HTML comments or link targets as prose', () => {
    const t =
      '---\ntitle: "Not a quote"\n---\nText `"code"` and <!-- "hidden" --> and [link](http://x "title") and ' +
      '"real".\n\n```\n"block"\n```\n';
    assert.deepEqual(quotes(t, true), ['real']);
  });
  it('survives emoji before a quotation and keeps UTF-16 offsets', () => {
    const t = '🚢🚢 “Skagen is the heart,” he said.';
    const p = plainProse(t);
    const [q] = findQuotes(p.text, p.blocks);
    assert.equal(q.span.start, t.indexOf('Skagen'));
  });
});
