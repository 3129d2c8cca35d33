// The fact index: every sentence of the corpus with the content stems it
// has, so a fact check looks only at sentences that share words with the
// draft's sentence. Sentences live in flat typed arrays; postings go from
// stems to sentences and from metadata words (title, speaker, organization,
// place) to groups of sentences sharing them.
import type { SourceDoc, Statement } from './documents';
import type { Span } from '../types';
import type { WordScan } from '../text/word-hashes';
import { HitCounter, PostingIndex, sortedRunHas, U32List } from './postings';
import { hashString } from '../text/hash';
import { BoundedCache } from '../text/lru';
import { isAbbreviationDot, isBulletBreak } from '../text/sentence-breaks';
import { FactGroups } from './fact-groups';
import type { SpareArrays } from './spare-arrays';
import { closesSentence, DATED, endsWithQuestion, isQuestionerTurn, NUMERIC, QUESTION, wordInfo } from './fact-words';
import { bestByEstimate, countRarestFirst, MAX_SCORED, POSTING_BUDGET } from './fact-ranking';

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
  private groupIds = new U32List();
  private stemStart = new U32List();
  private stems = new U32List();
  /** Per sentence: NUMERIC when it has a figure or a number word, DATED when its statement or document has a date. */
  private flags = new U32List();
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
  private sentenceHas(id: number, h: number): boolean {
    return sortedRunHas(this.stems.data, this.stemStart.get(id), this.stemStart.get(id + 1), h);
  }

  /** Room for about `words` more words in `statements` more statements (PostingIndex.expect). */
  expect(words: number, statements: number) {
    this.stems.expect(words);
    this.text.expect(words);
    // (about one sentence in eight words)
    const sentences = Math.ceil(words / 8);
    for (const l of [this.stOf, this.fromOf, this.toOf, this.groupIds, this.stemStart, this.flags]) l.expect(sentences);
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
      this.groupIds.push(g);
      this.flags.push(flags);
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
    for (const l of [this.stOf, this.fromOf, this.toOf, this.groupIds, this.stemStart, this.stems, this.flags])
      l.trim();
    yield;
    if (!this.frozen) {
      this.groups.list(this.groupIds);
      this.frozen = true;
    }
  }
  clearMemo() {
    this.memo.clear();
  }

  /** The index as typed arrays, for the on-disk cache. */
  dump(): Record<string, Uint32Array> {
    this.freeze();
    if (this.groups.stale) this.groups.list(this.groupIds);
    const text = this.text.arrays();
    return {
      stOf: this.stOf.data,
      fromOf: this.fromOf.data,
      toOf: this.toOf.data,
      groupIds: this.groupIds.data,
      stemStart: this.stemStart.data,
      stems: this.stems.data,
      flags: this.flags.data,
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
    f.groupIds = U32List.of(a.groupIds);
    f.stemStart = U32List.of(a.stemStart);
    f.stems = U32List.of(a.stems);
    f.flags = U32List.of(a.flags);
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
  private textCounter = new HitCounter(true);
  private candScratch: number[] = [];
  private estScratch: number[] = [];
  private metaCounter = new HitCounter();
  private memo = new BoundedCache<string, SentenceHit[]>(4_000_000);

  private searchUncached(draft: Set<string>, min: number, opts: SearchOptions): SentenceHit[] {
    const hs = [...draft].map(hashString);
    const textHits = this.textCounter,
      metaHits = this.metaCounter;
    textHits.reset();
    metaHits.reset();
    // Rare words say which sentences report the same thing; common ones say little and cost most. Words are
    // counted rarest first within a budget of postings (so a search costs about the same in any size of corpus);
    // the words left out still count in the exact score below.
    // Each word weighs by its rarity (an inverse document frequency): sharing a place name says more than sharing
    // "rose".
    const n = Math.max(1, this.stOf.length);
    const weights = new Map(hs.map((h) => [h, Math.log(1 + n / (1 + this.text.count(h)))]));
    const total = [...weights.values()].reduce((a, b) => a + b, 0);
    const uncounted = countRarestFirst(this.text, hs, textHits, POSTING_BUDGET, weights);
    const allMeta = countRarestFirst(this.groups.postings, hs, metaHits, POSTING_BUDGET / 4).length === 0;
    // An estimate from the counters (10 a text hit, 7 a metadata hit) picks the best few hundred; those are scored
    // exactly.
    const need = min * hs.length;
    const gIds = this.groupIds.data;
    const cand = this.candScratch,
      est = this.estScratch;
    cand.length = 0;
    est.length = 0;
    const flags = this.flags.data,
      want = (opts.numeric ? NUMERIC : 0) | (opts.dated ? DATED : 0) | QUESTION;
    // A question's sentences are never found (the `want` test below needs the QUESTION bit clear).
    const has = (id: number) => (flags[id] & want) === (want & ~QUESTION);
    for (const id of textHits.touched)
      if (has(id)) {
        cand.push(id);
        est.push(10 * textHits.get(id) + 7 * metaHits.get(gIds[id]));
      }
    for (const g of metaHits.touched) {
      const m = metaHits.get(g);
      // A document whose title, speaker or organization shares two or more words: all its sentences may report the
      // event.
      if (m >= 2 && m * 0.7 >= need * 0.3 && this.groups.size(g) <= 400)
        this.groups.forSentences(g, (id) => {
          if (textHits.get(id) === 0 && has(id)) {
            cand.push(id);
            est.push(7 * m);
          }
        });
    }
    const candidates = cand.length <= MAX_SCORED ? cand : bestByEstimate(cand, est, MAX_SCORED);
    const out: SentenceHit[] = [];
    const dead = this.text.dead.size ? this.text.dead : undefined;
    for (const id of candidates) {
      if (dead?.has(id)) continue;
      const g = gIds[id];
      let inText = 0,
        inMeta = 0,
        weight = 0;
      if (allMeta && metaHits.get(g) === 0) {
        // No word in the metadata: the counter has the text hits (and their weight) of the words counted; look up the
        // others.
        inText = textHits.get(id);
        weight = textHits.weight(id);
        for (const h of uncounted)
          if (this.sentenceHas(id, h)) {
            inText++;
            weight += weights.get(h)!;
          }
      } else
        for (const h of hs) {
          if (this.sentenceHas(id, h)) {
            inText++;
            weight += weights.get(h)!;
          } else if (this.groups.has(g, h)) {
            inMeta++;
            weight += 0.7 * weights.get(h)!;
          }
        }
      // The share of the draft's words decides whether a sentence counts; the share of their weight ranks it.
      if ((inText + 0.7 * inMeta) / hs.length < min) continue;
      out.push({ id, score: weight / total });
    }
    return out;
  }
}

/** What the sentences found must have: a figure or number word, a date (their own or their document's). */
export interface SearchOptions {
  numeric?: boolean;
  dated?: boolean;
}
