// Which source number a draft number is to be compared with: among the numbers
// of the best-linked source sentences, the one whose clause counts the same
// thing (shares the most of the draft clause's words); a source number that
// matches another number of the draft sentence belongs to that number; a
// figure standing alone ("This plan takes us to 52.") counts what the figure
// before it in the same statement counts.
import type { Span } from '../types';
import type { SourceSentence } from '../corpus/fact-index';
import { findNumbers, type NumberMention } from '../text/numbers';
import { contentStem, contentStems } from '../text/content-words';
import { clauseAt } from './sentence-at';
import { normalizeWord, stem } from '../text/tokens';

/** How far around a sentence its statement is read for the figures before and after it. */
const NEIGHBOURHOOD = 400;

const NOUN_WORDS = [1, 2].map((k) => new RegExp(`^(?:\\s+(?:of\\s+)?[\\p{L}\\p{N}'’-]+){${k}}`, 'u'));
/** The length of the (first two) words of the noun after a number. */
function nounLength(text: string, o: NumberMention): number {
  return NOUN_WORDS[Math.min(2, o.noun.length) - 1].exec(text.slice(o.span.end, o.span.end + 120))?.[0].length ?? 0;
}

/** What a number is read with: the words of its clause since the number before it, and the word governing it. */
export interface NumberContext {
  stems: Set<string>;
  governor?: string;
}

/** The crude stems differ by a final e ("vote" / "votes" -> "vot"): compare without it. */
const bare = (w: string) => w.replace(/e$/, '');

/**
 * The context of a number in a text: the stems of its clause from the end of the number before it (so
 * "19 schools built for 11,000 children, and today they hold about 7,900" reads 7,900 with "hold"), to the
 * next number, and the content word right before it (skipping qualifiers and prepositions).
 */
export function numberContext(text: string, span: Span, sentence: Span, numbers: NumberMention[]): NumberContext {
  const c = clauseAt(text, span, sentence);
  let start = Math.max(c.start, span.start - 200),
    end = Math.min(c.end, span.end + 200);
  for (const o of numbers) {
    // (after the number before it and the noun it counts: "19 elementary schools now hold about 9,700")
    const after = o.span.end + (o.noun.length ? nounLength(text, o) : 0);
    if (o.span.end <= span.start && Math.min(after, span.start) > start) start = Math.min(after, span.start);
    if (o.span.start >= span.end && o.span.start < end) end = o.span.start;
  }
  const stems = new Set([...contentStems(text, start, end)].map(bare));
  const lead = text.slice(Math.max(start, span.start - 60), span.start);
  let governor: string | undefined;
  for (const w of lead.split(/[^\p{L}\p{N}'’-]+/u).reverse()) {
    const st = w && contentStem(normalizeWord(w));
    if (st) {
      governor = bare(st);
      break;
    }
  }
  return { stems, governor };
}

/** Words of time ("up 18 percent from a year earlier"): they say when, not what a figure counts. */
const TIME_WORDS = new Set(
  ['year', 'years', 'month', 'months', 'quarter', 'quarters', 'period', 'earlier', 'later', 'ago', 'annual'].map((w) =>
    bare(contentStem(w) ?? w),
  ),
);

/**
 * How closely a source number's context matches the draft number's: shared words of their contexts, the
 * counted noun counting double, and the word governing each (the verb: "hold", "cover") counting double.
 */
export function affinity(
  draft: NumberContext,
  d: NumberMention,
  s: SourceSentence,
  n: NumberMention,
  numbers: NumberMention[],
): number {
  const text = s.text;
  const src = numberContext(text, n.span, { start: 0, end: text.length }, numbers);
  let k = 0;
  for (const w of src.stems) if (draft.stems.has(w) && !TIME_WORDS.has(w)) k++;
  if (d.noun.length && n.noun.length && stem(d.noun[d.noun.length - 1]) === stem(n.noun[n.noun.length - 1])) k += 2;
  if (draft.governor && draft.governor === src.governor) k += 2;
  return k;
}

/**
 * The numbers of a source sentence's neighbourhood in its statement (the sentences around it), a figure
 * without a noun taking the noun of the figure before it ("61 days … This plan takes us to 52").
 */
export function neighbourNumbers(s: SourceSentence): NumberMention[] {
  const text = s.st.text;
  const from = Math.max(0, s.from - NEIGHBOURHOOD),
    to = Math.min(text.length, s.to + NEIGHBOURHOOD);
  return inheritNouns(
    text,
    findNumbers(text, from, to).filter((n) => n.span.end <= to),
  );
}

/**
 * A count ending its sentence without a noun ("… today they hold about 7,900.") counts what the count before it counts.
 */
export function inheritNouns(text: string, numbers: NumberMention[]): NumberMention[] {
  let lastNoun: string[] = [];
  for (const n of numbers) {
    if (n.kind !== 'count') continue;
    if (n.noun.length) lastNoun = n.noun;
    else if (lastNoun.length && /^\s*[.!?;]/.test(text.slice(n.span.end, n.span.end + 3))) n.noun = lastNoun;
  }
  return numbers;
}

const LEAD = String.raw`(?:(?:about|almost|nearly|roughly|some|more than|over|just|around)\s+)?$`;
const CHANGE_BEFORE = new RegExp(
  String.raw`\b(?:rose|rise[sn]?|rising|grew|grow(?:s|n|ing|th)?|increas\w*|jump\w*|climb\w*|soar\w*|surg\w*|fell` +
    String.raw`|fall(?:s|en|ing)?|drop\w*|declin\w*|decreas\w*|slid|slump\w*|plung\w*|tumbl\w*|gain\w*|lost` +
    String.raw`|los(?:e|es|ing)|cut|up|down|higher|lower|by)\s+` +
    LEAD,
  'i',
);
const CHANGE_AFTER =
  /^\s+(?:increase|rise|drop|decline|jump|gain|cut|hike|growth|higher|lower|more|less|fewer|from)\b/i;
const SHARE_BEFORE = new RegExp(
  String.raw`\b(?:accounted for|accounts? for|made up|makes? up|represent\w*|contribut\w*|compris\w*|constitut\w*` +
    String.raw`|share of|equal to)\s+` +
    LEAD,
  'i',
);
const SHARE_AFTER = /^\s+of\b/i;

/** Whether a percentage says a change ("rose 20 percent"), a share ("made up 61 percent of"), or neither. */
export function percentSense(text: string, n: NumberMention): 'change' | 'share' | undefined {
  if (n.kind !== 'percent') return undefined;
  const before = text.slice(Math.max(0, n.span.start - 40), n.span.start);
  const after = text.slice(n.span.end, n.span.end + 20);
  if (SHARE_BEFORE.test(before)) return 'share';
  if (CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(after)) return 'change';
  if (SHARE_AFTER.test(after)) return 'share';
  return undefined;
}
