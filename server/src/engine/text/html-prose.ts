// The prose of an HTML block in a Markdown document (`<p>…</p>`, a multi-line `<div>`): what a
// reader sees once it is published. Tags, attributes and comments stay non-prose, and so does
// the content of elements that hold no running prose (script, style, pre, code, textarea, svg,
// math). A block-level tag or a blank line ends one block of prose and starts the next.
// One linear pass over the block.
import type { Span } from '../types';

const NO_PROSE = new Set('script style pre code textarea svg math template noscript kbd samp'.split(' '));
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr ' +
    'li main nav ol p section summary table tbody td tfoot th thead tr ul caption'
  ).split(' '),
);

/** The end of the tag starting at `i` (`<` and a name, `/`, `!` or `?`), quoted values skipped; -1 if none. */
function tagEnd(text: string, i: number, end: number): number {
  let quote = '';
  for (let k = i + 1; k < end; k++) {
    const c = text[k];
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") {
      if (/[=\s]/.test(text[k - 1] ?? '')) quote = c;
      continue;
    }
    if (c === '>') return k + 1;
    if (c === '<') return -1;
  }
  return -1;
}

/**
 * Copies the prose of the HTML block text[start, end) into `mask` (everything else there stays
 * blank) and adds its blocks of prose to `blocks`.
 */
export function htmlBlockProse(text: string, start: number, end: number, mask: string[], blocks: Span[]): void {
  let blockStart = -1,
    blockEnd = -1;
  const close = () => {
    if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
    blockStart = -1;
  };
  let lineHasText = false;
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      if (!lineHasText) close();
      lineHasText = false;
      i++;
      continue;
    }
    if (c === '<' && text.startsWith('<!--', i)) {
      const e = text.indexOf('-->', i + 4);
      i = e < 0 || e + 3 > end ? end : e + 3;
      continue;
    }
    if (c === '<' && /[A-Za-z/!?]/.test(text[i + 1] ?? '')) {
      const e = tagEnd(text, i, end);
      if (e < 0) {
        i = end;
        continue;
      } // an unclosed tag: the rest is not prose
      const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(text.slice(i, Math.min(e, i + 40)))?.[1]?.toLowerCase();
      const closing = text[i + 1] === '/';
      if (name && BLOCK_TAGS.has(name)) close();
      i = e;
      if (name && !closing && NO_PROSE.has(name) && !text.slice(i - 2, i).startsWith('/')) {
        const closer = new RegExp(`</${name}`, 'gi');
        closer.lastIndex = i;
        const k = closer.exec(text);
        i = !k || k.index >= end ? end : k.index;
      }
      continue;
    }
    if (c !== ' ' && c !== '\t') {
      lineHasText = true;
      if (blockStart < 0) blockStart = i;
      blockEnd = i + 1;
    }
    mask[i] = c === '\t' ? ' ' : c;
    i++;
  }
  close();
}
