// fact.number: a count, amount, percentage or tally in the writer's own words
// that disagrees with the source sentence stating the same fact.
import type { Confirmation, Finding, Fix, Span } from '../types';
import type { Corpus } from '../corpus/corpus';
import type { FactContext } from './fact-context';
import { contentStem, contentStems } from '../text/content-words';
import type { FactIndex, SourceSentence } from '../corpus/fact-index';
import { currencyKey, findNumbers, formatLike, type NumberMention } from '../text/numbers';
import { stem } from '../text/tokens';
import { cited } from './citation';
import { BoundedCache } from '../text/lru';
import { clauseAt, inQuestion, sentenceAt, within } from './sentence-at';
import { affinity, inheritNouns, neighbourNumbers, numberContext, percentSense } from './number-links';
import { HINT_CEILING, severityFor } from './confidence';
import { blockKey, perBlock, type BlockResult } from './block-memo';
import { cachePerCorpus } from './corpus-cache';

/** The numbers of source sentences, by sentence id (sentence objects are made afresh by each search). */
const numCaches = new WeakMap<FactIndex, BoundedCache<number, NumberMention[]>>(); // sentence ids are per index
function numbersOf(s: SourceSentence): NumberMention[] {
  let cache = numCaches.get(s.index);
  if (!cache) {
    cache = new BoundedCache(2_000_000);
    numCaches.set(s.index, cache);
  }
  let n = cache.get(s.id);
  if (!n) {
    n = inheritNouns(s.text, findNumbers(s.text));
    cache.set(s.id, n, 40 + 120 * n.length);
  }
  return n;
}
/**
 * Sentences within this share of the best one's are read for a figure whose clause counts the draft's thing more
 * closely (the best-sharing sentence may state another figure of the same story).
 */
const WIDE = 0.6;
/** The pairs a check compares first: within this share of the best one's. */
const NEAR = 0.8;
/** Only the best-sharing sentences can be the one stating the same fact. */
const MAX_CANDIDATES = 150;

/** The largest figure compared (beyond it, a number is left alone rather than compared inexactly). */
const MAX_FIGURE = 1e15;

function sameThing(d: NumberMention, s: NumberMention): boolean {
  if (d.kind !== s.kind) return false;
  // "$2.50" and "$7 million" do not count the same thing: a wrong figure is rarely a thousand times off.
  if (d.kind !== 'tally' && d.value && s.value && Math.max(d.value / s.value, s.value / d.value) > 1000) return false;
  if (d.kind === 'money') return !d.currency || !s.currency || currencyKey(d.currency) === currencyKey(s.currency);
  if (d.kind === 'tally' || d.kind === 'percent') return true;
  if (!d.noun.length || !s.noun.length) return false;
  // "52 days of operating expenses" counts what "61 days" counts: any word of the counted thing in common.
  const theirs = new Set(s.noun.filter((w) => w !== 'of').map(stem));
  return d.noun.some((w) => w !== 'of' && theirs.has(stem(w)));
}

function agrees(d: NumberMention, s: NumberMention): boolean {
  if (d.kind === 'tally') return d.value === s.value && d.second === s.second;
  const eps = 1e-9 * Math.max(1, Math.abs(s.value));
  // The figure a source qualifies ("more than 9,000") is what a draft may round it to.
  if (Math.abs(d.value - s.value) <= eps)
    return (d.lo === d.value && d.hi === d.value) || (s.hi + eps >= d.lo && s.lo - eps <= d.hi);
  // One's figure within the other's range: "about 1,500" and "about 1,150" disagree although their ranges touch.
  return (s.value + eps >= d.lo && s.value - eps <= d.hi) || (d.value + eps >= s.lo && d.value - eps <= s.hi);
}

function sourceLabel(s: SourceSentence): string {
  return [s.title ?? s.speaker ?? s.doc.path.split(/[\\/]/).pop(), s.date].filter(Boolean).join(', ');
}

