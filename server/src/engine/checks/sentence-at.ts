import type { Span } from '../types';
import { isAbbreviationDot, isBulletBreak } from '../text/sentence-breaks';

/** How far from a figure its sentence is read (so the cost per figure is bounded in a sentence of any length). */
const REACH = 600;

function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  return ch === '!' || ch === '?' || (ch === '.' && !isAbbreviationDot(text, i));
}

/**
 * The sentence of a block around an offset: from the last . ! ? before it to the next one after it (at most REACH
 * characters either way).
 */
export function sentenceAt(text: string, at: number, block: Span): Span {
  let s = at,
    e = at;
  const lo = Math.max(block.start, at - REACH),
    hi = Math.min(block.end, at + REACH);
  while (s > lo && !(/\s/.test(text[s - 1]) && endsSentence(text, s - 2)) && !isBulletBreak(text, s - 1, s)) s--;
  while (e < hi && !(endsSentence(text, e) && (e + 1 >= block.end || /\s/.test(text[e + 1])))) e++;
  return { start: s, end: Math.min(block.end, e + 1) };
}

/**
 * The clause of a sentence holding a span: between the commas, semicolons or dashes around it (at most 300 characters
 * either way).
 */
export function clauseAt(text: string, span: Span, sentence: Span): Span {
  let s = span.start,
    e = span.end;
  const lo = Math.max(sentence.start, span.start - 300),
    hi = Math.min(sentence.end, span.end + 300);
  while (s > lo && !/[,;—–]/.test(text[s - 1])) s--;
  while (e < hi && !/[,;—–]/.test(text[e])) e++;
  return { start: s, end: e };
}

/** The mentions (sorted by start) lying inside a span, found by binary search. */
export function within<T extends { span: Span }>(sorted: T[], span: Span): T[] {
  let lo = 0,
    hi = sorted.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (sorted[m].span.start < span.start) lo = m + 1;
    else hi = m;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i].span.start < span.end && out.length < 64; i++)
    if (sorted[i].span.end <= span.end) out.push(sorted[i]);
  return out;
}

/**
 * Whether a span stands in a question or a condition of the writer's sentence ("asked whether ridership
 * had fallen 30 percent", "if the board does nothing, …"): what it says is not claimed as a fact.
 */
export function inQuestion(text: string, span: Span, block: Span): boolean {
  const lead = text.slice(Math.max(block.start, span.start - 160), span.start);
  const m = /\b(?:whether|if)\b[^,.;:!?]*$/i.exec(lead);
  return !!m || /\?\s*$/.test(text.slice(span.end, Math.min(block.end, span.end + 80)).split(/[.!]/)[0]);
}
