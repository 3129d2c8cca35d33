// The fact index: every sentence of the corpus with the content stems it
// has, so a fact check looks only at sentences that share words with the
// draft's sentence. Sentences live in flat typed arrays; postings go from
// stems to sentences and from metadata words (title, speaker, organization,
// place) to groups of sentences sharing them.
import type { SourceDoc, Statement } from './documents';
import type { Span } from '../types';
import type { WordScan } from '../text/word-hashes';
import { HitCounter, PostingIndex, U32List } from './postings';
import { PostingMerge } from './posting-merge';
import { hashString } from '../text/hash';
import { BoundedCache } from '../text/lru';
import { isAbbreviationDot, isBulletBreak } from '../text/sentence-breaks';
import { FactGroups } from './fact-groups';
import type { SpareArrays } from './spare-arrays';
import {
  closesSentence,
  DATED,
  endsWithQuestion,
  FLAG_SPAN,
  isQuestionerTurn,
  NUMERIC,
  QUESTION,
  wordInfo,
} from './fact-words';
import { bestByEstimate, countRarestFirst, MAX_SCORED, POSTING_BUDGET, rarestFirst, SearchWords } from './fact-ranking';

/** One sentence of a source: its statement, its place in the statement's text, its stems (hashed, sorted). */
export class SourceSentence {
  constructor(
    readonly id: number,
    readonly st: Statement,
    readonly from: number,
    readonly to: number,
    readonly index: FactIndex,
  ) {}
  get doc(): SourceDoc {
    return this.st.doc;
  }
  get title(): string | undefined {
    return this.st.title ?? this.st.doc.title;
  }
  get text(): string {
    return this.st.text.slice(this.from, this.to);
  }
  get span(): Span {
    return this.st.base !== undefined ? { start: this.st.base + this.from, end: this.st.base + this.to } : this.st.span;
  }
  get date(): string | undefined {
    return this.st.date ?? this.st.doc.date;
  }
  get speaker(): string | undefined {
    return this.st.person?.name ?? this.st.speaker;
  }
}

/** A sentence found by a search (by id: `sentence(id)` makes the object, for the few a check reads) and its score. */
export interface SentenceHit {
  id: number;
  score: number;
}

/**
 * The sentences of the corpus in flat typed arrays (statement id, span in
 * the statement, metadata group, sorted stem hashes), with postings from
 * stems to sentences and from metadata words to groups.
 */
export class FactIndex {
  private stOf = new U32List();
  private fromOf = new U32List();
  private toOf = new U32List();
  /** Per sentence: its metadata group times 8 plus its flags (NUMERIC, DATED, QUESTION: one read for both). */
  private groupFlags = new U32List();
  private stemStart = new U32List();
  private stems = new U32List();
  private text = new PostingIndex();
  private groups = new FactGroups();
  private frozen = false;

  constructor(private statements: Statement[]) {
    this.stemStart.push(0);
  }

  get size() {
    return this.stOf.length;
  }

  sentence(id: number): SourceSentence {
    return new SourceSentence(id, this.statements[this.stOf.get(id)], this.fromOf.get(id), this.toOf.get(id), this);
  }

  /** Room for about `words` more words in `statements` more statements (PostingIndex.expect). */
  expect(words: number, statements: number) {
    this.stems.expect(words);
    this.text.expect(words);
    // (about one sentence in eight words)
    const sentences = Math.ceil(words / 8);
    for (const l of [this.stOf, this.fromOf, this.toOf, this.groupFlags, this.stemStart]) l.expect(sentences);
    this.groups.expect(statements);
  }

