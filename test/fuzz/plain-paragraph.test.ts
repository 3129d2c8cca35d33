// Property test of the Markdown shortcut: whenever plainParagraph() takes a
// chunk as one plain paragraph, the Markdown parser gives the same prose mask
// and the same block.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { markdownChunks, markdownProseWhole, plainParagraph } from '../../server/src/engine/text/prose';
import { anyDraft } from './draft-arbitraries';
import { runProperty, TIMEOUT } from './settings';

const PIECES = [
  'The',
  'council',
  'said',
  'Nair:',
  '42',
  '1.',
  '2)',
  '#',
  '##',
  '-',
  '--',
  '---',
  '===',
  '*',
  '_',
  '`',
  '>',
  '<b>',
  '[x]',
  '(y)',
  '!',
  '&amp;',
  '\\',
  '|',
  '~',
  '“quoted”',
  '’',
  'café',
  '🚒',
  'http://x.org',
  'a.b',
];
const SEPS = [' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', '   \n', '\n    ', '\n   ', ' \u00a0'];
const chunkLike = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPS)), { minLength: 1, maxLength: 25 })
  .map((ws) => ws.map(([w, s]) => w + s).join(''));

function agrees(body: string) {
  const p = plainParagraph(body);
  if (!p) return;
  const whole = markdownProseWhole(body, false);
  assert.equal(p.mask, whole.text, JSON.stringify(body));
  assert.deepEqual(p.blocks, whole.blocks, JSON.stringify(body));
}

describe('fuzz: a plain paragraph read without the parser reads as the parser reads it', function () {
  this.timeout(TIMEOUT);
  it('on chunks of words, markers, indents and line breaks', () => {
    runProperty(
      'plain-paragraph: pieces',
      fc.property(chunkLike, (body) => agrees(body)),
      400,
    );
  });
  it('on every chunk after the first of random drafts', () => {
    runProperty(
      'plain-paragraph: drafts',
      fc.property(anyDraft, (text) => {
        markdownChunks(text).forEach((c, k) => {
          if (k > 0) agrees(text.slice(c.start, c.end));
        });
      }),
      150,
    );
  });
  it('takes the common case: one paragraph of words', () => {
    assert.ok(plainParagraph('Nair: The council voted 7-2 on Tuesday, after a long night.\nIt was “close”.\n\n'));
    assert.equal(plainParagraph('- a list item\n'), undefined);
    assert.equal(plainParagraph('A heading\n===\n'), undefined);
    assert.equal(plainParagraph('Two\n\nparagraphs\n'), undefined);
  });
});
