// Content words: the words two sentences about the same fact share. Stop
// words, figures, number words, months and weekdays are not content (they are
// what differs between a right and a wrong fact); the rest are compared by a
// crude stem.
import { STOPWORDS, stem, tokenize } from './tokens';

const MONTHS = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec'
  ).split(' '),
);
const DAYS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week'.split(' '),
);
const NUMBER_WORDS = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion ' +
    'dozen dozens percent'
  ).split(' '),
);
/** More words that may be (part of) a number. */
const NUMERAL_WORDS = new Set(['zero', 'hundreds', 'thousands', 'scores', 'trillion']);

/** The stem a word (in normal form) is compared by, or undefined when it is not a content word. */
export function contentStem(w: string): string | undefined {
  // A year ("since 2019", "fiscal 2028") says which fact a sentence is about, as a name does.
  if (/^(?:1[89]|20)\d\d$/.test(w)) return w;
  if (STOPWORDS.has(w) || /^\d/.test(w) || MONTHS.has(w) || DAYS.has(w) || NUMBER_WORDS.has(w) || w.length < 2)
    return undefined;
  return stem(w.replace(/'s$/, ''));
}

/** Whether a word (in normal form) may be a number or part of one: a sentence without any states no count or amount. */
export function mayBeNumber(w: string): boolean {
  return /^\d/.test(w) || NUMBER_WORDS.has(w) || NUMERAL_WORDS.has(w);
}

/** Content-word stems of a text. */
export function contentStems(text: string, from = 0, to = text.length): Set<string> {
  const out = new Set<string>();
  // On a slice: a token that runs on past `to` ("1,1,1,…") is not read to the end of the whole text.
  for (const t of tokenize(text.slice(from, to))) {
    const s = contentStem(t.norm);
    if (s !== undefined) out.add(s);
  }
  return out;
}