  /** Adds the sentences of a statement, given its words (`scan` of its text). */
  add(st: Statement, scan: WordScan) {
    if (st.base === undefined && st.doc.kind !== 'jsonl') return;
    if (this.memo.size) this.memo.clear(); // searches made before this statement came do not know it
    const doc = st.doc;
    const g = this.groups.of(st);
    const questioner = isQuestionerTurn(st);
    // Sentences end where . ! ? stand between two words.
    let first = 0;
    const text = st.text,
      n = scan.count,
      starts = scan.starts,
      ends = scan.ends;
    if (this.scratch.length < n) this.scratch = new Uint32Array(n * 2);
    for (let i = 0; i < n; i++) {
      let last = i === n - 1;
      if (!last) {
        let newline = false;
        for (let c = ends[i], e = starts[i + 1]; c < e; c++) {
          const ch = text.charCodeAt(c);
          if (ch === 10 || ch === 13) newline = true;
          else if (ch === 33 || ch === 63 || (ch === 46 && !isAbbreviationDot(text, c))) {
            last = true;
            break;
          }
        }
        // Each item of a bulleted list is a sentence of its own.
        if (!last && newline && isBulletBreak(text, ends[i], starts[i + 1])) last = true;
      }
      if (!last) continue;
      const from = starts[first];
      let to = ends[i];
      while (to < text.length && closesSentence(text.charCodeAt(to))) to++;
      let flags = ((st.date ?? doc.date) ? DATED : 0) | (questioner || endsWithQuestion(text, from, to) ? QUESTION : 0),
        m = 0;
      const hs = this.scratch;
      for (let k = first; k <= i; k++) {
        const info = wordInfo(scan.hashes[k], text, starts[k], ends[k]);
        if (info & 1) flags |= NUMERIC;
        const h = Math.floor(info / 2);
        if (h) hs[m++] = h;
      }
      // The sentence's stems, sorted, each once.
      const sorted = hs.subarray(0, m).sort();
      let d = 0;
      for (let k = 0; k < m; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[d++] = sorted[k];
      const id = this.stOf.length;
      this.stOf.push(st.id);
      this.fromOf.push(from);
      this.toOf.push(to);
      this.groupFlags.push(g * FLAG_SPAN + flags);
      this.stems.pushAll(sorted, d);
      this.text.addKeys(sorted, d, id);
      this.stemStart.push(this.stems.length);
      if (this.frozen) this.groups.addLate(g, id);
      first = i + 1;
    }
  }
  private scratch = new Uint32Array(256);

  remove(st: Statement) {
    for (let i = 0; i < this.stOf.length; i++) if (this.stOf.get(i) === st.id) this.text.dead.add(i);
    this.memo.clear();
  }

  freeze() {
    for (const _ of this.freezing()) {
      /* all at once */
    }
  }

  /**
   * freeze() in steps, each a pause of its own (the corpus build yields to the event loop between them); `spare`: large
   * arrays other indexes are done with, for the sorts.
   */
  *freezing(spare?: SpareArrays): Generator<void> {
    this.memo.clear();
    this.text.freeze(spare);
    yield;
    this.groups.freezePostings(spare);
    for (const l of [this.stOf, this.fromOf, this.toOf, this.groupFlags, this.stemStart, this.stems]) l.trim();
    yield;
    if (!this.frozen) {
      this.groups.list(this.groupFlags, FLAG_SPAN);
      this.frozen = true;
    }
  }
  clearMemo() {
    this.memo.clear();
  }

  /** The index as typed arrays, for the on-disk cache. */
  dump(): Record<string, Uint32Array> {
    this.freeze();
    if (this.groups.stale) this.groups.list(this.groupFlags, FLAG_SPAN);
    const text = this.text.arrays();
    return {
      stOf: this.stOf.data,
      fromOf: this.fromOf.data,
      toOf: this.toOf.data,
      groupFlags: this.groupFlags.data,
      stemStart: this.stemStart.data,
      stems: this.stems.data,
      textKeys: text.keys,
      textOffsets: text.offsets,
      textIds: text.ids,
      ...this.groups.dump(),
    };
  }

  static restore(statements: Statement[], a: Record<string, Uint32Array>): FactIndex {
    const f = new FactIndex(statements);
    f.stOf = U32List.of(a.stOf);
    f.fromOf = U32List.of(a.fromOf);
    f.toOf = U32List.of(a.toOf);
    f.groupFlags = U32List.of(a.groupFlags);
    f.stemStart = U32List.of(a.stemStart);
    f.stems = U32List.of(a.stems);
    f.text = PostingIndex.fromArrays(a.textKeys, a.textOffsets, a.textIds);
    f.groups = FactGroups.restore(a);
    f.frozen = true;
    return f;
  }

  /**
   * Sentences sharing at least `min` of the draft's content words (words of
   * a document's title, speaker or organization count 0.7), each with its
   * score: the share of the draft words' weight it has, each word weighing
   * by its rarity in the corpus.
   */
  search(draft: Set<string>, min: number, opts: SearchOptions = {}): SentenceHit[] {
    if (!draft.size) return [];
    const key = `${[...draft].sort().join(' ')}\u0001${min}\u0001${opts.numeric ? 'n' : ''}${opts.dated ? 'd' : ''}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const r = this.searchUncached(draft, min, opts);
    this.memo.set(key, r, 2 * key.length + 32 * r.length + 100);
    return r;
  }
  private textMerge = new PostingMerge();
  private cands = new Candidates();
  private mgf = new Uint32Array(1024);
  /** Per sentence, a bit: met by a text word of the search under way (cleared after it). */
  private inText = new Uint32Array(0);
  private metaCounter = new HitCounter();
  private memo = new BoundedCache<string, SentenceHit[]>(4_000_000);

  private searchUncached(draft: Set<string>, min: number, opts: SearchOptions): SentenceHit[] {
    const words = new SearchWords([...draft].map(hashString), this.text, Math.max(1, this.stOf.length));
    const hs = words.hs,
      wt = words.weights;
    // Rare words say which sentences report the same thing; common ones say little and cost most. Words are
    // counted rarest first within a budget of postings (so a search costs about the same in any size of corpus);
    // the words left out still count in the exact score below.
    const { taken, left: uncounted } = rarestFirst(words.counts, POSTING_BUDGET);
    const merged = this.textMerge;
    merged.merge(
      taken.map((k) => this.text.list(words.slots[k], hs[k])),
      taken.map((k) => wt[k]),
    );
    const metaHits = this.metaCounter;
    metaHits.reset();
    const metaSlots = hs.map((h) => this.groups.postings.slot(h));
    const metaCounts = hs.map((h, k) => this.groups.postings.countAt(metaSlots[k], h));
    const allMeta =
      countRarestFirst(this.groups.postings, metaSlots, metaCounts, hs, metaHits, POSTING_BUDGET / 4).length === 0;
    // An estimate from the counters (10 a text hit, 7 a metadata hit) picks the best few hundred; those are scored
    // exactly. Candidates go in the order a counter would meet them: the rarest word's sentences first.
    const need = min * hs.length;
    const gf = this.groupFlags.data;
    const c = this.cands;
    c.length = 0;
    // A question's sentences are never found (the test below needs the QUESTION bit clear).
    const want = (opts.numeric ? NUMERIC : 0) | (opts.dated ? DATED : 0) | QUESTION,
      wanted = want & ~QUESTION;
    const anyMeta = metaHits.touched.length > 0;
    // (each sentence's group and flags read in id order, then the candidates taken in the counter's order)
    const n = merged.length,
      ids = merged.ids;
    if (this.mgf.length < n) this.mgf = new Uint32Array(2 * n);
    const mgf = this.mgf;
    for (let p = 0; p < n; p++) mgf[p] = gf[ids[p]];
    for (const p of merged.byFirst(taken.length)) {
      const x = mgf[p];
      if ((x & want) === wanted)
        c.add(ids[p], x, merged.counts[p], merged.sums[p], anyMeta ? metaHits.get(Math.floor(x / FLAG_SPAN)) : 0);
    }
    if (anyMeta) this.addGroupSentences(c, metaHits, need, want, wanted);
    const candidates = c.length <= MAX_SCORED ? undefined : bestByEstimate(c.est, c.length, MAX_SCORED);
    const out: SentenceHit[] = [];
    const dead = this.text.dead.size ? this.text.dead : undefined;
    const inStems = words.mark,
      stems = this.stems.data,
      starts = this.stemStart.data;
    for (let i = 0, e = candidates ? candidates.length : c.length; i < e; i++) {
      const at = candidates ? candidates[i] : i;
      const id = c.ids[at];
      if (dead?.has(id)) continue;
      const g = Math.floor(c.gf[at] / FLAG_SPAN);
      let inText = 0,
        inMeta = 0,
        weight = 0;
      words.markIn(stems, starts[id], starts[id + 1]);
      if (allMeta && metaHits.get(g) === 0) {
        // No word in the metadata: the merge has the text hits (and their weight) of the words counted; look up the
        // others.
        inText = c.count[at];
        weight = c.sum[at];
        for (const k of uncounted)
          if (inStems[k]) {
            inText++;
            weight += wt[k];
          }
      } else
        for (let k = 0; k < hs.length; k++) {
          if (inStems[k]) {
            inText++;
            weight += wt[k];
          } else if (this.groups.has(g, hs[k])) {
            inMeta++;
            weight += 0.7 * wt[k];
          }
        }
      // The share of the draft's words decides whether a sentence counts; the share of their weight ranks it.
      if ((inText + 0.7 * inMeta) / hs.length < min) continue;
      out.push({ id, score: weight / words.total });
    }
    return out;
  }

  /**
   * A document whose title, speaker or organization shares two or more words: all its sentences may report the
   * event (those no text word met).
   */
  private addGroupSentences(c: Candidates, metaHits: HitCounter, need: number, want: number, wanted: number) {
    const merged = this.textMerge,
      gf = this.groupFlags.data;
    if (this.inText.length * 32 < this.stOf.length) this.inText = new Uint32Array((this.stOf.length >>> 5) + 1);
    const bits = this.inText;
    for (let p = 0; p < merged.length; p++) bits[merged.ids[p] >>> 5] |= 1 << (merged.ids[p] & 31);
    for (const g of metaHits.touched) {
      const m = metaHits.get(g);
      if (m >= 2 && m * 0.7 >= need * 0.3 && this.groups.size(g) <= 400)
        this.groups.forSentences(g, (id) => {
          if (!(bits[id >>> 5] & (1 << (id & 31))) && (gf[id] & want) === wanted) c.add(id, gf[id], 0, 0, m);
        });
    }
    for (let p = 0; p < merged.length; p++) bits[merged.ids[p] >>> 5] = 0;
  }
}

/**
 * A search's candidates, in typed arrays kept from search to search: id, group and flags, text hits and their weight,
 * and the estimate (per candidate).
 */
class Candidates {
  length = 0;
  ids = new Uint32Array(1024);
  gf = new Uint32Array(1024);
  count = new Uint16Array(1024);
  sum = new Float32Array(1024);
  est = new Uint32Array(1024);
  /** A candidate with `count` text hits and `meta` metadata hits (estimate: 10 a text hit, 7 a metadata hit). */
  add(id: number, gf: number, count: number, sum: number, meta: number) {
    if (this.length === this.ids.length) this.grow();
    const i = this.length++;
    this.ids[i] = id;
    this.gf[i] = gf;
    this.count[i] = count;
    this.sum[i] = sum;
    this.est[i] = 10 * count + 7 * meta;
  }
  private grow() {
    const n = this.ids.length * 2;
    const more = <T extends Uint32Array | Uint16Array | Float32Array>(a: T, b: T) => (b.set(a), b);
    this.ids = more(this.ids, new Uint32Array(n));
    this.gf = more(this.gf, new Uint32Array(n));
    this.count = more(this.count, new Uint16Array(n));
    this.sum = more(this.sum, new Float32Array(n));
    this.est = more(this.est, new Uint32Array(n));
  }
}

/** What the sentences found must have: a figure or number word, a date (their own or their document's). */
export interface SearchOptions {
  numeric?: boolean;
  dated?: boolean;
}
