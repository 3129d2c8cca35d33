// The quotation index: word trigrams (and single words, for fragments of one
// or two words and heavily changed quotations) to the statements that contain
// them. Candidates for a quotation are the statements sharing the most of its
// n-grams; the aligner then decides.
import type { Statement } from './documents';
import { HitCounter, PostingIndex } from './postings';
import { hash3, hashString } from '../text/hash';
import type { WordScan } from '../text/word-hashes';

/** Single words in more statements than this are too common to rank candidates by. */
const COMMON = 20000;
/** Trigrams in more statements than this are set phrases, not evidence of a quotation. */
const COMMON_TRIGRAM = 3000;
/**
 * Postings of trigrams counted per quotation (the rarest trigrams first; the one that crosses the budget is still
 * counted).
 */
const TRIGRAM_BUDGET = 12000;

export class NgramIndex {
  tri = new PostingIndex();
  uni = new PostingIndex();

  constructor(readonly statements: Statement[]) {}

  /** Room for about `words` more words of statements (PostingIndex.expect). */
  expect(words: number) {
    this.tri.expect(words);
    this.uni.expect(words);
  }

  /** Indexes statement `st` (its id is its place in `statements`), given its words (`scan` of its text). */
  add(st: Statement, scan: WordScan) {
    const n = scan.count,
      h = scan.hashes;
    if (this.scratch.length < n) this.scratch = new Uint32Array(n * 2);
    // (each trigram and each word makes one posting per statement however often it stands there)
    const keys = this.scratch;
    let m = 0;
    for (let i = 0; i + 2 < n; i++) keys[m++] = hash3(h[i], h[i + 1], h[i + 2]);
    this.tri.addKeys(keys, m, st.id);
    this.uni.addKeys(keys, this.words.distinct(h, n, keys), st.id);
  }
  private scratch = new Uint32Array(256);
  private words = new DistinctWords();
  private counter = new HitCounter();

  remove(st: Statement) {
    this.tri.dead.add(st.id);
    this.uni.dead.add(st.id);
  }

  freeze() {
    this.tri.freeze();
    this.uni.freeze();
  }

  /** Statements sharing the most trigrams with `words` (or rare single words, for short fragments), best first. */
  candidates(words: string[], limit = 12, filter?: (s: Statement) => boolean): Statement[] {
    const counts = this.counter;
    counts.reset();
    const hit = (id: number) => counts.hit(id);
    const h = words.map(hashString);
    if (h.length >= 3) {
      // Rarest trigrams first, within a budget of postings: a trigram in very many statements says little about
      // which one is quoted (and costs most); the statement quoted shares the rare ones too.
      const tris: { k: number; at: number; n: number }[] = [];
      for (let i = 0; i + 2 < h.length; i++) {
        const k = hash3(h[i], h[i + 1], h[i + 2]),
          at = this.tri.slot(k);
        tris.push({ k, at, n: this.tri.countAt(at, k) });
      }
      const rare = tris.filter((t) => t.n > 0 && t.n <= COMMON_TRIGRAM).sort((a, b) => a.n - b.n);
      let spent = 0;
      if (rare.length >= 2)
        for (const t of rare) {
          if (spent > TRIGRAM_BUDGET) break;
          this.tri.countInto(t.k, counts, t.at);
          spent += t.n;
        }
      else
        for (const t of tris.sort((a, b) => a.n - b.n).slice(0, 4))
          if (t.n <= 20000) this.tri.countInto(t.k, counts, t.at);
          else this.tri.forEach(t.k, hit, 20000);
    }
    if (counts.touched.length === 0 || h.length < 3) {
      const ws = [...new Set(h)]
        .map((k) => ({ k, n: this.uni.count(k) }))
        .filter((x) => x.n > 0 && x.n < COMMON)
        .sort((a, b) => a.n - b.n)
        .slice(0, 6);
      for (const { k, n } of ws)
        if (n <= 5000) this.uni.countInto(k, counts);
        else this.uni.forEach(k, hit, 5000);
    }
    return this.best(limit, filter);
  }

