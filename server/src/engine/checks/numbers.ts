// fact.number: a count, amount, percentage or tally in the writer's own words
// that disagrees with the source sentence stating the same fact.
import type { Confirmation, Finding } from '../types';
import type { Corpus } from '../corpus/corpus';
import type { FactContext } from './facts';
import { contentStems } from '../text/content-words';
import type { FactIndex, SourceSentence } from '../corpus/fact-index';
import { findNumbers, formatLike, type NumberMention } from '../text/numbers';
import { stem } from '../text/tokens';
import { cited } from './citation';
import { BoundedCache } from '../text/lru';
import { clauseAt, sentenceAt } from './sentence-at';

/** The numbers of source sentences, by sentence id (sentence objects are made afresh by each search). */
const numCaches = new WeakMap<FactIndex, BoundedCache<number, NumberMention[]>>(); // sentence ids are per index
function numbersOf(s: SourceSentence): NumberMention[] {
  let cache = numCaches.get(s.index);
  if (!cache) { cache = new BoundedCache(2_000_000); numCaches.set(s.index, cache); }
  let n = cache.get(s.id);
  if (!n) { n = findNumbers(s.text); cache.set(s.id, n, 40 + 120 * n.length); }
  return n;
}
/** Only the best-sharing sentences can be the one stating the same fact. */
const MAX_CANDIDATES = 150;

function sameThing(d: NumberMention, s: NumberMention): boolean {
  if (d.kind !== s.kind) return false;
  if (d.kind === 'money') return !d.currency || !s.currency || d.currency.replace(/^us/, '') === s.currency.replace(/^us/, '');
  if (d.kind === 'tally' || d.kind === 'percent') return true;
  if (!d.noun.length || !s.noun.length) return false;
  const head = stem(d.noun[d.noun.length - 1]);
  return s.noun.some((w) => stem(w) === head);
}

function agrees(d: NumberMention, s: NumberMention): boolean {
  if (d.kind === 'tally') return d.value === s.value && d.second === s.second;
  const eps = 1e-9 * Math.max(1, Math.abs(s.value));
  // The figure a source qualifies ("more than 9,000") is what a draft may round it to.
  if (Math.abs(d.value - s.value) <= eps && d.lo === d.value && d.hi === d.value) return true;
  return s.hi + eps >= d.lo && s.lo - eps <= d.hi;
}

function sourceLabel(s: SourceSentence): string {
  return [s.title ?? s.speaker ?? s.doc.path.split(/[\\/]/).pop(), s.date].filter(Boolean).join(', ');
}

