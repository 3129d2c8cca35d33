// Word tokens: the unit of quotation matching and fact comparison.
// A token keeps its span in the text it came from and a normal form used for
// comparison (lower case, no diacritics, one apostrophe style, digits without
// thousands separators). Punctuation and quotation marks are never tokens, so
// quote-mark style, whitespace and punctuation do not change a comparison.

export interface Token {
  norm: string;
  start: number;
  end: number;
}

/** What a word is (text/word-hashes.ts scans with the same pattern). */
export const WORD_PATTERN =
  String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|\p{N}+(?:[.,]\p{N}+)*` +
  String.raw`|[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*`;
const WORD = new RegExp(WORD_PATTERN, 'gu');

// eslint-disable-next-line no-control-regex -- the range starts at NUL: every ASCII character
const NON_ASCII = /[^\x00-\x7f]/;

export function normalizeWord(w: string): string {
  if (!NON_ASCII.test(w)) {
    const s = w.toLowerCase();
    return s.charCodeAt(0) <= 57 && s.includes(',') ? s.replace(/,(?=\d{3}\b)/g, '') : s;
  }
  let s = w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’ʼ]/g, "'");
  if (/^\d/.test(s)) s = s.replace(/,(?=\d{3}\b)/g, '');
  return s;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ norm: normalizeWord(text.slice(m.index, end)), start: m.index, end });
  }
  return out;
}

/** Normal forms of the words of a string. */
export function words(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}

/** A crude English stem for comparing context words (entities ~ entity, added ~ add). */
export function stem(w: string): string {
  if (w.length <= 3 || /^\d/.test(w)) return w;
  for (const [suf, rep] of [
    ['itions', ''],
    ['ition', ''],
    ['ies', 'y'],
    ['ied', 'y'],
    ['ing', ''],
    ['tion', 't'],
    ['ed', ''],
    ['es', ''],
    ['s', ''],
  ] as const) {
    if (w.endsWith(suf) && w.length - suf.length >= 3) return w.slice(0, w.length - suf.length) + rep;
  }
  return w;
}

export const STOPWORDS = new Set(
  (
    'a an the and or but of to in on at for by with from as is are was were be been being it its this that these ' +
    'those ' +
    'he she they we you i his her their our your my me him them us who whom which what when where why how not no ' +
    'nor so than then ' +
    'said says say told tells has have had do does did will would shall should can could may might must also into ' +
    'over about after before ' +
    'up down out off again further once there here all any both each few more most other some such only own same ' +
    'too very just'
  ).split(' '),
);

export function isCapitalized(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}
