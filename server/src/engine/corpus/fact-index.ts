// The fact index: every sentence of the corpus with the content stems it
// has, so a fact check looks only at sentences that share words with the
// draft's sentence. Sentences live in flat typed arrays; postings go from
// stems to sentences and from metadata words (title, speaker, organization,
// place) to groups of sentences sharing them.
import type { SourceDoc, Statement } from './documents';
import type { Span } from '../types';
import { normalizeWord } from '../text/tokens';
import type { WordScan } from '../text/word-hashes';
import { contentStem, contentStems, mayBeNumber } from '../text/content-words';
import { HitCounter, PostingIndex, U32List } from './postings';
import { hashString } from '../text/hash';
import { BoundedCache } from '../text/lru';
import { isAbbreviationDot, isBulletBreak } from '../text/sentence-breaks';

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

/** Sentences scored exactly per search (the best by the counters' estimate). */
const MAX_SCORED = 150;
/**
 * Per word (by the hash of its normal form): its content stem's hash × 2 (0 when not a content word), + 1 when it may
 * be a number.
 */
const WORD_INFO = new Map<number, number>();

function wordInfo(wordHash: number, text: string, start: number, end: number): number {
  let v = WORD_INFO.get(wordHash);
  if (v !== undefined) return v;
  const w = normalizeWord(text.slice(start, end));
  const s = contentStem(w);
  v = (s === undefined ? 0 : hashString(s) || 1) * 2 + (mayBeNumber(w) ? 1 : 0);
  if (WORD_INFO.size < 1_000_000) WORD_INFO.set(wordHash, v);
  return v;
}