function expression(s: SourceSentence, n: NumberMention): string {
  const nounEnd = n.noun.length
    ? s.text
        .slice(n.span.end)
        .search(new RegExp(`${n.noun[n.noun.length - 1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i'))
    : -1;
  return s.text.slice(
    n.span.start,
    nounEnd >= 0 ? n.span.end + nounEnd + n.noun[n.noun.length - 1].length : n.span.end,
  );
}

/**
 * Proper adjectives between a count and its noun ("Twenty-seven Chinese entities"): they count a part of the
 * whole ("80 entities"), so a source sentence that does not name them does not state the same fact.
 */
function qualifiersOf(text: string, d: NumberMention): string[] {
  if (d.kind !== 'count') return [];
  const m = /^\s+((?:\p{Lu}[\p{L}’'-]*\s+){1,3})\p{Ll}/u.exec(text.slice(d.span.end, d.span.end + 60));
  return m
    ? m[1]
        .trim()
        .split(/\s+/)
        .map((w) => w.toLowerCase())
    : [];
}

/** Whether a source sentence names each qualifier (by its first letters: "Chinese" is named by "China"). */
function qualifiersMet(qualifiers: string[], sourceText: string): boolean {
  if (!qualifiers.length) return true;
  const lower = sourceText.toLowerCase();
  return qualifiers.every((q) => lower.includes(q.length > 5 ? q.slice(0, 4) : q));
}

/**
 * A percentage of a named thing ("an initial 30% proposal", "30 percent of households") states a fact about that
 * thing: a draft sentence that never names it ("taxes rise 20%") is about something else, and a fix would write the
 * proposal's figure into it.
 */
function namedThingMet(d: NumberMention, n: NumberMention, draftStems: Set<string>): boolean {
  const named = n.noun.filter((w) => w !== 'of' && !CHANGE_NOUNS.test(w));
  if (d.kind !== 'percent' || !named.length) return true;
  return named.some((w) => {
    const st = contentStem(w.toLowerCase());
    return st !== undefined && draftStems.has(st);
  });
}
/** Nouns of a change, not of the thing changed ("a 20 percent increase in revenue"). */
const CHANGE_NOUNS =
  /^(?:increases?|rises?|hikes?|jumps?|gains?|growth|boosts?|drops?|declines?|falls?|cuts?|reductions?|decreases?)$/i;

/** A change ("rose 20 percent") and a share ("made up 61 percent of") never state the same fact. */
const opposed = (a?: string, b?: string) => !!a && !!b && a !== b;

type Pair = { s: SourceSentence; n: NumberMention; score: number };

/**
 * Figures that may state `d` in the source sentences that state the draft sentence's other figures (a sibling's
 * agreeing figure): "rose 12 percent to $4.8 billion" is read where "4.8 billion dollars" is.
 */
function anchoredFigure(
  corpus: Corpus,
  ctx: FactContext,
  d: NumberMention,
  sent: Span,
  siblings: NumberMention[],
  stems: Set<string>,
  open: (p: Pair) => boolean,
): Pair[] {
  const out: Pair[] = [];
  const seen = new Set<number>();
  for (const o of siblings) {
    const clause = clauseAt(ctx.reading.outside, o.span, sent);
    const words = contentStems(ctx.text, clause.start, clause.end);
    for (const p of candidatePairs(corpus, o, stems, words, qualifiersOf(ctx.text, o), WIDE)) {
      if (!agrees(o, p.n) || seen.has(p.s.id)) continue;
      seen.add(p.s.id);
      for (const n of numbersOf(p.s)) if (n !== p.n && sameThing(d, n) && open({ ...p, n })) out.push({ ...p, n });
    }
  }
  return out;
}

/**
 * Whether a source figure that shares no words with the draft's still states its fact: it is the only such figure
 * of its sentence, or the only one the draft sentence's other figures leave over while one of them is read in the
 * same sentence ("$2.19, up 14 percent, and … 61 percent" against "2.91 dollars, up 41 percent, and … 61 percent").
 * Otherwise which figure states the draft's fact is not known, and nothing is said.
 */
function soleLink(d: NumberMention, pick: Pair, siblings: NumberMention[], sense: string | undefined): boolean {
  const theirs = numbersOf(pick.s);
  const same = theirs.filter((n) => sameThing(d, n));
  if (same.length <= 1) return true;
  const open = same.filter(
    (n) => !siblings.some((o) => sameThing(o, n) && agrees(o, n)) && !opposed(sense, percentSense(pick.s.text, n)),
  );
  return open.length === 1 && siblings.some((o) => theirs.some((n) => sameThing(o, n)));
}
const pairCache = cachePerCorpus<Pair[]>(2_000_000);

/**
 * Source numbers that may state the same fact as `d`, best-sharing sentence first, down to 0.8 of the best share
 * (cached by the context's words).
 */
function candidatePairs(
  corpus: Corpus,
  d: NumberMention,
  stems: Set<string>,
  clauseStems: Set<string>,
  qualifiers: string[],
  down = NEAR,
): Pair[] {
  const cache = pairCache(corpus);
  const clause = clauseStems.size >= 3 ? clauseStems : undefined;
  const key =
    `${[...stems].sort().join(' ')}|${clause ? [...clause].sort().join(' ') : ''}|${d.kind}|` +
    `${d.noun.join(' ')}|${d.currency ?? ''}|${qualifiers.join(' ')}|${down}`;
  const have = cache.get(key);
  if (have) return have;
  const need = d.kind === 'count' || d.kind === 'tally' ? 0.25 : 0.35;
  const hits = new Map<number, number>(); // sentence id -> its best score
  for (const set of [stems, clause]) {
    if (!set) continue;
    for (const { id, score } of corpus.facts.search(set, need, { numeric: true })) {
      const h = hits.get(id);
      if (h === undefined || h < score) hits.set(id, score);
    }
  }
  const pairs: Pair[] = [];
  // Best-sharing sentences first; a check reads only pairs within 0.8 of the best one's share, so stop below that.
  for (const [id, score] of [...hits].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES)) {
    if (pairs.length && score < pairs[0].score * down) break;
    const s = corpus.facts.sentence(id);
    for (const n of numbersOf(s)) if (sameThing(d, n) && qualifiersMet(qualifiers, s.text)) pairs.push({ s, n, score });
  }
  pairs.sort((a, b) => b.score - a.score);
  const top = pairs.slice(0, 40);
  cache.set(key, top, key.length * 2 + 80 * top.length + 100);
  return top;
}

const VAGUE_LEAD = new RegExp(
  '^(?:more than|over|at least|nearly|almost|about|around|roughly|approximately|some|' +
    'fewer than|less than|under|up to|close to|just over|just under)\\s+',
  'i',
);

/** The source figure in the draft's style: a vague draft figure loses its qualifier (or takes the source's). */
type Edit = { span: Span; newText: string };

function numberFix(ctx: FactContext, d: NumberMention, s: SourceSentence, src: NumberMention): Edit | undefined {
  const written = ctx.text.slice(d.valueSpan.start, d.valueSpan.end);
  const capital = /^\p{Lu}/u.test(ctx.text.slice(d.span.start, d.span.end));
  if (d.kind === 'tally') {
    const to = /\bvotes?\s+to\b/i.test(written) ? ' votes to ' : ' to ';
    const newText = d.words
      ? `${formatLike(src.value, true, capital)}${to}${formatLike(src.second ?? 0, true, false)}`
      : `${src.value}-${src.second}`;
    return { span: d.valueSpan, newText };
  }
  if (d.words && d.value !== d.lo && d.lo >= 24 && !Number.isFinite(d.hi)) return undefined; // "dozens"
  const value = Math.round((src.value / d.scale) * 1000) / 1000;
  let newText = formatLike(value, d.words && src.value / d.scale < 100, false, /,/.test(written));
  const srcQualifier = s.text.slice(src.span.start, src.valueSpan.start);
  // The source's own qualifier ("roughly" of "roughly $40 million"), without its currency sign.
  const qualifier = src.lo !== src.hi ? (VAGUE_LEAD.exec(srcQualifier.trimStart())?.[0].toLowerCase() ?? '') : '';
  let span = d.valueSpan;
  if (d.lo !== d.hi || VAGUE_LEAD.test(ctx.text.slice(d.span.start, d.valueSpan.start))) {
    // A vague draft figure ("more than 20") against an exact source one: drop the qualifier, keep a currency sign.
    span = { start: d.span.start, end: d.valueSpan.end };
    newText = qualifier + ctx.text.slice(d.span.start, d.valueSpan.start).replace(VAGUE_LEAD, '') + newText;
  } else newText = qualifier + newText;
  if (capital) newText = newText.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  if (ctx.text.slice(span.start, span.end) === newText) return undefined;
  return { span, newText };
}

/** Re-reads the fixed sentence: the fix is offered only when its figure then agrees with the source. */
function fixHolds(ctx: FactContext, sent: Span, edit: { span: Span; newText: string }, src: NumberMention): boolean {
  const fixed = ctx.text.slice(sent.start, edit.span.start) + edit.newText + ctx.text.slice(edit.span.end, sent.end);
  const at = edit.span.start - sent.start;
  const m = findNumbers(fixed).find((n) => n.span.start <= at + edit.newText.length && n.span.end >= at);
  return !!m && m.kind === src.kind && agrees(m, src) && (m.kind !== 'tally' || m.second === src.second);
}

export function checkNumbers(corpus: Corpus, ctx: FactContext): BlockResult {
  const findings: Finding[] = [],
    confirmations: Confirmation[] = [];
  for (const block of ctx.prose.blocks) {
    // (a qualifier after a figure is read up to 60 characters on: qualifiersOf)
    const key = blockKey(ctx.text, ctx.reading.outside, block, 60);
    const r = perBlock(corpus, 'number', block, key, () => numbersInBlock(corpus, ctx, block));
    findings.push(...r.findings);
    confirmations.push(...r.confirmations);
  }
  return { findings, confirmations };
}

/** The numbers of one block of the writer's words, each against the source sentences stating the same fact. */
function numbersInBlock(corpus: Corpus, ctx: FactContext, block: Span): BlockResult {
  const findings: Finding[] = [],
    confirmations: Confirmation[] = [];
  const text = ctx.reading.outside;
  const all = findNumbers(text, block.start, block.end);
  let sent: Span | undefined,
    stems = new Set<string>();
  for (const d of all) {
    if (d.span.end > block.end || !Number.isFinite(d.value) || Math.abs(d.value) > MAX_FIGURE) continue;
    if (inQuestion(text, d.span, block)) continue;
    // The words of the sentence, its quoted words included, say what the number is about (read once per sentence).
    if (!(sent && d.span.start >= sent.start && d.span.end <= sent.end)) {
      sent = sentenceAt(text, d.span.start, block);
      stems = contentStems(ctx.text, sent.start, sent.end);
    }
    const clause = clauseAt(text, d.span, sent);
    const clauseWords = contentStems(ctx.text, clause.start, clause.end);
    const pairs = candidatePairs(corpus, d, stems, clauseWords, qualifiersOf(ctx.text, d));
    if (!pairs.length) continue;
    const near = pairs.filter((p) => p.score >= pairs[0].score * NEAR);
    // A figure agreeing with one clause of a source sentence is not confirmed when another clause of that
    // sentence counts the draft's thing more closely and disagrees ("14 percent now, down from 21 percent").
    const dClause = numberContext(text, d.span, sent, within(all, sent));
    const aff = new Map<Pair, number>();
    const affOf = (p: Pair) => {
      let a = aff.get(p);
      if (a === undefined) {
        a = affinity(dClause, d, p.s, p.n, numbersOf(p.s));
        aff.set(p, a);
      }
      return a;
    };
    const clauseOf = (p: Pair) => clauseAt(p.s.text, p.n.span, { start: 0, end: p.s.text.length }).start;
    const outranked = (p: Pair) =>
      near.some(
        (q) =>
          q.s.id === p.s.id &&
          q !== p &&
          !agrees(d, q.n) &&
          clauseOf(q) !== clauseOf(p) &&
          affOf(q) >= 2 &&
          affOf(q) > affOf(p),
      );
    let ok: Pair | undefined = near.find((p) => agrees(d, p.n) && !outranked(p));
    // The figures said around the best-linked sentences, in the same statement, may state it.
    for (const p of near.slice(0, 3)) {
      if (ok) break;
      // (its own sentence's figures were weighed above, clause by clause)
      const own = (x: NumberMention) => x.span.start >= p.s.from && x.span.end <= p.s.to;
      const n = neighbourNumbers(p.s).find((x) => !own(x) && sameThing(d, x) && agrees(d, x));
      if (n) ok = { s: p.s, n, score: p.score };
    }
    if (ok) {
      const src = ok.s.st.text.slice(ok.n.span.start, ok.n.span.end);
      const cite = cited(ok.s.doc, ok.s.span, ok.s.text, { speaker: ok.s.speaker, date: ok.s.date });
      const message = `Matches the source: ${ok.n.noun.length ? expression(ok.s, ok.n) : src}`;
      confirmations.push({ kind: 'fact', span: d.span, message, citation: cite });
      continue;
    }
    // A source figure that another number of this sentence states belongs to that number.
    const siblings = within(all, sent).filter((o) => o !== d);
    const sense = percentSense(ctx.text, d);
    const open = (p: Pair) =>
      !siblings.some((o) => sameThing(o, p.n) && agrees(o, p.n)) &&
      namedThingMet(d, p.n, stems) &&
      !opposed(sense, percentSense(p.s.text, p.n));
    const rivals = near.filter(open);
    if (!rivals.length) continue;
    // The source figure whose clause counts the same thing: most words shared with the draft's clause.
    const byLink = (x: { p: Pair; a: number }, y: { p: Pair; a: number }) => y.a - x.a || y.p.score - x.p.score;
    let ranked = rivals.map((p) => ({ p, a: affOf(p) })).sort(byLink);
    // A sentence sharing fewer of the draft sentence's words may state its fact more closely ("a 12 percent increase
    // in yearly sales" against "sales for its fiscal year rose 12 percent", where the year's other figures share
    // more): such a figure is the one compared, and when it agrees there is nothing to say.
    // (read only when a finding is in the making: the wider search costs a check about a third more)
    const closer = candidatePairs(corpus, d, stems, clauseWords, qualifiersOf(ctx.text, d), WIDE)
      .filter((p) => p.score < pairs[0].score * NEAR && open(p))
      .map((p) => ({ p, a: affOf(p) }))
      .filter((x) => x.a > ranked[0].a)
      .sort(byLink);
    if (closer.some((x) => agrees(d, x.p.n))) continue;
    if (closer.length) ranked = closer;
    let pick = ranked[0].p;
    // The sentence stating the draft sentence's other figures states this one too.
    const anchored = anchoredFigure(corpus, ctx, d, sent, siblings, stems, open).filter((p) => p.s.id !== pick.s.id);
    if (anchored.some((p) => agrees(d, p.n))) continue;
    if (anchored.length === 1) {
      pick = anchored[0];
      ranked = [{ p: pick, a: Math.max(1, affOf(pick)) }];
    }
    if (agrees(d, pick.n)) continue;
    if (ranked[0].a === 0 && !soleLink(d, pick, siblings, sense)) continue;
    const ambiguous = ranked.some((r) => r.a === ranked[0].a && r.p.n.value !== pick.n.value);
    // Link strength: the sentence's share of the draft's words, and the words its clause shares with the draft's.
    const confidence = Math.min(ambiguous ? HINT_CEILING : 1, pick.score + 0.08 * ranked[0].a);
    const severity = severityFor(confidence);
    if (!severity) continue;
    const said = expression(pick.s, pick.n);
    const edit = severity === 'error' ? numberFix(ctx, d, pick.s, pick.n) : undefined;
    const fixes: Fix[] =
      edit && fixHolds(ctx, sent, edit, pick.n) ? [{ title: `Change to ${edit.newText}`, edits: [edit] }] : [];
    findings.push({
      code: 'fact.number',
      severity,
      confidence,
      span: d.span,
      message:
        `${severity === 'error' ? 'The source says' : 'This may differ from the source, which says'} ${said}: ` +
        `${sourceLabel(pick.s)}.`,
      citation: cited(pick.s.doc, pick.s.span, pick.s.text, { speaker: pick.s.speaker, date: pick.s.date }),
      fixes,
    });
  }
  return { findings, confirmations };
}
