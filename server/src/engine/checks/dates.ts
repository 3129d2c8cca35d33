// fact.date: a date or weekday that disagrees with the date of the event in
// the sources: the day a statement was made, a briefing held, or a date the
// source itself states. A date on the reporting verb of a quotation is the
// date of that quotation's own source; a release's or article's own date is
// the day it was issued, not the day of what it reports.
import type { Confirmation, Finding, Span } from '../types';
import type { Corpus } from '../corpus/corpus';
import type { FactContext, QuoteSource } from './fact-context';
import { contentStems } from '../text/content-words';
import type { FactIndex, SourceSentence } from '../corpus/fact-index';
import { daysBetween, findDates, formatDateLike, weekday, type DateMention } from '../text/dates';
import { cited } from './citation';
import { BoundedCache } from '../text/lru';
import { clauseAt, inQuestion, sentenceAt, within } from './sentence-at';
import { dateSegment, datesSaying, quoteOfReportingDate, reportsOtherEvent } from './date-links';
import { HINT_CEILING, severityFor } from './confidence';
import { blockKey, perBlock, type BlockResult } from './block-memo';
import { cachePerCorpus } from './corpus-cache';
import { chooseEvent } from './date-choice';

/** A dated source sentence; `spoken` when the date is only the day its words were said (not one it states). */
interface Event {
  s: SourceSentence;
  date: string;
  score: number;
  spoken: boolean;
  span?: Span;
  k: number;
}
interface EventDate {
  date: string;
  spoken: boolean;
  /** A stated date's place in the sentence, and among its stated dates (-1: the day of saying). */
  span?: Span;
  k: number;
}

const statedCaches = new WeakMap<FactIndex, BoundedCache<number, EventDate[]>>(); // sentence ids are per index
/** Dated source sentences with their event dates; sentences giving no event date (best first, a few). */
interface Events {
  events: Event[];
  undated: { score: number; doc: SourceSentence['doc'] }[];
}
const eventCache = cachePerCorpus<Events>(2_000_000);

/** Dated source sentences sharing the draft sentence's (or clause's) words, best first; cached by those words. */
function candidateEvents(corpus: Corpus, stems: Set<string>, clause: Set<string> | undefined): Events {
  const cache = eventCache(corpus);
  const key = `${[...stems].sort().join(' ')}|${clause ? [...clause].sort().join(' ') : ''}`;
  const have = cache.get(key);
  if (have) return have;
  const hits = new Map<number, number>(); // sentence id -> its best score
  for (const set of [stems, clause]) {
    if (!set) continue;
    for (const { id, score } of corpus.facts.search(set, 0.4, { dated: true })) {
      const h = hits.get(id);
      if (h === undefined || h < score) hits.set(id, score);
    }
  }
  const events: Event[] = [];
  const undated: Events['undated'] = [];
  // A check reads events within 0.75 of the best one it keeps (after setting aside those of another event
  // or a spoken day for a future one): stop at half the best share.
  for (const [id, score] of [...hits].sort((a, b) => b[1] - a[1]).slice(0, 150)) {
    const s = corpus.facts.sentence(id);
    const dates = eventDates(s);
    if (!dates.length) {
      if (undated.length < 8) undated.push({ score, doc: s.doc });
      continue;
    }
    if (events.length && score < events[0].score * 0.5) break;
    for (const x of dates) events.push({ s, score, ...x });
  }
  events.sort((a, b) => b.score - a.score);
  const top = { events: events.slice(0, 60), undated };
  cache.set(key, top, key.length * 2 + 60 * top.events.length + 100);
  return top;
}

/**
 * The dates a source sentence gives for what it reports: those it states, else the day its words were
 * said (a statement's, transcript's or interview's date). A release or article is dated the day it was
 * issued, which is the date of what it reports only when it says "today".
 */
function eventDates(s: SourceSentence): EventDate[] {
  let stated = statedCaches.get(s.index);
  if (!stated) {
    stated = new BoundedCache(2_000_000);
    statedCaches.set(s.index, stated);
  }
  let d = stated.get(s.id);
  if (!d) {
    const own = s.date
      ? findDates(s.text, s.date).filter(
          (x) => (x.style !== 'relative' || x.date === s.date) && !AS_OF.test(s.text.slice(0, x.span.start)),
        )
      : [];
    d = own.map((x, k) => ({ date: x.date, spoken: false, span: x.span, k }));
    const issued = s.doc.kind === 'release' || s.doc.kind === 'article';
    if (s.date && !d.length && !issued) d.push({ date: s.date, spoken: true, k: -1 });
    stated.set(s.id, d, 40 + 24 * d.length);
  }
  return d;
}

/** "… as of Wednesday": the day figures were counted up to, not the day of an event. */
const AS_OF = /\bas\s+of\s*$/i;

