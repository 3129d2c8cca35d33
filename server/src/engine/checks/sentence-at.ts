import type { Span } from '../types';

/** The sentence of a block around an offset: from the last . ! ? before it to the next one after it. */
export function sentenceAt(text: string, at: number, block: Span): Span {
  let s = at, e = at;
  while (s > block.start && !/[.!?]\s/.test(text.slice(s - 2, s))) s--;
  while (e < block.end && !(/[.!?]/.test(text[e]) && (e + 1 >= block.end || /\s/.test(text[e + 1])))) e++;
  return { start: s, end: Math.min(block.end, e + 1) };
}

/** The clause of a sentence holding a span: between the commas, semicolons or dashes around it. */
export function clauseAt(text: string, span: Span, sentence: Span): Span {
  let s = span.start, e = span.end;
  while (s > sentence.start && !/[,;—–]/.test(text[s - 1])) s--;
  while (e < sentence.end && !/[,;—–]/.test(text[e])) e++;
  return { start: s, end: e };
}
