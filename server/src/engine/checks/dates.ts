// fact.date: a date or weekday that disagrees with the date of the event in
// the sources: the day a statement was made, a briefing held, a release
// issued, or a date the source itself states.
import type { Confirmation, Finding } from '../types';
import type { Corpus } from '../corpus/corpus';
import type { FactContext } from './facts';
import { contentStems } from '../text/content-words';
import type { FactIndex, SourceSentence } from '../corpus/fact-index';
import { daysBetween, findDates, formatDateLike, weekday } from '../text/dates';
import { cited } from './citation';
import { BoundedCache } from '../text/lru';
import { clauseAt, sentenceAt } from './sentence-at';

interface Event { s: SourceSentence; date: string; score: number }

const statedCaches = new WeakMap<FactIndex, BoundedCache<number, string[]>>(); // sentence ids are per index
const eventCache = new WeakMap<Corpus, { version: number; cache: BoundedCache<string, Event[]> }>();

/** Dated source sentences sharing the draft sentence's (or clause's) words, best first; cached by those words. */
function candidateEvents(corpus: Corpus, stems: Set<string>, clause: Set<string> | undefined): Event[] {
  let c = eventCache.get(corpus);
  if (!c || c.version !== corpus.version) { c = { version: corpus.version, cache: new BoundedCache(2_000_000) }; eventCache.set(corpus, c); }
  const key = `${[...stems].sort().join(' ')}|${clause ? [...clause].sort().join(' ') : ''}`;
  const have = c.cache.get(key);
  if (have) return have;
  const hits = new Map<number, { s: SourceSentence; score: number }>();
  for (const set of [stems, clause]) {
    if (!set) continue;
    for (const { s, score } of corpus.facts.search(set, 0.4, { dated: true })) { const h = hits.get(s.id); if (!h || h.score < score) hits.set(s.id, { s, score }); }
  }
  const events: Event[] = [];
  // A check reads only events within 0.75 of the best one's share: stop below that.
  for (const { s, score } of [...hits.values()].sort((a, b) => b.score - a.score).slice(0, 150)) {
    if (events.length && score < events[0].score * 0.75) break;
    for (const date of eventDates(s)) events.push({ s, date, score });
  }
  events.sort((a, b) => b.score - a.score);
  const top = events.slice(0, 60);
  c.cache.set(key, top, key.length * 2 + 60 * top.length + 100);
  return top;
}
/** The dates a source sentence gives for what it reports: those it states, else its document's date. */
function eventDates(s: SourceSentence): string[] {
  let stated = statedCaches.get(s.index);
  if (!stated) { stated = new BoundedCache(2_000_000); statedCaches.set(s.index, stated); }
  let d = stated.get(s.id);
  if (!d) {
    d = s.date ? findDates(s.text, s.date).filter((x) => x.style !== 'relative' || x.date === s.date).map((x) => x.date) : [];
    if (s.date && (!d.length || /\btoday\b/i.test(s.text))) d.push(s.date);
    stated.set(s.id, d, 40 + 24 * d.length);
  }
  return d;
}

export function checkDates(corpus: Corpus, ctx: FactContext): { findings: Finding[]; confirmations: Confirmation[] } {
  const findings: Finding[] = [], confirmations: Confirmation[] = [];
  const text = ctx.reading.outside;
  for (const block of ctx.prose.blocks) {
    for (const d of findDates(text, ctx.draftDate, block.start, block.end)) {
      const sent = sentenceAt(text, d.span.start, block);
      const clause = clauseAt(text, d.span, sent);
      const sStems = contentStems(text, sent.start, sent.end), cStems = contentStems(text, clause.start, clause.end);
      const events = candidateEvents(corpus, sStems, cStems.size >= 3 ? cStems : undefined);
      if (!events.length) continue;
      const best = events[0];
      const tolerance = d.zoned ? 1 : 0;
      const ok = events.find((e) => e.score >= best.score * 0.75 && Math.abs(daysBetween(e.date, d.date)) <= tolerance);
      if (ok) {
        confirmations.push({ kind: 'fact', span: d.span, message: `${ok.date} (${weekday(ok.date)}) in the source`, citation: cited(ok.s.doc, ok.s.span, ok.s.text, { speaker: ok.s.speaker, date: ok.s.date }) });
        continue;
      }
      const original = ctx.text.slice(d.valueSpan.start, d.valueSpan.end);
      let newText = formatDateLike(best.date, d, ctx.draftDate, original);
      // The same words for another day (a week apart, another year): say the full date instead.
      if (newText.toLowerCase() === original.toLowerCase()) newText = formatDateLike(best.date, { ...d, style: 'absolute', withYear: true }, ctx.draftDate, 'January 1');
      const fixes = newText.toLowerCase() === original.toLowerCase() ? [] : [{ title: `Change to ${newText}`, edits: [{ span: d.valueSpan, newText }] }];
      findings.push({
        code: 'fact.date', severity: 'error', span: d.span,
        message: `The source dates this ${best.date} (${weekday(best.date)}); the draft's "${ctx.text.slice(d.span.start, d.span.end)}" is ${d.date} (${weekday(d.date)}), read against the draft's date ${ctx.draftDate}. Source: ${best.s.title ?? best.s.speaker ?? best.s.doc.path}.`,
        citation: cited(best.s.doc, best.s.span, best.s.text, { speaker: best.s.speaker, date: best.s.date }),
        fixes,
      });
    }
  }
  return { findings, confirmations };
}