  /**
   * The `limit` statements with most hits (ties by id) that pass the filter. One pass counts the ids per count; the
   * ids above the count where `limit` is reached are few and sorted, and of that count's ids (often thousands) only
   * the smallest few are picked, which is enough unless the filter turns some down (then bestByCounting decides).
   */
  private best(limit: number, filter?: (s: Statement) => boolean): Statement[] {
    const counts = this.counter,
      touched = counts.touched,
      n = touched.length;
    const out: Statement[] = [];
    if (!n || limit <= 0) return out;
    let hist = this.hist,
      max = 0;
    for (let i = 0; i < n; i++) {
      const c = counts.get(touched[i]);
      if (c >= hist.length) {
        const h = new Uint32Array(2 * c + 2);
        h.set(hist);
        this.hist = hist = h;
      }
      hist[c]++;
      if (c > max) max = c;
    }
    // th: the count whose ids reach `limit` with those above it (or 1); above: how many have more hits than th
    let th = max,
      above = 0;
    for (; th > 1; th--) {
      if (above + hist[th] >= limit) break;
      above += hist[th];
    }
    const edgeSize = hist[th];
    hist.fill(0, 0, max + 1);
    // The ids above th, and the smallest `pick` ids of th's bucket in order (an insertion into a short buffer).
    const top: number[] = [];
    const pick = Math.min(edgeSize, limit - above);
    if (this.pickIds.length < pick) this.pickIds = new Int32Array(2 * pick);
    const ids = this.pickIds;
    let size = 0;
    for (let i = 0; i < n; i++) {
      const id = touched[i],
        c = counts.get(id);
      if (c > th) top.push(id);
      else if (c === th && pick) {
        let j = size;
        if (j === pick) {
          if (id >= ids[pick - 1]) continue;
          j--;
        } else size++;
        for (; j > 0 && ids[j - 1] > id; j--) ids[j] = ids[j - 1];
        ids[j] = id;
      }
    }
    top.sort((a, b) => counts.get(b) - counts.get(a) || a - b);
    for (const id of top) {
      const st = this.statements[id];
      if (!filter || filter(st)) out.push(st);
    }
    for (let k = 0; k < size && out.length < limit; k++) {
      const st = this.statements[ids[k]];
      if (!filter || filter(st)) out.push(st);
    }
    // Short of `limit`: the filter turned some down, and ids the pick left out (or of lower counts) may follow.
    if (out.length < limit && (pick < edgeSize || th > 1)) return this.bestByCounting(limit, filter);
    return out;
  }
  private hist = new Uint32Array(64);
  private pickIds = new Int32Array(64);

  /**
   * The `limit` statements with most hits (ties by id) that pass the filter: the touched ids are sorted into
   * buckets by count (a counting sort), and the buckets read from the highest count down, each in id order,
   * asking the filter only until enough have passed.
   */
  private bestByCounting(limit: number, filter?: (s: Statement) => boolean): Statement[] {
    const counts = this.counter,
      touched = counts.touched;
    let max = 0;
    for (const id of touched) {
      const c = counts.get(id);
      if (c > max) max = c;
    }
    // at[c]: where the bucket of count c starts, highest count first.
    const at = new Uint32Array(max + 2);
    for (const id of touched) at[max - counts.get(id) + 1]++;
    for (let c = 1; c <= max + 1; c++) at[c] += at[c - 1];
    const byCount = new Int32Array(touched.length);
    const next = at.slice();
    for (const id of touched) byCount[next[max - counts.get(id)]++] = id;
    const out: Statement[] = [];
    for (let b = 0; b <= max && out.length < limit; b++) {
      const bucket = byCount.subarray(at[b], at[b + 1]).sort();
      for (let k = 0; k < bucket.length && out.length < limit; k++) {
        const st = this.statements[bucket[k]];
        if (!filter || filter(st)) out.push(st);
      }
    }
    return out;
  }
}

/**
 * A statement's distinct words, found through a small hash table whose slots are marked with the call they were
 * filled in (so it is never cleared). Repeated words would make one posting anyway (PostingIndex.freeze()); left out
 * here, they cost the sort nothing.
 */
export class DistinctWords {
  private slots = new Uint32Array(1024);
  private marks = new Uint32Array(1024);
  private mark = 0;
  /** 32 − log2(slots): a value's first slot is the high bits of its multiplicative hash. */
  private shift = 22;

  /** Writes the distinct values of h[0, n) to `out`, in order, and returns how many; out may be h. */
  distinct(h: Uint32Array, n: number, out: Uint32Array): number {
    // At most half full.
    if (2 * n > this.slots.length) {
      let size = this.slots.length;
      while (2 * n > size) {
        size *= 2;
        this.shift--;
      }
      this.slots = new Uint32Array(size);
      this.marks = new Uint32Array(size);
      this.mark = 0;
    }
    if (++this.mark === 0xffffffff) {
      this.marks.fill(0);
      this.mark = 1;
    }
    const slots = this.slots,
      marks = this.marks,
      mark = this.mark,
      mask = slots.length - 1;
    let m = 0;
    for (let i = 0; i < n; i++) {
      const v = h[i];
      let j = Math.imul(v, 0x9e3779b1) >>> this.shift;
      for (; marks[j] === mark; j = (j + 1) & mask) if (slots[j] === v) break;
      if (marks[j] === mark) continue;
      marks[j] = mark;
      slots[j] = v;
      out[m++] = v;
    }
    return m;
  }
}
