// HTML blocks in a Markdown draft are published, so their quotations are checked: the text is
// prose, the tags, attributes, comments and code are not.
import assert from 'node:assert/strict';
import { markdownProse } from '../../server/src/engine/text/prose';
import { findQuotes } from '../../server/src/engine/draft/quotes';
import { check, corpusOf, covered, HARBOR } from '../helpers';

const quotes = (t: string) => {
  const p = markdownProse(t);
  return findQuotes(p.text, p.blocks).map((q) => t.slice(q.span.start, q.span.end));
};

describe('HTML blocks in Markdown drafts', () => {
  it('a <p> block and a multi-line <div>: their quotations are found', () => {
    assert.deepEqual(quotes('<p>"We will publish every measurement," she said.</p>\n'), [
      'We will publish every measurement,',
    ]);
    assert.deepEqual(quotes('<div class="box">\nThe officer said "the beds are healthy" today.\n</div>\n'), [
      'the beds are healthy',
    ]);
  });

  it('tags, attribute values, comments, script, style and code stay non-prose', () => {
    const t =
      '<div title="not &quot;prose&quot; &quot;here&quot;" data-x=\'"nor here"\'>\n<!-- "a comment" ' +
      '-->\n<script>var s = "code";</script>\n<code>"inline code"</code> <style>p::before { content: "x" ' +
      '}</style>\n"Real words," she said.\n</div>\n';
    assert.deepEqual(quotes(t), ['Real words,']);
    const p = markdownProse(t);
    assert.equal(p.text.length, t.length);
    assert.ok(!p.text.includes('<') && !p.text.includes('class'), p.text);
  });

  it('block-level tags separate blocks: a quotation does not run from one <p> into the next', () => {
    const t =
      '<p>The harbour master said "the terminal opens in September.</p>\n<p>Nobody else spoke," said Berg.</p>\n';
    const p = markdownProse(t);
    assert.equal(p.blocks.length, 2, JSON.stringify(p.blocks));
  });

  it('an altered quotation inside an HTML block is reported at its place in the draft', () => {
    const draft = '# Dredging\n\n<p>"We will publish every single measurement," Anna Berg said.</p>\n';
    const r = check(corpusOf(HARBOR), draft);
    const f = r.findings.find((x) => x.code === 'quote.altered');
    assert.ok(f, JSON.stringify(r.findings.map((x) => x.code)));
    assert.equal(covered(draft, f), 'We will publish every single measurement');
  });

  it('inline HTML inside a paragraph is unchanged: the words around the tags are prose', () => {
    assert.deepEqual(quotes('She said <em>"we will publish"</em> on Tuesday.\n'), ['we will publish']);
  });
});
