// Finding the source sentences that state the same fact as a draft sentence:
// content words compared as crude stems, with numbers and dates masked. The
// sentences of the corpus and their stems are indexed once (FactIndex) so a
// check looks only at sentences that share words with the draft.
import type { Corpus } from '../corpus/corpus';
import type { SourceDoc, Statement } from '../corpus/documents';
import type { Span } from '../types';
import { STOPWORDS, stem, tokenize, type Token } from '../text/tokens';
import { hashString, HitCounter, PostingIndex, U32List } from '../corpus/postings';
import { BoundedCache } from '../text/lru';

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'week']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'dozen', 'dozens', 'percent']);

/** Content-word stems of a text: no stop words, numbers or dates. */
export function contentStems(text: string, from = 0, to = text.length): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(text, from, to)) {
    const w = t.norm;
    if (STOPWORDS.has(w) || /^\d/.test(w) || MONTHS.has(w) || DAYS.has(w) || NUMBER_WORDS.has(w) || w.length < 2) continue;
    out.add(stem(w.replace(/'s$/, '')));
  }
  return out;
}

/** One sentence of a source: its statement, its place in the statement's text, its stems (hashed, sorted). */
export class SourceSentence {
  constructor(readonly id: number, readonly st: Statement, readonly from: number, readonly to: number, readonly index: FactIndex) {}
  get doc(): SourceDoc { return this.st.doc; }
  get title(): string | undefined { return this.st.title ?? this.st.doc.title; }
  get text(): string { return this.st.text.slice(this.from, this.to); }
  get span(): Span { return this.st.base !== undefined ? { start: this.st.base + this.from, end: this.st.base + this.to } : this.st.span; }
  get date(): string | undefined { return this.st.date ?? this.st.doc.date; }
  get speaker(): string | undefined { return this.st.person?.name ?? this.st.speaker; }
  get group(): number { return this.index.groupOfSentence(this.id); }
  has(h: number): boolean { return this.index.sentenceHas(this.id, h); }
}

/** Words of a document's metadata (title, speaker, organization, place) shared by all its sentences. */
interface Group { meta: Set<number>; sentences: number[] }

/** Sentences scored exactly per search (the best by the counters' estimate). */
const MAX_SCORED = 400;
const STEM_CACHE = new Map<string, number>();

/** The hash of a token's content stem, or 0 when the token is not a content word. */
function stemHash(norm: string): number {
  let h = STEM_CACHE.get(norm);
  if (h !== undefined) return h;
  const w = norm;
  h = STOPWORDS.has(w) || /^\d/.test(w) || MONTHS.has(w) || DAYS.has(w) || NUMBER_WORDS.has(w) || w.length < 2 ? 0 : hashString(stem(w.replace(/'s$/, ''))) || 1;
  if (STEM_CACHE.size < 200000) STEM_CACHE.set(norm, h);
  return h;
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
  private text = new PostingIndex();
  private metaPostings = new PostingIndex();
  private groups: Group[] = [];
  private groupOf = new Map<string, number>();

  constructor(private statements: Statement[]) { this.stemStart.push(0); }

  get size() { return this.stOf.length; }

  sentence(id: number): SourceSentence { return new SourceSentence(id, this.statements[this.stOf.get(id)], this.fromOf.get(id), this.toOf.get(id), this); }
  groupOfSentence(id: number) { return this.groupIds.get(id); }
  sentenceHas(id: number, h: number): boolean {
    const a = this.stems.data; let lo = this.stemStart.get(id), hi = this.stemStart.get(id + 1) - 1;
    while (lo <= hi) { const m = (lo + hi) >>> 1; if (a[m] === h) return true; if (a[m] < h) lo = m + 1; else hi = m - 1; }
    return false;
  }

  add(st: Statement, tokens: Token[]) {
    if (st.base === undefined && st.doc.kind !== 'jsonl') return;
    if (this.memo.size) this.memo.clear(); // searches made before this statement came do not know it
    const doc = st.doc;
    const metaText = [st.title ?? doc.title, st.person?.name ?? st.speaker, st.organization, doc.place].filter(Boolean).join(' ');
    const gkey = `${doc.path}\u0001${metaText}`;
    let g = this.groupOf.get(gkey);
    if (g === undefined) {
      g = this.groups.length;
      const meta = new Set([...contentStems(metaText)].map(hashString));
      this.groups.push({ meta, sentences: [] });
      this.groupOf.set(gkey, g);
      for (const h of meta) this.metaPostings.add(h, g);
    }
    // Sentences end where . ! ? stand between two tokens.
    let first = 0;
    const text = st.text;
    const hs = this.scratch;
    for (let i = 0; i < tokens.length; i++) {
      let last = i === tokens.length - 1;
      if (!last) for (let c = tokens[i].end, e = tokens[i + 1].start; c < e; c++) { const ch = text.charCodeAt(c); if (ch === 46 || ch === 33 || ch === 63) { last = true; break; } }
      if (!last) continue;
      const from = tokens[first].start;
      let to = tokens[i].end;
      while (to < text.length && /[.!?"”’)]/.test(text[to])) to++;
      hs.length = 0;
      for (let k = first; k <= i; k++) { const h = stemHash(tokens[k].norm); if (h && !hs.includes(h)) hs.push(h); }
      hs.sort((a, b) => a - b);
      const id = this.stOf.length;
      this.stOf.push(st.id); this.fromOf.push(from); this.toOf.push(to); this.groupIds.push(g);
      for (const h of hs) { this.stems.push(h); this.text.add(h, id); }
      this.stemStart.push(this.stems.length);
      this.groups[g].sentences.push(id);
      first = i + 1;
    }
  }
  private scratch: number[] = [];

  remove(st: Statement) {
    for (let i = 0; i < this.stOf.length; i++) if (this.stOf.get(i) === st.id) this.text.dead.add(i);
    this.memo.clear();
  }

  freeze() { this.text.freeze(); this.metaPostings.freeze(); this.memo.clear(); }
  clearMemo() { this.memo.clear(); }

  /** The index as plain arrays and JSON, for the on-disk cache. */
  dump() {
    this.freeze();
    for (const l of [this.stOf, this.fromOf, this.toOf, this.groupIds, this.stemStart, this.stems]) l.trim();
    return {
      arrays: {
        stOf: this.stOf.data, fromOf: this.fromOf.data, toOf: this.toOf.data, groupIds: this.groupIds.data, stemStart: this.stemStart.data, stems: this.stems.data,
        textKeys: this.text.arrays().keys, textOffsets: this.text.arrays().offsets, textIds: this.text.arrays().ids,
        metaKeys: this.metaPostings.arrays().keys, metaOffsets: this.metaPostings.arrays().offsets, metaIds: this.metaPostings.arrays().ids,
      } as Record<string, Uint32Array>,
      groups: this.groups.map((g) => ({ meta: [...g.meta], sentences: g.sentences })),
      groupKeys: [...this.groupOf.entries()],
    };
  }

  static restore(statements: Statement[], d: ReturnType<FactIndex['dump']>): FactIndex {
    const f = new FactIndex(statements);
    const a = d.arrays;
    const list = (x: Uint32Array) => { const l = new U32List(); l.data = x; l.length = x.length; return l; };
    f.stOf = list(a.stOf); f.fromOf = list(a.fromOf); f.toOf = list(a.toOf); f.groupIds = list(a.groupIds); f.stemStart = list(a.stemStart); f.stems = list(a.stems);
    f.text = PostingIndex.fromArrays(a.textKeys, a.textOffsets, a.textIds);
    f.metaPostings = PostingIndex.fromArrays(a.metaKeys, a.metaOffsets, a.metaIds);
    f.groups = d.groups.map((g) => ({ meta: new Set(g.meta), sentences: g.sentences }));
    f.groupOf = new Map(d.groupKeys);
    return f;
  }

  /**
   * Sentences sharing at least `min` of the draft's content (words of a
   * document's title, speaker or organization count 0.7), with that share.
   */
  search(draft: Set<string>, min: number, filter?: (s: SourceSentence) => boolean): { s: SourceSentence; score: number }[] {
    if (!draft.size) return [];
    const key = `${[...draft].sort().join(' ')}\u0001${min}\u0001${filter ? filter.name || String(filter) : ''}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const r = this.searchUncached(draft, min, filter);
    this.memo.set(key, r, 2 * key.length + 48 * r.length + 100);
    return r;
  }
  private textCounter = new HitCounter();
  private metaCounter = new HitCounter();
  private memo = new BoundedCache<string, { s: SourceSentence; score: number }[]>(4_000_000);

  private searchUncached(draft: Set<string>, min: number, filter?: (s: SourceSentence) => boolean): { s: SourceSentence; score: number }[] {
    const hs = [...draft].map(hashString);
    const textHits = this.textCounter, metaHits = this.metaCounter;
    textHits.reset(); metaHits.reset();
    // Words in a large share of all sentences rank nothing; they still count in the exact score below.
    const common = Math.max(2000, this.stOf.length * 0.02);
    for (const h of hs) if (this.text.count(h) < common) this.text.countInto(h, textHits);
    const commonMeta = Math.max(50, this.groups.length * 0.02);
    for (const h of hs) if (this.metaPostings.count(h) < commonMeta) this.metaPostings.countInto(h, metaHits);
    // An estimate from the counters (text hits + 0.7 per metadata hit) picks the best few hundred; those are scored exactly.
    const need = min * hs.length;
    const est = new Map<number, number>();
    for (const id of textHits.touched) est.set(id, textHits.get(id) + metaHits.get(this.groupIds.get(id)) * 0.7);
    for (const g of metaHits.touched) {
      const e = metaHits.get(g) * 0.7;
      // A document whose title, speaker or organization shares two or more words: all its sentences may report the event.
      if (metaHits.get(g) >= 2 && e >= need * 0.3 && this.groups[g].sentences.length <= 400) for (const id of this.groups[g].sentences) if (!est.has(id)) est.set(id, e + textHits.get(id));
    }
    const candidates = est.size <= MAX_SCORED ? est.keys() : [...est].sort((a, b) => b[1] - a[1]).slice(0, MAX_SCORED).map(([id]) => id);
    const out: { s: SourceSentence; score: number }[] = [];
    for (const id of candidates) {
      if (this.text.dead.has(id)) continue;
      const meta = this.groups[this.groupIds.get(id)].meta;
      let inText = 0, inMeta = 0;
      for (const h of hs) { if (this.sentenceHas(id, h)) inText++; else if (meta.has(h)) inMeta++; }
      const score = (inText + 0.7 * inMeta) / hs.length;
      if (score < min) continue;
      const s = this.sentence(id);
      if (filter && !filter(s)) continue;
      out.push({ s, score });
    }
    return out;
  }
}