/** Whether a source sentence gives its event's date on a reporting verb ("Apple Inc. Thursday announced …"). */
function sourceSays(e: Event): boolean {
  const all = { start: 0, end: e.s.text.length };
  return findDates(e.s.text, e.s.date ?? e.date).some((m) => m.date === e.date && datesSaying(e.s.text, m.span, all));
}

function describe(d: DateMention, text: string, draftDate: string): string {
  const written = text.slice(d.span.start, d.span.end);
  return `the draft's "${written}" is ${d.date} (${weekday(d.date)}), read against the draft's date ${draftDate}`;
}

function fixFor(date: string, d: DateMention, ctx: FactContext) {
  const original = ctx.text.slice(d.valueSpan.start, d.valueSpan.end);
  let newText = formatDateLike(date, d, ctx.draftDate, original);
  // The same words for another day (a week apart, another year): say the full date instead.
  if (newText.toLowerCase() === original.toLowerCase()) {
    newText = formatDateLike(date, { ...d, style: 'absolute', withYear: true }, ctx.draftDate, 'January 1');
  }
  if (newText.toLowerCase() === original.toLowerCase()) return [];
  return [{ title: `Change to ${newText}`, edits: [{ span: d.valueSpan, newText }] }];
}

/** A date on a quotation's reporting verb, compared with the date of the statement the quotation was matched to. */
type Out = { findings: Finding[]; confirmations: Confirmation[] };

function checkQuotedDate(d: DateMention, q: QuoteSource, ctx: FactContext, out: Out) {
  // An article's date is the day it was published, not the day its quotations were said.
  if (!q.date || !q.citation || q.citation.kind === 'article') return;
  if (Math.abs(daysBetween(q.date, d.date)) <= (d.zoned ? 1 : 0)) {
    const message = `${q.date} (${weekday(q.date)}): the date of the quotation's source`;
    out.confirmations.push({ kind: 'fact', span: d.span, message, citation: q.citation });
    return;
  }
  out.findings.push({
    code: 'fact.date',
    severity: 'error',
    confidence: 0.95,
    span: d.span,
    message:
      `The quotation's source is dated ${q.date} (${weekday(q.date)}); ${describe(d, ctx.text, ctx.draftDate)}. ` +
      `Source: ${q.citation.title ?? q.citation.speaker ?? q.citation.file}.`,
    citation: q.citation,
    fixes: fixFor(q.date, d, ctx),
  });
}

/**
 * Whether a date the source states in a clause of its own ("has burned 72,500 acres …, up from 5 percent on Monday")
 * can be the draft date's: the draft date's clause (its sentence's words when the clause is only the date) shares a
 * word or a figure with that clause, the dates' own words left out ("since it broke out Saturday" shares none: the
 * source does not date the outbreak). A date of the whole source sentence, one standing alone before the sentence's
 * clause ("On Monday, …"), or a day of saying, always can.
 */
function sameDateClause(e: Event, text: string, date: Span, clause: Span, sentenceStems: Set<string>): boolean {
  if (!e.span) return true;
  const c = clauseAt(e.s.text, e.span, { start: 0, end: e.s.text.length });
  const theirs = clauseWords(e.s.text, c, e.span);
  if (theirs.size === 0 || theirs.size === clauseWords(e.s.text, { start: 0, end: e.s.text.length }, e.span).size)
    return true;
  let ours = clauseWords(text, clause, date);
  if (!ours.size) ours = sentenceStems;
  for (const w of theirs) if (ours.has(w)) return true;
  return false;
}
/** The content stems and figures of text[span], the date's own words left out. */
function clauseWords(text: string, span: Span, date: Span): Set<string> {
  const out = contentStems(text, span.start, span.end);
  for (const w of contentStems(text, date.start, date.end)) out.delete(w);
  const rest = text.slice(span.start, date.start) + ' ' + text.slice(date.end, span.end);
  for (const m of rest.matchAll(/\d[\d,.]*\d|\d/g)) out.add(m[0].replace(/,/g, ''));
  return out;
}

export function checkDates(corpus: Corpus, ctx: FactContext): BlockResult {
  const out: Out = { findings: [], confirmations: [] };
  for (const block of ctx.prose.blocks) {
    // What else a block's dates are read with: the draft's date, and the sources of the block's quotations.
    const quotes = (ctx.quoteSources ?? []).filter((q) => q.close >= block.start && q.open <= block.end);
    const key =
      `${blockKey(ctx.text, ctx.reading.outside, block)}\u0000${ctx.draftDate}\u0000` +
      JSON.stringify(quotes.map((q) => [q.open - block.start, q.close - block.start, q.date, q.citation]));
    const r = perBlock(corpus, 'date', block, key, () => datesInBlock(corpus, ctx, block));
    out.findings.push(...r.findings);
    out.confirmations.push(...r.confirmations);
  }
  return out;
}

