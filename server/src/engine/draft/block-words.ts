// The words of a prose text, paragraph by paragraph, each paragraph's words cached by its text: a re-check after a
// keystroke tokenizes only the paragraph that changed. The same words as wordsOf() over the whole text, save a word
// that would run across a paragraph's edge (a paragraph starts and ends at a space or a line break).
import type { Span } from '../types';
import { BoundedCache } from '../text/lru';
import { wordsOf, type Word } from './words';

const cache = new BoundedCache<string, Word[]>(2_000_000);

/** Forgets the cached paragraphs (a full check in the benchmarks does all its work). */
export function clearBlockWords() {
  cache.clear();
}

/** A paragraph's words at offset 0; the key holds the character after it, which says whether a last word has a dot. */
function wordsOfBlock(text: string, b: Span): Word[] {
  const key = text.slice(b.start, b.end + 1);
  let rel = cache.get(key);
  if (!rel) {
    rel = wordsOf(key, 0, b.end - b.start);
    cache.set(key, rel, 2 * key.length + 80 * rel.length + 50);
  }
  return rel;
}

const WORDISH = /[\p{L}\p{N}&]/u;

/** Every word of `text`, in order: the blocks' from the cache, anything between them read afresh. */
export function blockWords(text: string, blocks: Span[]): Word[] {
  const out: Word[] = [];
  let at = 0;
  for (const b of blocks) {
    if (b.start < at || b.end < b.start) return wordsOf(text); // not in order: no shortcut
    if (b.start > at && WORDISH.test(text.slice(at, b.start))) for (const w of wordsOf(text, at, b.start)) out.push(w);
    const d = b.start;
    // Written out rather than spread: one object shape, and several times faster on a long draft.
    for (const w of wordsOfBlock(text, b))
      out.push(d ? { start: w.start + d, end: w.end + d, w: w.w, low: w.low, dot: w.dot, poss: w.poss } : w);
    at = b.end;
  }
  if (at < text.length && WORDISH.test(text.slice(at))) for (const w of wordsOf(text, at)) out.push(w);
  return out;
}
