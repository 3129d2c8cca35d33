// Which source number a draft number is to be compared with: among the numbers
// of the best-linked source sentences, the one whose clause counts the same
// thing (shares the most of the draft clause's words); a source number that
// matches another number of the draft sentence belongs to that number; a
// figure standing alone ("This plan takes us to 52.") counts what the figure
// before it in the same statement counts.
import type { Span } from '../types';
import type { SourceSentence } from '../corpus/fact-index';
import { findNumbers, type NumberMention } from '../text/numbers';
import { contentStems } from '../text/content-words';
import { clauseAt } from './sentence-at';
import { stem } from '../text/tokens';

/** How far around a sentence its statement is read for the figures before and after it. */
const NEIGHBOURHOOD = 400;

/** The stems of the clause around a number in a text (its noun's words included). */
export function clauseStems(text: string, span: Span, sentence: Span): Set<string> {
  const c = clauseAt(text, span, sentence);
  return contentStems(text, Math.max(c.start, span.start - 200), Math.min(c.end, span.end + 200));
}

/** How many words the draft clause shares with the source number's clause (its noun counting double). */
export function affinity(draftClause: Set<string>, d: NumberMention, s: SourceSentence, n: NumberMention): number {
  const text = s.text;
  let k = 0;
  // The crude stems differ by a final e ("vote" / "votes" -> "vot"): compare without it.
  const bare = (w: string) => w.replace(/e$/, '');
  const draft = new Set([...draftClause].map(bare));
  for (const w of clauseStems(text, n.span, { start: 0, end: text.length })) if (draft.has(bare(w))) k++;
  if (d.noun.length && n.noun.length && stem(d.noun[d.noun.length - 1]) === stem(n.noun[n.noun.length - 1])) k += 2;
  return k;
}

/**
 * The numbers of a source sentence's neighbourhood in its statement (the sentences around it), a figure
 * without a noun taking the noun of the figure before it ("61 days … This plan takes us to 52").
 */
export function neighbourNumbers(s: SourceSentence): NumberMention[] {
  const text = s.st.text;
  const from = Math.max(0, s.from - NEIGHBOURHOOD), to = Math.min(text.length, s.to + NEIGHBOURHOOD);
  const out = findNumbers(text, from, to).filter((n) => n.span.end <= to);
  let lastNoun: string[] = [];
  for (const n of out) {
    if (n.kind !== 'count') continue;
    if (n.noun.length) lastNoun = n.noun;
    else if (lastNoun.length && /^\s*[.!?;]/.test(text.slice(n.span.end, n.span.end + 3))) n.noun = lastNoun;
  }
  return out;
}
