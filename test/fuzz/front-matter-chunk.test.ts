// Property test of the first-chunk shortcut: whenever frontMatterParagraph() takes a document's first chunk as front
// matter and one plain paragraph, the Markdown parser gives the same prose mask, block, front matter and its span.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { frontMatterParagraph, markdownChunks, markdownProseWhole } from '../../server/src/engine/text/prose';
import { runProperty, TIMEOUT } from './settings';

const FM_LINES = [
  'kind: release',
  'title: "A: b"',
  'date: 2024-05-16',
  'x',
  '---',
  '...',
  '- a',
  '',
  ' ',
  '#c',
  'k: v\r',
];
const BODY = [
  'The council said so.',
  'Nair: yes',
  '"Quoted," she said.',
  '# Heading',
  '- item',
  '***',
  '',
  '   ',
  '\t',
];
const SEP = ['\n', '\n\n', '\r\n', ' \n', '\n\n\n'];
const doc = fc
  .tuple(
    fc.constantFrom('---\n', '--- \n', '---\r\n', ''),
    fc.array(fc.constantFrom(...FM_LINES), { maxLength: 5 }),
    fc.constantFrom('---\n', '---', '--- \n', '...\n'),
    fc.array(fc.tuple(fc.constantFrom(...BODY), fc.constantFrom(...SEP)), { maxLength: 4 }),
  )
  .map(
    ([open, fm, close, body]) => open + fm.map((l) => l + '\n').join('') + close + body.map(([b, s]) => b + s).join(''),
  );

function agrees(text: string) {
  const c = markdownChunks(text)[0];
  const body = text.slice(c.start, c.end);
  const p = frontMatterParagraph(body);
  if (!p) return;
  const whole = markdownProseWhole(body, true);
  const at = JSON.stringify(body);
  assert.equal(p.mask, whole.text, at);
  assert.deepEqual(p.blocks, whole.blocks, at);
  assert.deepEqual(p.frontMatter, whole.frontMatter, at);
  assert.deepEqual(p.frontMatterSpan, whole.frontMatterSpan, at);
  assert.equal(p.frontMatterError, whole.frontMatterError, at);
}

describe('fuzz: front matter and a plain paragraph read without the parser read as the parser reads them', function () {
  this.timeout(TIMEOUT);
  it('on first chunks of fences, front matter lines and paragraphs', () => {
    runProperty('front-matter-chunk: pieces', fc.property(doc, agrees), 400);
  });
  it('takes the common case', () => {
    const p = frontMatterParagraph('---\nkind: release\ndate: 2024-05-16\n---\nThe council voted.\n\n');
    assert.deepEqual(p?.blocks, [{ start: 39, end: 57 }]);
    assert.deepEqual(p?.frontMatterSpan, { start: 0, end: 38 });
  });
});