/** The dates of one block of the writer's words, each against the source event it reports. */
function datesInBlock(corpus: Corpus, ctx: FactContext, block: Span): BlockResult {
  const out: Out = { findings: [], confirmations: [] };
  const text = ctx.reading.outside;
  const mentions = findDates(text, ctx.draftDate, block.start, block.end);
  for (const d of mentions) {
    const sent = sentenceAt(text, d.span.start, block);
    if (inQuestion(text, d.span, block)) continue;
    const q = quoteOfReportingDate(text, d.span, sent, ctx.quoteSources ?? []);
    if (q) {
      checkQuotedDate(d, q, ctx, out);
      continue;
    }
    // Each date of a sentence is read with its own words: from the date before it to its end.
    const seg = dateSegment(
      d.span,
      sent,
      within(mentions, sent).map((m) => m.span),
    );
    const clause = clauseAt(text, d.span, seg);
    // The words of the date's segment, its quoted words included.
    const sStems = contentStems(ctx.text, seg.start, seg.end);
    const cStems = contentStems(ctx.text, clause.start, clause.end);
    const segText = text.slice(seg.start, seg.end);
    // The day a source spoke is not the day of an event still ahead of the draft ("the bridge closes Jan. 18").
    // An event still ahead is not dated by a day already past, nor a past one by a day still ahead.
    const ahead = daysBetween(ctx.draftDate, d.date) > 0;
    // A date on the writer's reporting verb is the day of the saying: only a source's day of saying compares.
    const saying = datesSaying(text, d.span, sent);
    const found = candidateEvents(corpus, sStems, cStems.size >= 3 ? cStems : undefined);
    const events = found.events
      .filter((e) => !(ahead && e.spoken) && ahead === daysBetween(ctx.draftDate, e.date) > 0)
      .filter((e) => !reportsOtherEvent(segText, e.s.text))
      .filter((e) => !saying || e.spoken || sourceSays(e));
    if (!events.length) continue;
    const tolerance = d.zoned ? 1 : 0;
    const near = events.filter((e) => e.score >= events[0].score * 0.75);
    const ok = near.find((e) => Math.abs(daysBetween(e.date, d.date)) <= tolerance);
    if (ok) {
      const citation = cited(ok.s.doc, ok.s.span, ok.s.text, { speaker: ok.s.speaker, date: ok.s.date });
      out.confirmations.push({
        kind: 'fact',
        span: d.span,
        message: `${ok.date} (${weekday(ok.date)}) in the source`,
        citation,
      });
      continue;
    }
    // The date of the sentence the draft date's words belong to; sources that disagree among themselves about the
    // day (another day from a source linked nearly as strongly) make the finding less sure.
    const prev = within(mentions, sent)
      .filter((m) => m.span.end <= d.span.start)
      .pop();
    const { best, competing } = chooseEvent(near, prev?.date, sStems);
    if (!sameDateClause(best, ctx.text, d.span, clause, sStems)) continue;
    // A sentence of another source sharing more of the date's words gives no date of its event (a release's figures,
    // dated only by the day it was issued): the dated one is not known to report the draft's event.
    if (found.undated.some((u) => u.score > best.score && u.doc !== best.s.doc)) continue;
    // A source sharing a single word with the date's own words is a weak link.
    // Words of the source's title or speaker count when two or more of them are shared.
    let shared = 0,
      sharedMeta = 0;
    const own = contentStems(best.s.text);
    for (const w of own) if (sStems.has(w)) shared++;
    for (const w of contentStems(`${best.s.title ?? ''} ${best.s.speaker ?? ''}`)) {
      if (sStems.has(w) && !own.has(w)) sharedMeta++;
    }
    if (sharedMeta >= 2) shared += sharedMeta;
    // Sources disagreeing with each other make at most a hint.
    const confidence = Math.min(competing ? HINT_CEILING : 1, Math.min(1, best.score) * (shared >= 2 ? 1 : 0.5));
    const severity = severityFor(confidence);
    if (!severity) continue;
    const sure = severity === 'error';
    out.findings.push({
      code: 'fact.date',
      severity,
      confidence,
      span: d.span,
      message:
        `${sure ? 'The source dates this' : 'This may differ from the source, which dates it'} ${best.date} ` +
        `(${weekday(best.date)}); ${describe(d, ctx.text, ctx.draftDate)}. Source: ` +
        `${best.s.title ?? best.s.speaker ?? best.s.doc.path}.`,
      citation: cited(best.s.doc, best.s.span, best.s.text, { speaker: best.s.speaker, date: best.s.date }),
      fixes: sure ? fixFor(best.date, d, ctx) : [],
    });
  }
  return out;
}
