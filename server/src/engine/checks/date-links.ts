// Which words and which source a date in the draft belongs to: a date on a
// quotation's reporting verb belongs to the quotation; a sentence with two
// dates gives each its own words; a source that only intends or urges an
// event ("urged the council to approve") does not date the event itself.
import type { Span } from '../types';
import type { QuoteSource } from './fact-context';
import { REPORTING_VERBS } from '../text/reporting-verbs';

const VERB = new RegExp(`\\b(?:${REPORTING_VERBS})\\b`, 'i');
/** A reporting verb and at most a few words ("told the board") right before the date. */
const VERB_THEN_DATE = new RegExp(
  `\\b(?:${REPORTING_VERBS})\\b(?:\\s+[\\p{L}'’.-]+){0,4}?\\s*(?:on\\s+|last\\s+)?$`,
  'iu',
);
/** The date right before a reporting verb ("on Monday said", "Monday, said"). */
const DATE_THEN_VERB = new RegExp(`^[\\s,]*(?:[\\p{L}'’.-]+\\s+){0,4}?(?:${REPORTING_VERBS})\\b`, 'iu');

/**
 * The quotation whose reporting verb the date stands on, in the same sentence of the writer's words
 * ("…," Bexley said on Monday. / "…," said Lindqvist, the firm's president, on Monday. /
 * On Monday, Guo said: "…").
 */
export function quoteOfReportingDate(
  outside: string,
  date: Span,
  sent: Span,
  quotes: QuoteSource[],
): QuoteSource | undefined {
  let best: QuoteSource | undefined,
    gapBest = Infinity;
  for (const q of quotes) {
    if (q.open < sent.start || q.close > sent.end + 1) continue;
    if (q.close <= date.start) {
      const gap = outside.slice(q.close, date.start);
      if (gap.length > 140 || /[.!?;]\s/.test(gap) || !VERB.test(gap)) continue;
      // The date ends the attribution: the verb and its date are together.
      if (!VERB_THEN_DATE.test(gap) && !DATE_THEN_VERB.test(outside.slice(date.end, sent.end))) continue;
      if (gap.length < gapBest) {
        best = q;
        gapBest = gap.length;
      }
    } else if (q.open >= date.end) {
      const gap = outside.slice(date.end, q.open);
      if (gap.length > 100 || /[.!?;]\s/.test(gap)) continue;
      if (!DATE_THEN_VERB.test(gap) && !VERB_THEN_DATE.test(outside.slice(sent.start, date.start))) continue;
      if (!/[:,]\s*$|\bthat\s*$/.test(gap)) continue;
      if (gap.length < gapBest) {
        best = q;
        gapBest = gap.length;
      }
    }
  }
  return best;
}

/** A reporting verb right before a date ("said Thursday", "told reporters on Monday"). */
const SAID_THEN_DATE = new RegExp(
  `\\b(?:${REPORTING_VERBS})(?:\\s+(?:reporters|journalists))?\\s+(?:on\\s+|last\\s+)?$`,
  'i',
);
/** A reporting verb right after a date ("Apple on Thursday said", "Thursday announced"). */
const DATE_THEN_SAID = new RegExp(`^\\s*,?\\s*(?:${REPORTING_VERBS})\\b`, 'i');

/**
 * Whether a date stands on a reporting verb of the writer's (or a source's) own sentence: it dates the saying
 * ("Apple said Thursday that revenue rose"), not what was said.
 */
export function datesSaying(text: string, date: Span, sent: Span): boolean {
  const before = text.slice(Math.max(sent.start, date.start - 60), date.start);
  return SAID_THEN_DATE.test(before) || DATE_THEN_SAID.test(text.slice(date.end, Math.min(sent.end, date.end + 40)));
}

/**
 * The words a date of a sentence is read with: from the end of the date before it (or the sentence start)
 * to its end, and on to the sentence end when it is the last one.
 */
export function dateSegment(date: Span, sent: Span, dates: Span[]): Span {
  let start = sent.start,
    end = sent.end;
  for (const o of dates) {
    if (o.end <= date.start && o.end > start && o.start >= sent.start) start = o.end;
    if (o.start >= date.end && o.start < sent.end) end = Math.min(end, date.end);
  }
  return { start, end };
}

/** Verbs of wanting or asking for an event rather than doing it. */
const AIMING =
  'urg\\w*|ask\\w*|call\\w* on|plan\\w*|want\\w*|hop\\w*|expect\\w*|intend\\w*|propos\\w*|' +
  'seek\\w*|sought|press\\w*|' +
  'encourag\\w*|push\\w*|lobb\\w*|need\\w*|aim\\w*|tr(?:y|ies|ied)|prepar\\w*|set to|due to|expected to';

/**
 * Whether a source sentence reports a different event than the draft's verb: the draft says it happened
 * ("approved") while the source only has it as an aim ("urged the council to approve", "will approve").
 */
export function reportsOtherEvent(draftWords: string, sourceText: string): boolean {
  for (const m of draftWords.matchAll(/\b([a-z]{3,}?)e?d\b/g)) {
    const { aim, done } = eventPatterns(m[1]);
    if (aim.test(sourceText) && !done.test(sourceText)) return true;
  }
  return false;
}

const patterns = new Map<string, { aim: RegExp; done: RegExp }>();
/** The patterns of a verb's aim ("urged … to approve", "will approve") and its deed ("approved"), once per verb. */
function eventPatterns(base: string): { aim: RegExp; done: RegExp } {
  let p = patterns.get(base);
  if (!p) {
    // "urged the council to approve", "will approve": an aim, not the event ("voted to approve" is the event).
    const aim = new RegExp(
      `\\b(?:(?:${AIMING})\\b[^.;]{0,80}?\\bto|will|would|could|should|may|might|must)\\s+(?:[a-z]+\\s+)?${base}e?\\b`,
      'i',
    );
    p = { aim, done: new RegExp(`\\b${base}e?d\\b`, 'i') };
    if (patterns.size < 10_000) patterns.set(base, p);
  }
  return p;
}
