// Sentence boundaries in a prose block, with quotations treated as opaque:
// a period inside a quotation ends a sentence only when the quotation closes
// and a new sentence visibly starts after it.
import type { Span } from '../types';
import type { QuoteSpan } from './quotes';

/** Words whose period is an abbreviation's, never a sentence's end (before a capital or a number). */
export const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt capt maj cmdr adm det rev st mt ft jr sr inc ltd co corp vs etc ' +
    'no nos jan feb mar apr aug sep sept oct nov dec u.s u.k u.n a.m p.m i.e e.g ave blvd rd dept univ approx fig ' +
    'vol pp ch art sec gov supt insp cpl pvt messrs hon esq ph.d d.c n.y l.a cllr clr cr coun brig'
  ).split(' '),
);
const ABBREV = /(?:\b(?:[\p{L}]+(?:\.[\p{L}]+)*)|\b\p{Lu})\.$/u;

/** Is the period at text[i] an abbreviation's ("Jan.", "U.S.", "Gov.", an initial)? */
export function abbreviationDot(text: string, i: number): boolean {
  const m = ABBREV.exec(text.slice(Math.max(0, i - 8), i + 1));
  if (!m) return false;
  const w = m[0].slice(0, -1);
  if (w.length === 1) return /\p{Lu}/u.test(w);
  const low = w.toLowerCase();
  if (!ABBREVIATIONS.has(low)) return false;
  if (LOWER_ABBREVIATIONS.has(low) || w.includes('.')) return true;
  // "voted no." and "the art." end sentences; "No. 2" and "Art. 5" do not; titles and months are capitalized.
  if (!/^\p{Lu}/u.test(w)) return false;
  return !BEFORE_NUMBER.has(low) || /^\s*\d/.test(text.slice(i + 1, i + 4));
}
const LOWER_ABBREVIATIONS = new Set(['etc', 'vs', 'approx', 'pp']);
const BEFORE_NUMBER = new Set(['no', 'nos', 'art', 'sec', 'ch', 'fig', 'vol']);

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
      if (/[.!?]/.test(last) && nextStartsSentence(text, q.close, block.end)) {
        out.push({ start, end: q.close });
        start = skipSpace(text, q.close, block.end);
      }
      continue;
    }
    const code = text.charCodeAt(i); // (. ! ?: other characters are not read as strings)
    if (code !== 46 && code !== 33 && code !== 63) continue;
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?') && (i + 1 >= block.end || /\s/.test(text[i + 1]))) {
      if (c === '.' && abbreviationDot(text, i)) continue;
      if (!nextStartsSentence(text, i + 1, block.end)) continue;
      out.push({ start, end: i + 1 });
      start = skipSpace(text, i + 1, block.end);
    }
  }
  if (start < block.end && text.slice(start, block.end).trim()) out.push({ start, end: block.end });
  return out;
}

function skipSpace(text: string, i: number, end: number) {
  while (i < end && /\s/.test(text[i])) i++;
  return i;
}

function nextStartsSentence(text: string, i: number, end: number): boolean {
  const j = skipSpace(text, i, end);
  if (j >= end) return true;
  return /[\p{Lu}\p{N}"“‘'«„「(]/u.test(text[j]);
}