/** Characters that may close a sentence after its last word. */
function closesSentence(ch: number): boolean {
  return ch === 46 || ch === 33 || ch === 63 || ch === 34 || ch === 0x201d || ch === 0x2019 || ch === 41;
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
  /**
   * Groups: sentences sharing a document and its metadata (title, speaker,
   * organization, place), whose words count for all of them. Each group's
   * metadata stems are sorted in `metaStems`, from `metaStart[g]`; its
   * sentences are listed (by id) in `groupSents` from `groupSentStart[g]`,
   * made at freeze(), and in `lateSents` for sentences added after it.
   */
  private metaStart = new U32List();
  private metaStems = new U32List();
  private metaPostings = new PostingIndex();
  private groupSentStart: Uint32Array = new Uint32Array(1);
  private groupSents: Uint32Array = new Uint32Array(0);
  private lateSents = new Map<number, number[]>();
  /**
   * Groups by document and metadata, while statements are added (dropped at freeze: later additions come a whole file
   * at a time).
   */
  private groupOf = new Map<SourceDoc, Map<string, number>>();
  /** Stems of a metadata field's text (a title, a speaker, an organization, a place). */
  private metaMemo = new Map<string, number[]>();
  private frozen = false;

  constructor(private statements: Statement[]) {
    this.stemStart.push(0);
    this.metaStart.push(0);
  }

  private get groupCount() {
    return this.metaStart.length - 1;
  }
  private groupSize(g: number): number {
    return (
      (g + 1 < this.groupSentStart.length ? this.groupSentStart[g + 1] - this.groupSentStart[g] : 0) +
      (this.lateSents.get(g)?.length ?? 0)
    );
  }
  private forGroupSentences(g: number, fn: (id: number) => void) {
    if (g + 1 < this.groupSentStart.length)
      for (let i = this.groupSentStart[g], e = this.groupSentStart[g + 1]; i < e; i++) fn(this.groupSents[i]);
    const late = this.lateSents.get(g);
    if (late) for (const id of late) fn(id);
  }
  private metaHas(g: number, h: number): boolean {
    const a = this.metaStems.data;
    let lo = this.metaStart.get(g),
      hi = this.metaStart.get(g + 1) - 1;
    while (lo <= hi) {
      const m = (lo + hi) >>> 1;
      if (a[m] === h) return true;
      if (a[m] < h) lo = m + 1;
      else hi = m - 1;
    }
    return false;
  }

  get size() {
    return this.stOf.length;
  }

  sentence(id: number): SourceSentence {
    return new SourceSentence(id, this.statements[this.stOf.get(id)], this.fromOf.get(id), this.toOf.get(id), this);
  }
  private sentenceHas(id: number, h: number): boolean {
    const a = this.stems.data;
    let lo = this.stemStart.get(id),
      hi = this.stemStart.get(id + 1) - 1;
    while (lo <= hi) {
      const m = (lo + hi) >>> 1;
      if (a[m] === h) return true;
      if (a[m] < h) lo = m + 1;
      else hi = m - 1;
    }
    return false;
  }

  /** Adds the sentences of a statement, given its words (`scan` of its text). */
  add(st: Statement, scan: WordScan) {
    if (st.base === undefined && st.doc.kind !== 'jsonl') return;
    if (this.memo.size) this.memo.clear(); // searches made before this statement came do not know it
    const doc = st.doc;
    const title = st.title ?? doc.title,
      speaker = st.person?.name ?? st.speaker;
    let groups = this.groupOf.get(doc);
    if (!groups) {
      groups = new Map();
      this.groupOf.set(doc, groups);
    }
    const gkey = `${title ?? ''}\u0001${speaker ?? ''}\u0001${st.organization ?? ''}`;
    let g = groups.get(gkey);
    if (g === undefined) {
      g = this.groupCount;
      // The stems of each field (few distinct titles, speakers, organizations and places), merged.
      const meta: number[] = [];
      for (const field of [title, speaker, st.organization, doc.place]) {
        if (!field) continue;
        let stems = this.metaMemo.get(field);
        if (!stems) {
          stems = [...contentStems(field)].map(hashString);
          if (this.metaMemo.size < 100_000) this.metaMemo.set(field, stems);
        }
        for (const h of stems) if (!meta.includes(h)) meta.push(h);
      }
      meta.sort((a, b) => a - b);
      for (const h of meta) {
        this.metaStems.push(h);
        this.metaPostings.add(h, g);
      }
      this.metaStart.push(this.metaStems.length);
      groups.set(gkey, g);
    }
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
      let flags =
          ((st.date ?? doc.date) ? DATED : 0) | (questioner || /\?["”’)]*$/.test(text.slice(from, to)) ? QUESTION : 0),
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
      for (let k = 0; k < d; k++) {
        this.stems.push(sorted[k]);
        this.text.add(sorted[k], id);
      }
      this.stemStart.push(this.stems.length);
      if (this.frozen) {
        const late = this.lateSents.get(g);
        if (late) late.push(id);
        else this.lateSents.set(g, [id]);
      }
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

  /** freeze() in steps, each a pause of its own (the corpus build yields to the event loop between them). */
  *freezing(): Generator<void> {
    this.memo.clear();
    this.text.freeze();
    yield;
    this.metaPostings.freeze();
    for (const l of [
      this.stOf,
      this.fromOf,
      this.toOf,
      this.groupIds,
      this.stemStart,
      this.stems,
      this.metaStart,
      this.metaStems,
      this.flags,
    ])
      l.trim();
    yield;
    if (!this.frozen) {
      this.listGroups();
      this.groupOf.clear();
      this.frozen = true;
    }
  }
  clearMemo() {
    this.memo.clear();
  }

  /** Sentences by group, in id order (a counting sort of all sentences on their group). */
  private listGroups() {
    const n = this.groupCount,
      gids = this.groupIds.data,
      count = this.groupIds.length;
    const start = new Uint32Array(n + 1);
    for (let i = 0; i < count; i++) start[gids[i] + 1]++;
    for (let g = 0; g < n; g++) start[g + 1] += start[g];
    const at = start.slice(0, n),
      sents = new Uint32Array(count);
    for (let i = 0; i < count; i++) sents[at[gids[i]]++] = i;
    this.groupSentStart = start;
    this.groupSents = sents;
    this.lateSents.clear();
  }

  /** The index as typed arrays, for the on-disk cache. */
  dump(): Record<string, Uint32Array> {
    this.freeze();
    if (this.lateSents.size || this.groupSentStart.length !== this.groupCount + 1) this.listGroups();
    return {
      stOf: this.stOf.data,
      fromOf: this.fromOf.data,
      toOf: this.toOf.data,
      groupIds: this.groupIds.data,
      stemStart: this.stemStart.data,
      stems: this.stems.data,
      flags: this.flags.data,
      textKeys: this.text.arrays().keys,
      textOffsets: this.text.arrays().offsets,
      textIds: this.text.arrays().ids,
      metaKeys: this.metaPostings.arrays().keys,
      metaOffsets: this.metaPostings.arrays().offsets,
      metaIds: this.metaPostings.arrays().ids,
      metaStart: this.metaStart.data,
      metaStems: this.metaStems.data,
      groupSentStart: this.groupSentStart,
      groupSents: this.groupSents,
    };
  }

  static restore(statements: Statement[], a: Record<string, Uint32Array>): FactIndex {
    const f = new FactIndex(statements);
    const list = (x: Uint32Array) => {
      const l = new U32List();
      l.data = x;
      l.length = x.length;
      return l;
    };
    f.stOf = list(a.stOf);
    f.fromOf = list(a.fromOf);
    f.toOf = list(a.toOf);
    f.groupIds = list(a.groupIds);
    f.stemStart = list(a.stemStart);
    f.stems = list(a.stems);
    f.metaStart = list(a.metaStart);
    f.metaStems = list(a.metaStems);
    f.flags = list(a.flags);
    f.text = PostingIndex.fromArrays(a.textKeys, a.textOffsets, a.textIds);
    f.metaPostings = PostingIndex.fromArrays(a.metaKeys, a.metaOffsets, a.metaIds);
    f.groupSentStart = a.groupSentStart;
    f.groupSents = a.groupSents;
    f.frozen = true;
    return f;
  }

  /**
   * Sentences sharing at least `min` of the draft's content words (words of
   * a document's title, speaker or organization count 0.7), each with its
   * score: the share of the draft words' weight it has, each word weighing
   * by its rarity in the corpus.
   */
  search(draft: Set<string>, min: number, opts: SearchOptions = {}): { s: SourceSentence; score: number }[] {
    if (!draft.size) return [];
    const key = `${[...draft].sort().join(' ')}\u0001${min}\u0001${opts.numeric ? 'n' : ''}${opts.dated ? 'd' : ''}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const r = this.searchUncached(draft, min, opts);
    this.memo.set(key, r, 2 * key.length + 48 * r.length + 100);
    return r;
  }
  private textCounter = new HitCounter(true);
  private candScratch: number[] = [];
  private estScratch: number[] = [];
  private metaCounter = new HitCounter();
  private memo = new BoundedCache<string, { s: SourceSentence; score: number }[]>(4_000_000);

  private searchUncached(draft: Set<string>, min: number, opts: SearchOptions): { s: SourceSentence; score: number }[] {
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
    const allMeta = countRarestFirst(this.metaPostings, hs, metaHits, POSTING_BUDGET / 4).length === 0;
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
      if (m >= 2 && m * 0.7 >= need * 0.3 && this.groupSize(g) <= 400)
        this.forGroupSentences(g, (id) => {
          if (textHits.get(id) === 0 && has(id)) {
            cand.push(id);
            est.push(7 * m);
          }
        });
    }
    const candidates = cand.length <= MAX_SCORED ? cand : bestByEstimate(cand, est, MAX_SCORED);
    const out: { s: SourceSentence; score: number }[] = [];
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
          } else if (this.metaHas(g, h)) {
            inMeta++;
            weight += 0.7 * weights.get(h)!;
          }
        }
      // The share of the draft's words decides whether a sentence counts; the share of their weight ranks it.
      if ((inText + 0.7 * inMeta) / hs.length < min) continue;
      out.push({ s: this.sentence(id), score: weight / total });
    }
    return out;
  }
}

const NUMERIC = 1,
  DATED = 2,
  QUESTION = 4;

/**
 * Whether a statement is a questioner's turn of a transcript (a reporter, a named outlet: someone not among the
 * transcript's declared speakers). A question neither confirms nor contradicts a fact; the answer does.
 */
function isQuestionerTurn(st: Statement): boolean {
  const speakers = st.doc.kind === 'transcript' ? st.doc.speakers : undefined;
  if (!speakers?.length || !st.speaker) return false;
  const who = st.speaker.toLowerCase();
  return (
    !speakers.some((p) => p.name.toLowerCase() === who) &&
    !(st.person && speakers.some((p) => p.name === st.person!.name))
  );
}

/** What the sentences found must have: a figure or number word, a date (their own or their document's). */
export interface SearchOptions {
  numeric?: boolean;
  dated?: boolean;
}

/** Postings counted per search, rarest words first (the rarest word is always counted). */
const POSTING_BUDGET = 3000;

/**
 * Counts the postings of the rarest words within the budget; returns the words left out (in some posting but not
 * counted).
 */
function countRarestFirst(
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
function bestByEstimate(ids: number[], est: number[], k: number): Int32Array {
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
