// What a span between quotation marks is when nobody says it: the title of a
// work, a slogan, a name something is known by, or a word held at a distance.
import type { QuoteSpan } from './quotes';
import { isLower } from './words';

export type QuoteKind = 'direct' | 'partial' | 'title' | 'scare' | 'question';

const SMALL = new Set('a an the of in on at to for and or but from with by as vs nor via'.split(' '));
// Words that introduce a name, not a saying: known as "X", dubbed "X", the slogan "X", called it "X".
const NAMING = new RegExp(
  String.raw`(?:\bknown(?:\s+\p{L}+){0,3}\s+as|\bdubbed|\btitled|\bentitled|\bnicknamed|\bnamed|\bcalled\s+it` +
    String.raw`|\bcalls\s+it` +
    String.raw`|\bslogan|\bchanting|\bchanted|\bbanner\s+reading|\bsign\s+reading|\bso-called|\bhashtag` +
    String.raw`|\bmotto)\s*[,:]?\s*$`,
  'iu',
);

const CALLED_IT = /\bcall(?:ed|s)\s+it\s*[,:]?\s*$/i;

const NAMING_HINT = /known|dubbed|titled|named|call|slogan|chant|reading|so-called|hashtag|motto/i;

/** A title in title case ("The Lantern Bearer", "No Contract, No Wheels"): no sentence, every main word capitalized. */
export function titleCased(words: string): boolean {
  const t = words.replace(/[,.]$/, '');
  if (/[!?]$/.test(t) || /[.!?]\s/.test(t)) return false;
  const ws = t.split(/[\s\u00a0]+/).filter(Boolean);
  if (ws.length < 2 || !/^[\p{Lu}\p{N}]/u.test(ws[0])) return false;
  return ws.every((w) => SMALL.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')) || /^[\p{Lu}\p{N}"'‘“(]/u.test(w));
}

/** Is the quotation a name (of a work, a slogan, a nickname) by the words before it or by its case? */
export function isNamingQuote(text: string, q: QuoteSpan): boolean {
  const before = text.slice(Math.max(0, q.open - 40), q.open);
  if (NAMING_HINT.test(before) && NAMING.test(before)) {
    // She called it "a book that will be read in a hundred years": a long description in someone's words is what
    // they said; a short one ("the lady with the light") is a name.
    return !(CALLED_IT.test(before) && countWords(text, q) > 5);
  }
  return titleCased(text.slice(q.span.start, q.span.end));
}

/** A word or two held at a distance ("so-called 'efficiency savings'", a "closed-loop" system). */
export function scareShaped(text: string, q: QuoteSpan): boolean {
  const words = text.slice(q.span.start, q.span.end).split(/\s+/).filter(Boolean);
  if (words.length > 3 || /[.!?]$/.test(text.slice(q.span.start, q.span.end))) return false;
  return true;
}

export function countWords(text: string, q: QuoteSpan): number {
  return text.slice(q.span.start, q.span.end).split(/\s+/).filter(Boolean).length;
}

/** direct, partial or question, for a quotation somebody says. */
export function spokenKind(text: string, q: QuoteSpan, unnamedAsker: boolean): QuoteKind {
  const words = text.slice(q.span.start, q.span.end);
  if (unnamedAsker && /\?$/.test(words)) return 'question';
  let k = q.open - 1;
  while (k >= 0 && /[ \t\u00a0]/.test(text[k])) k--;
  const introduced = k < 0 || /[,:\n\r—–]/.test(text[k]);
  return isLower(words) && !introduced ? 'partial' : 'direct';
}
