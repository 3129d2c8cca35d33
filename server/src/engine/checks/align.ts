// Word-level alignment of a quotation against a source statement: the whole
// quotation against the best-fitting stretch of the statement (a fragment of a
// longer statement is fine). An ellipsis lets the quotation skip source words;
// a [bracketed insertion] stands for whatever source words it replaces; [sic]
// is ignored. Case, punctuation, quote-mark style and whitespace never count,
// because tokens are compared in normal form.
import type { Span, WordDiff } from '../types';
import { tokenize, type Token } from '../text/tokens';

export type QuoteItem =
  { kind: 'word'; norm: string; start: number; end: number } | { kind: 'gap'; start: number; end: number };

/** The items of a quotation's words: words, and gaps for ellipses and [insertions]. */
export function quoteItems(text: string, span: Span): QuoteItem[] {
  const items: QuoteItem[] = [];
  const body = text.slice(span.start, span.end);
  const re = /\.\s?\.\s?\.\.?|…|\[[^\]\n]{0,80}\]/g;
  let at = 0,
    m: RegExpExecArray | null;
  const words = (s: number, e: number) => {
    for (const t of tokenize(text, span.start + s, span.start + e))
      items.push({ kind: 'word', norm: t.norm, start: t.start, end: t.end });
  };
  while ((m = re.exec(body))) {
    words(at, m.index);
    if (!/^\[\s*sic\s*\]$/i.test(m[0])) {
      if (items.length && items[items.length - 1].kind === 'gap') {
        /* merge */
      } else items.push({ kind: 'gap', start: span.start + m.index, end: span.start + m.index + m[0].length });
    }
    at = m.index + m[0].length;
  }
  words(at, body.length);
  return items;
}

export interface Alignment {
  cost: number;
  /** Source tokens [from, to) the quotation covers. */
  from: number;
  to: number;
  /** Quotation words equal to a source word. */
  matched: number;
  diff: WordDiff[];
}

const MAX_CELLS = 4_000_000;

/** The table of the alignment, kept between calls (a check aligns hundreds of candidates). */
let table = new Int32Array(4096);

/**
 * The quotation's words as small numbers (its distinct words in order), for the quotation aligned last: a check
 * aligns one quotation against each of its candidates in turn. Items are never changed once made.
 */
let lastQ: QuoteItem[] | undefined;
let ids = new Map<string, number>();
/** Per item, its word's number (−1 for a gap); per word number, how often the quotation has it. */
let qid = new Int32Array(64),
  qTimes = new Int32Array(64);
/** Per source token, the number of the quotation's word it is (−1: none); per word number, how often it stands. */
let sid = new Int32Array(256),
  sTimes = new Int32Array(64);

function number(q: QuoteItem[]) {
  if (q === lastQ) return;
  lastQ = q;
  ids = new Map();
  if (qid.length < q.length) {
    qid = new Int32Array(2 * q.length);
    qTimes = new Int32Array(2 * q.length);
    sTimes = new Int32Array(2 * q.length);
  }
  for (let i = 0; i < q.length; i++) {
    const it = q[i];
    if (it.kind === 'gap') {
      qid[i] = -1;
      continue;
    }
    let id = ids.get(it.norm);
    if (id === undefined) {
      id = ids.size;
      ids.set(it.norm, id);
      qTimes[id] = 0;
    }
    qid[i] = id;
    qTimes[id]++;
  }
}

/**
 * Best alignment of `q` against `src` (cost = words added + dropped + changed); none when it would cost more
 * than `maxCost` (the reading stops as soon as every way through costs more).
 */
