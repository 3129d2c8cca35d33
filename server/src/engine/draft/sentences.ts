// Sentence boundaries in a prose block, with quotations treated as opaque:
// a period inside a quotation ends a sentence only when the quotation closes
// and a new sentence visibly starts after it.
import type { Span } from '../types';
import type { QuoteSpan } from './quotes';

const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|St|Jr|Sr|Inc|Ltd|Co|Corp|vs|etc|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.K|U\.N|a\.m|p\.m|i\.e|e\.g)|\b\p{Lu})\.$/u;

export function sentenceSpans(text: string, block: Span, quotes: QuoteSpan[]): Span[] {
  const out: Span[] = [];
  let start = block.start;
  const inBlock = quotes.filter((q) => q.open >= block.start && q.open < block.end);
  let qi = 0;
  for (let i = block.start; i < block.end; i++) {
    while (qi < inBlock.length && inBlock[qi].close <= i) qi++;
    const q = qi < inBlock.length && inBlock[qi].open <= i && i < inBlock[qi].close ? inBlock[qi] : undefined;
    if (q) {
      // Jump over the quotation; it may end the sentence if its words end with . ! ? and a capital follows.
      const last = text.slice(q.span.start, q.span.end).trimEnd().slice(-1);
      i = q.close - 1;
      if (/[.!?]/.test(last) && nextStartsSentence(text, q.close, block.end)) { out.push({ start, end: q.close }); start = skipSpace(text, q.close, block.end); }
      continue;
    }
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?') && (i + 1 >= block.end || /\s/.test(text[i + 1]))) {
      if (c === '.' && ABBREV.test(text.slice(Math.max(block.start, i - 6), i + 1))) continue;
      if (!nextStartsSentence(text, i + 1, block.end)) continue;
      out.push({ start, end: i + 1 });
      start = skipSpace(text, i + 1, block.end);
    }
  }
  if (start < block.end && text.slice(start, block.end).trim()) out.push({ start, end: block.end });
  return out;
}

function skipSpace(text: string, i: number, end: number) { while (i < end && /\s/.test(text[i])) i++; return i; }

function nextStartsSentence(text: string, i: number, end: number): boolean {
  const j = skipSpace(text, i, end);
  if (j >= end) return true;
  return /[\p{Lu}\p{N}"“‘'«„「(]/u.test(text[j]);
}
