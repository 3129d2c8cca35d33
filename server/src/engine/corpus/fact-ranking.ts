// Ranking in a fact search: which words' postings are counted within a budget, and which candidates the counters'
// estimate sends on to exact scoring.
import type { HitCounter, PostingIndex } from './postings';

/** Sentences scored exactly per search (the best by the counters' estimate). */
export const MAX_SCORED = 150;

/** Postings counted per search, rarest words first (the rarest word is always counted). */
export const POSTING_BUDGET = 3000;

/**
 * Counts the postings of the rarest words within the budget; returns the words left out (in some posting but not
 * counted).
 */
export function countRarestFirst(
  index: PostingIndex,
  hs: number[],
  counter: HitCounter,
  budget: number,
  weights?: Map<number, number>,
): number[] {
  const words = hs
    .map((h) => ({ h, n: index.count(h) }))
    .filter((w) => w.n > 0)
    .sort((a, b) => a.n - b.n);
  let spent = 0,
    i = 0;
  for (; i < words.length; i++) {
    const w = words[i];
    if (spent && spent + w.n > budget) break;
    index.countInto(w.h, counter, weights?.get(w.h) ?? 1);
    spent += w.n;
  }
  return words.slice(i).map((w) => w.h);
}

/**
 * The `k` ids of highest estimate, highest first, ties in their given order (a counting sort: estimates are small
 * integers).
 */
export function bestByEstimate(ids: number[], est: number[], k: number): Int32Array {
  let max = 0;
  for (const e of est) if (e > max) max = e;
  const at = new Uint32Array(max + 2);
  for (const e of est) at[max - e + 1]++;
  for (let v = 1; v <= max + 1; v++) at[v] += at[v - 1];
  const out = new Int32Array(Math.min(k, ids.length));
  for (let i = 0; i < ids.length; i++) {
    const pos = at[max - est[i]]++;
    if (pos < out.length) out[pos] = ids[i];
  }
  return out;
}
