import assert from 'node:assert/strict';
import { align, quoteItems } from '../../server/src/engine/checks/align';
import { tokenize } from '../../server/src/engine/text/tokens';

const run = (quote: string, source: string) =>
  align(quoteItems(quote, { start: 0, end: quote.length }), tokenize(source))!;
const SRC = 'This budget proves that we can keep the city safe without raising property taxes.';

describe('word alignment of a quotation against a source', () => {
  it('accepts a fragment of a longer statement', () => assert.equal(run('we can keep the city safe', SRC).cost, 0));
  it('accepts an ellipsis for omitted words', () =>
    assert.equal(run('This budget proves … the city safe', SRC).cost, 0));
  it('accepts three spaced dots as an ellipsis', () =>
    assert.equal(run('This budget proves . . . the city safe', SRC).cost, 0));
  it('accepts [square brackets] for an editorial insertion', () =>
    assert.equal(run('[The spending plan] proves that we can keep the city safe', SRC).cost, 0));
  it('ignores case at the start, punctuation and quote-mark style', () =>
    assert.equal(run("we can keep the city safe, without raising 'property' taxes", SRC).cost, 0));
  it('reports changed, added and dropped words', () => {
    const a = run('This budget shows that we can keep our city safe without raising taxes', SRC);
    assert.equal(a.cost, 3);
    assert.deepEqual(
      a.diff.filter((d) => d.op !== 'equal'),
      [
        { op: 'changed', draft: 'shows', source: 'proves' },
        { op: 'changed', draft: 'our', source: 'the' },
        { op: 'dropped', source: 'property' },
      ],
    );
  });
  it('an ellipsis does not excuse words out of order', () =>
    assert.ok(run('the city safe … This budget proves', SRC).cost > 0));
});
