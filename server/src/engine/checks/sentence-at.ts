import type { Span } from '../types';
import { isAbbreviationDot, isBulletBreak } from '../text/sentence-breaks';

/** How far from a figure its sentence is read (so the cost per figure is bounded in a sentence of any length). */
const REACH = 600;

function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  return (ch === '!' || ch === '?' || (ch === '.' && !isAbbreviationDot(text, i)));
}

/** The sentence of a block around an offset: from the last . ! ? before it to the next one after it (at most REACH characters either way). */
export function sentenceAt(text: string, at: number, block: Span): Span {
  let s = at, e = at;
  const lo = Math.max(block.start, at - REACH), hi = Math.min(block.end, at + REACH);
  while (s > lo && !(/\s/.test(text[s - 1]) && endsSentence(text, s - 2)) && !isBulletBreak(text, s - 1, s)) s--;
  while (e < hi && !(endsSentence(text, e) && (e + 1 >= block.end || /\s/.test(text[e + 1])))) e++;
  return { start: s, end: Math.min(block.end, e + 1) };
}

/** The clause of a sentence holding a span: between the commas, semicolons or dashes around it. */
export function clauseAt(text: string, span: Span, sentence: Span): Span {
  let s = span.start, e = span.end;
  while (s > sentence.start && !/[,;—–]/.test(text[s - 1])) s--;
  while (e < sentence.end && !/[,;—–]/.test(text[e])) e++;
  return { start: s, end: e };
}