function expression(s: SourceSentence, n: NumberMention): string {
  const nounEnd = n.noun.length ? s.text.slice(n.span.end).search(new RegExp(`${n.noun[n.noun.length - 1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i')) : -1;
  return s.text.slice(n.span.start, nounEnd >= 0 ? n.span.end + nounEnd + n.noun[n.noun.length - 1].length : n.span.end);
}

type Pair = { s: SourceSentence; n: NumberMention; score: number };
const pairCache = new WeakMap<Corpus, { version: number; cache: BoundedCache<string, Pair[]> }>();

/** Source numbers that may state the same fact as `d`, best-sharing sentence first, down to 0.8 of the best share (cached by the context's words). */
function candidatePairs(corpus: Corpus, d: NumberMention, stems: Set<string>, clauseStems: Set<string>): Pair[] {
  let c = pairCache.get(corpus);
  if (!c || c.version !== corpus.version) { c = { version: corpus.version, cache: new BoundedCache(2_000_000) }; pairCache.set(corpus, c); }
  const clause = clauseStems.size >= 3 ? clauseStems : undefined;
  const key = `${[...stems].sort().join(' ')}|${clause ? [...clause].sort().join(' ') : ''}|${d.kind}|${d.noun.join(' ')}|${d.currency ?? ''}`;
  const have = c.cache.get(key);
  if (have) return have;
  const need = d.kind === 'count' ? 0.25 : 0.35;
  const hits = new Map<number, { s: SourceSentence; score: number }>();
  for (const set of [stems, clause]) {
    if (!set) continue;
    for (const { s, score } of corpus.facts.search(set, need, { numeric: true })) { const h = hits.get(s.id); if (!h || h.score < score) hits.set(s.id, { s, score }); }
  }
  const pairs: Pair[] = [];
  // Best-sharing sentences first; a check reads only pairs within 0.8 of the best one's share, so stop below that.
  for (const { s, score } of [...hits.values()].sort((a, b) => b.score - a.score).slice(0, MAX_CANDIDATES)) {
    if (pairs.length && score < pairs[0].score * 0.8) break;
    for (const n of numbersOf(s)) if (sameThing(d, n)) pairs.push({ s, n, score });
  }
  pairs.sort((a, b) => b.score - a.score);
  const top = pairs.slice(0, 40);
  c.cache.set(key, top, key.length * 2 + 80 * top.length + 100);
  return top;
}

export function checkNumbers(corpus: Corpus, ctx: FactContext): { findings: Finding[]; confirmations: Confirmation[] } {
  const findings: Finding[] = [], confirmations: Confirmation[] = [];
  const text = ctx.reading.outside;
  for (const block of ctx.prose.blocks) {
    for (const d of findNumbers(text, block.start, block.end)) {
      if (d.span.end > block.end) continue;
      const sent = sentenceAt(text, d.span.start, block);
      const stems = contentStems(text, sent.start, sent.end);
      const clause = clauseAt(text, d.span, sent);
      const clauseStems = contentStems(text, clause.start, clause.end);
      const pairs = candidatePairs(corpus, d, stems, clauseStems);
      if (!pairs.length) continue;
      const best = pairs[0];
      const ok = pairs.find((p) => p.score >= best.score * 0.8 && agrees(d, p.n));
      if (ok) {
        confirmations.push({ kind: 'fact', span: d.span, message: `Matches the source: ${expression(ok.s, ok.n)}`, citation: cited(ok.s.doc, ok.s.span, ok.s.text, { speaker: ok.s.speaker, date: ok.s.date }) });
        continue;
      }
      const src = best.n;
      const capital = /^\p{Lu}/u.test(ctx.text.slice(d.valueSpan.start, d.valueSpan.end));
      let newText: string | undefined;
      if (d.kind === 'tally') newText = d.words ? `${formatLike(src.value, true, capital)} votes to ${formatLike(src.second ?? 0, true, false)}` : `${src.value}-${src.second}`;
      else if (!(d.words && d.value !== d.lo && d.lo >= 24 && !Number.isFinite(d.hi))) {
        newText = formatLike(Math.round((src.value / d.scale) * 1000) / 1000, d.words && src.value / d.scale < 100, capital, /,/.test(ctx.text.slice(d.valueSpan.start, d.valueSpan.end)));
        // A source that gives a range ("more than 80") is quoted with its qualifier.
        const qualifier = best.s.text.slice(src.span.start, src.valueSpan.start);
        if (src.lo !== src.hi && qualifier.trim() && !/[$€£¥]/.test(qualifier) && d.lo === d.hi) newText = qualifier.trimStart() + newText;
        if (newText === ctx.text.slice(d.valueSpan.start, d.valueSpan.end)) newText = undefined;
      }
      const said = expression(best.s, src);
      findings.push({
        code: 'fact.number', severity: 'error', span: d.span,
        message: `The source says ${said}: ${sourceLabel(best.s)}.`,
        citation: cited(best.s.doc, best.s.span, best.s.text, { speaker: best.s.speaker, date: best.s.date }),
        fixes: newText ? [{ title: `Change to ${ctx.text.slice(d.span.start, d.valueSpan.start)}${newText}${ctx.text.slice(d.valueSpan.end, d.span.end)}${d.kind === 'count' && d.noun.length ? ' ' + d.noun.join(' ') : ''}`, edits: [{ span: d.valueSpan, newText }] }] : [],
      });
    }
  }
  return { findings, confirmations };
}