export function align(
  q: QuoteItem[],
  src: Token[],
  lo = 0,
  hi = src.length,
  srcText?: string,
  maxCost = Infinity,
): Alignment | undefined {
  const n = q.length,
    m = hi - lo;
  if (!n || !m || (n + 1) * (m + 1) > MAX_CELLS) return undefined;
  number(q);
  if (sid.length < m) sid = new Int32Array(2 * m);
  // Words equal to a source word are at most the words both have (each as often as the one with fewer): the
  // rest cost one each, on any way through.
  sTimes.fill(0, 0, ids.size);
  let words = 0,
    shared = 0;
  for (let i = 0; i < n; i++) if (qid[i] >= 0) words++;
  for (let j = 0; j < m; j++) {
    const id = ids.get(src[lo + j].norm) ?? -1;
    sid[j] = id;
    if (id >= 0 && sTimes[id]++ < qTimes[id]) shared++;
  }
  if (words - shared > maxCost) return undefined;
  const W = m + 1;
  if (table.length < (n + 1) * W) table = new Int32Array(Math.max((n + 1) * W, 2 * table.length));
  const D = table;
  D.fill(0, 0, W);
  // Row 0: the quotation may start anywhere in the statement.
  for (let i = 1; i <= n; i++) {
    const word = qid[i - 1];
    const row = i * W,
      prev = (i - 1) * W;
    if (word < 0) {
      D[row] = D[prev];
      for (let j = 1; j <= m; j++) D[row + j] = Math.min(D[prev + j], D[row + j - 1]);
      continue;
    }
    D[row] = D[prev] + 1;
    let least = D[row];
    for (let j = 1; j <= m; j++) {
      const sub = D[prev + j - 1] + (word === sid[j - 1] ? 0 : 1);
      const add = D[prev + j] + 1; // a word the quotation has and the source does not
      const drop = D[row + j - 1] + 1; // a source word the quotation left out
      const v = sub < add ? (sub < drop ? sub : drop) : add < drop ? add : drop;
      D[row + j] = v;
      if (v < least) least = v;
    }
    // No row's least cost is below the one before it: past the limit here, past it at the end.
    if (least > maxCost) return undefined;
  }
  let bestJ = 0;
  for (let j = 1; j <= m; j++) if (D[n * W + j] <= D[n * W + bestJ]) bestJ = j;
  // Trace back.
  const diff: WordDiff[] = [];
  let i = n,
    j = bestJ,
    matched = 0;
  while (i > 0) {
    const it = q[i - 1];
    const here = D[i * W + j];
    if (it.kind === 'gap') {
      if (j > 0 && here === D[i * W + j - 1]) {
        j--;
        continue;
      }
      i--;
      continue;
    }
    const eq = j > 0 && qid[i - 1] === sid[j - 1];
    if (j > 0 && here === D[(i - 1) * W + j - 1] + (eq ? 0 : 1)) {
      diff.push(
        eq
          ? { op: 'equal', draft: it.norm, source: src[lo + j - 1].norm }
          : { op: 'changed', draft: it.norm, source: src[lo + j - 1].norm },
      );
      if (eq) matched++;
      i--;
      j--;
      continue;
    }
    if (here === D[(i - 1) * W + j] + 1) {
      diff.push({ op: 'added', draft: it.norm });
      i--;
      continue;
    }
    diff.push({ op: 'dropped', source: src[lo + j - 1].norm });
    j--;
  }
  diff.reverse();
  // Words dropped inside a gap are not differences; strip leading/trailing drops (outside the quotation).
  while (diff.length && diff[0].op === 'dropped') diff.shift();
  const al = { cost: D[n * W + bestJ], from: lo + j, to: lo + bestJ, matched, diff };
  if (srcText) extendEdges(al, src, srcText, lo, hi);
  return al;
}

/** A sentence ends between source tokens a and b. */
function endsBetween(src: Token[], text: string, a: number, b: number) {
  for (let i = src[a].end, e = src[b].start; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 59) return true; // . ! ? ;
  }
  return false;
}

/**
 * Words the quotation adds at its very end (or start) usually replace the
 * source's next words: "to meet a deadline" for "to meet a date on a
 * calendar". Pair them with the source words up to the end of its sentence,
 * so the message and the fix say what was replaced.
 */
function extendEdges(al: Alignment, src: Token[], text: string, lo: number, hi: number) {
  const differs = (d: WordDiff) => d.op === 'added' || d.op === 'changed';
  let k = 0;
  while (k < al.diff.length && differs(al.diff[al.diff.length - 1 - k])) k++;
  if (k && k < al.diff.length && al.to < hi && !endsBetween(src, text, al.to - 1, al.to)) {
    let to = al.to;
    while (to < hi && to - al.to < k + 3 && !(to > al.to && endsBetween(src, text, to - 1, to))) to++;
    if (to === hi || endsBetween(src, text, to - 1, to)) {
      const run = al.diff.splice(al.diff.length - k, k);
      const source = [...run.map((d) => d.source).filter(Boolean), ...src.slice(al.to, to).map((t) => t.norm)];
      al.diff.push({
        op: 'changed',
        draft: run
          .map((d) => d.draft)
          .filter(Boolean)
          .join(' '),
        source: source.join(' '),
      });
      al.to = to;
    }
  }
  k = 0;
  while (k < al.diff.length && differs(al.diff[k])) k++;
  if (k && k < al.diff.length && al.from > lo && !endsBetween(src, text, al.from - 1, al.from)) {
    let from = al.from;
    while (from > lo && al.from - from < k + 3 && !endsBetween(src, text, from - 1, from)) from--;
    if (from === lo || endsBetween(src, text, from - 1, from)) {
      const run = al.diff.splice(0, k);
      const source = [...src.slice(from, al.from).map((t) => t.norm), ...run.map((d) => d.source).filter(Boolean)];
      al.diff.unshift({
        op: 'changed',
        draft: run
          .map((d) => d.draft)
          .filter(Boolean)
          .join(' '),
        source: source.join(' '),
      });
      al.from = from;
    }
  }
}
