// Per-word and per-sentence facts the fact index records while it reads a statement: each word's content stem and
// whether it may be a number, where a sentence may close, and whether a transcript's turn is a questioner's.
import type { Statement } from './documents';
import { normalizeWord } from '../text/tokens';
import { contentStem, mayBeNumber } from '../text/content-words';
import { hashString } from '../text/hash';
import { U32Map } from '../text/u32-map';

/**
 * Per word (by the hash of its normal form): its content stem's hash × 2 (0 when not a content word), + 1 when it may
 * be a number.
 */
const WORD_INFO = new U32Map(4096);

export function wordInfo(wordHash: number, text: string, start: number, end: number): number {
  let v = WORD_INFO.get(wordHash);
  if (v >= 0) return v;
  const w = normalizeWord(text.slice(start, end));
  const s = contentStem(w);
  v = (s === undefined ? 0 : hashString(s) || 1) * 2 + (mayBeNumber(w) ? 1 : 0);
  if (WORD_INFO.size < 1_000_000) WORD_INFO.set(wordHash, v);
  return v;
}

/** Characters that may close a sentence after its last word. */
export function closesSentence(ch: number): boolean {
  return ch === 46 || ch === 33 || ch === 63 || ch === 34 || ch === 0x201d || ch === 0x2019 || ch === 41;
}

/**
 * Whether text[from, to) ends with a question mark, perhaps followed by closing quotes or brackets (as
 * /\?["”’)]*$/ on the slice says, without making the slice: this runs for every sentence of the corpus).
 */
export function endsWithQuestion(text: string, from: number, to: number): boolean {
  let i = to - 1;
  for (; i >= from; i--) {
    const ch = text.charCodeAt(i);
    if (ch !== 34 && ch !== 0x201d && ch !== 0x2019 && ch !== 41) break;
  }
  return i >= from && text.charCodeAt(i) === 63;
}

/** Sentence flags: has a figure or number word; its statement or document has a date; a question. */
export const NUMERIC = 1,
  DATED = 2,
  QUESTION = 4;
/** A sentence's group and flags in one number: group * FLAG_SPAN + flags. */
export const FLAG_SPAN = 8;

/**
 * Whether a statement is a questioner's turn of a transcript (a reporter, a named outlet: someone not among the
 * transcript's declared speakers). A question neither confirms nor contradicts a fact; the answer does.
 */
export function isQuestionerTurn(st: Statement): boolean {
  const speakers = st.doc.kind === 'transcript' ? st.doc.speakers : undefined;
  if (!speakers?.length || !st.speaker) return false;
  const who = st.speaker.toLowerCase();
  return (
    !speakers.some((p) => p.name.toLowerCase() === who) &&
    !(st.person && speakers.some((p) => p.name === st.person!.name))
  );
}
