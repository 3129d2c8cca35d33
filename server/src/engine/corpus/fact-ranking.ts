// Ranking in a fact search: which words' postings are counted within a budget, and which candidates the counters'
// estimate sends on to exact scoring.
import { sortedRunHas } from './postings';
import type { HitCounter, PostingIndex } from './postings';

/** Sentences scored exactly per search (the best by the counters' estimate). */
export const MAX_SCORED = 150;

/** Postings counted per search, rarest words first (the rarest word is always counted). */
export const POSTING_BUDGET = 3000;

/**
 * The rarest words within a budget of postings (word k with `counts[k]` postings; the rarest is always taken): their
 * positions, rarest first, and the positions of the words left out (in some posting but over the budget).
 */
export function rarestFirst(counts: ArrayLike<number>, budget: number): { taken: number[]; left: number[] } {
  const words: number[] = [];
  for (let k = 0; k < counts.length; k++) if (counts[k] > 0) words.push(k);
  words.sort((a, b) => counts[a] - counts[b]);
  let spent = 0,
    i = 0;
  for (; i < words.length; i++) {
    if (spent && spent + counts[words[i]] > budget) break;
    spent += counts[words[i]];
  }
  return { taken: words.slice(0, i), left: words.slice(i) };
}

/** Counts the postings of the rarest words within the budget (rarestFirst); returns the words left out. */
export function countRarestFirst(
  index: PostingIndex,
  slots: ArrayLike<number>,
  counts: ArrayLike<number>,
  hs: number[],
  counter: HitCounter,
  budget: number,
): number[] {
  const { taken, left } = rarestFirst(counts, budget);
  for (const k of taken) index.countInto(hs[k], counter, slots[k]);
  return left;
}

/**
 * The words of one search: their hashes, where their postings are, their weights (each word weighs by its rarity, an
 * inverse document frequency: sharing a place name says more than sharing "rose"), and which of them a sentence has.
 */
export class SearchWords {
  readonly slots: Int32Array;
  readonly counts: Uint32Array;
  readonly weights: Float64Array;
  /** The weight of the words, each hash once. */
  readonly total: number = 0;
  /** After markIn: 1 for each word the sentence has. */
  readonly mark: Uint8Array;
  /** Positions of the words by hash, and the hashes in that order. */
  private order: number[];
  private sorted: Uint32Array;

  constructor(
    readonly hs: number[],
    index: PostingIndex,
    sentences: number,
  ) {
    const m = hs.length;
    this.slots = new Int32Array(m);
    this.counts = new Uint32Array(m);
    this.weights = new Float64Array(m);
    this.mark = new Uint8Array(m);
    for (let k = 0; k < m; k++) {
      this.slots[k] = index.slot(hs[k]);
      this.counts[k] = index.countAt(this.slots[k], hs[k]);
      this.weights[k] = Math.log(1 + sentences / (1 + this.counts[k]));
      if (hs.indexOf(hs[k]) === k) this.total += this.weights[k];
    }
    this.order = hs.map((_, k) => k).sort((a, b) => hs[a] - hs[b]);
    this.sorted = Uint32Array.from(this.order, (k) => hs[k]);
  }

  /** Marks the words the sorted run `a[lo..hi)` has (merging the two sorted lists; binary searches in a long run). */
  markIn(a: Uint32Array, lo: number, hi: number) {
    const m = this.sorted.length,
      order = this.order,
      mark = this.mark;
    if (hi - lo > 4 * m) {
      for (let j = 0; j < m; j++) mark[order[j]] = sortedRunHas(a, lo, hi, this.sorted[j]) ? 1 : 0;
      return;
    }
    let p = lo;
    for (let j = 0; j < m; j++) {
      const h = this.sorted[j];
      while (p < hi && a[p] < h) p++;
      mark[order[j]] = p < hi && a[p] === h ? 1 : 0;
    }
  }
}

/**
 * The positions of the `k` highest of the first `n` estimates, highest first, ties in their given order (a counting
 * sort: estimates are small integers).
 */
export function bestByEstimate(est: ArrayLike<number>, n: number, k: number): Int32Array {
  let max = 0;
  for (let i = 0; i < n; i++) if (est[i] > max) max = est[i];
  const at = new Uint32Array(max + 2);
  for (let i = 0; i < n; i++) at[max - est[i] + 1]++;
  for (let v = 1; v <= max + 1; v++) at[v] += at[v - 1];
  const out = new Int32Array(Math.min(k, n));
  for (let i = 0; i < n; i++) {
    const pos = at[max - est[i]]++;
    if (pos < out.length) out[pos] = i;
  }
  return out;
}
