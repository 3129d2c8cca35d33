// Small readings of a reporting clause's subject, apart from the attributor: a pair of dashes setting off what
// commas would ("X – who leads Y – said"), a news agency as the subject, a description the draft gives no one.
import { gapBreak } from './clause-shape';
import type { Who } from './speaker-phrase';
import { isCap, type Word } from './words';

/**
 * The two places (word indices) of a pair of dashes setting off a phrase right before the verb at W[v] ("X – who leads
 * Y – said"), or none: the second dash just before the verb, the first within a dozen words before it, nothing else
 * breaking the clause between them.
 */
export function dashPair(text: string, W: Word[], from: number, v: number): number[] {
  if (v < 2 || !dashBefore(text, W, v)) return [];
  for (let i = v - 1; i > Math.max(from, v - 14); i--) {
    if (dashBefore(text, W, i)) return [i, v];
    if (gapBreak(text, W[i - 1], W[i]) === 'stop') return [];
  }
  return [];
}

/**
 * "the fire chief", "the harbour master": a description the draft gives no one (no holder of the role, no such
 * organization). Someone spoke, and the draft does not say who: no speaker, never the person talked about before.
 */
export function nobodyDescribed(W: Word[], s: number, e: number): Who | undefined {
  if (W[s].low !== 'the' || e - s < 2 || e - s > 4) return undefined;
  for (let i = s + 1; i < e; i++) if (!/^[a-z]+$/.test(W[i].w)) return undefined;
  return { unnamed: true, span: { start: W[s].start, end: W[e - 1].end } };
}

/** News agencies the cast reads as no name (a dateline's "(Reuters)", "(AP)"): as a subject, they speak. */
const AGENCIES = new Map([
  ['reuters', 'Reuters'],
  ['ap', 'AP'],
]);
/** '"…," Reuters reported.': the agency alone as the subject W[s, e). */
export function agency(W: Word[], s: number, e: number): Who | undefined {
  const name = e === s + 1 ? AGENCIES.get(W[s].low) : undefined;
  if (!name || !isCap(W[s].w)) return undefined;
  return { corpusRef: { kind: 'org', org: name, known: false }, span: { start: W[s].start, end: W[s].end } };
}

/** The word after the dash that closes the one before W[open], within 14 words and no other break. */
export function dashClose(text: string, W: Word[], open: number): number {
  for (let j = open + 1; j < W.length && j - open < 14; j++) {
    if (dashBefore(text, W, j)) return j;
    if (gapBreak(text, W[j - 1], W[j]) === 'stop') return -1;
  }
  return -1;
}

/** A dash alone between W[i - 1] and W[i]. */
export function dashBefore(text: string, W: Word[], i: number): boolean {
  return /^\s*(?:—|–|--|\s-)\s*$/.test(text.slice(W[i - 1].end, W[i].start));
}

/** The break between W[i - 1] and W[i], a dash of a pair (dashPair) counting as a comma. */
export function pairedGap(text: string, W: Word[], paired: number[], i: number) {
  return paired.includes(i) ? 'comma' : gapBreak(text, W[i - 1], W[i]);
}
