// The engine's front door: check one draft against a corpus. The language
// server, the CLI, the benchmarks and the tests all call this.
import type { Confirmation, Finding, FindingCode, Severity } from './types';
import type { Corpus } from './corpus/corpus';
import { proseOf } from './text/prose';
import { readProse, type DraftQuote, type Reading } from './draft/analyze';
import { checkQuote } from './checks/quotes';
import { checkFacts, type QuoteSource } from './checks/facts';
import { normName } from './corpus/people';
import { clearProseCache } from './text/prose';
import { clearMentionCache } from './draft/mentions';
import { isCalendarDate } from './text/dates';
import { suppressFindings } from './suppress';

export interface CheckOptions {
  /** The draft's date (YYYY-MM-DD) when its front matter has none; default today. */
  draftDate?: string;
  /** Report quotations no source supports (default true). */
  reportUnverified?: boolean;
  /** Severity per code, or 'off'. */
  severity?: Partial<Record<FindingCode, Severity | 'off'>>;
  /** Asked between quotations and before the facts: true stops the check there (see CheckResult.skipped). */
  shouldStop?: () => boolean;
}

export interface CheckResult {
  findings: Finding[];
  confirmations: Confirmation[];
  quotes: DraftQuote[];
  reading: Reading;
  draftDate: string;
  /** Problems with the draft itself (for example malformed front matter). */
  notes: string[];
  /** What was not checked because shouldStop said so, in words. */
  skipped?: string;
}

/**
 * Forgets every result the re-check caches hold for this corpus, so the next
 * check does all its work (what a check of a draft never seen before costs).
 */
export function clearCheckCaches(corpus: Corpus): void {
  corpus.version++;
  corpus.facts.clearMemo();
  clearProseCache();
  clearMentionCache(corpus.people);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Checks a draft against the corpus. A corpus from the cache reads its files late; a file found changed on that
 * first read (Corpus.stale) is taken in again and the check run again, so that no finding rests on words a source
 * no longer holds.
 */
export function checkDraft(corpus: Corpus, path: string, text: string, opts: CheckOptions = {}): CheckResult {
  corpus.refreshStale();
  for (let attempt = 1; ; attempt++) {
    let result: CheckResult;
    try {
      result = checkOnce(corpus, path, text, opts);
    } catch (e) {
      if (!corpus.stale.size || attempt >= 3) throw e;
      corpus.refreshStale();
      continue;
    }
    if (!corpus.refreshStale() || attempt >= 3) return result;
  }
}

function checkOnce(corpus: Corpus, path: string, text: string, opts: CheckOptions): CheckResult {
  const prose = proseOf(path, text);
  const notes: string[] = [];
  if (prose.frontMatterError) notes.push(`Front matter: ${prose.frontMatterError}`);
  for (const n of prose.notes ?? []) notes.push(n); // parts read as plain text or skipped (text/prose-limits.ts)
  const fmDate = prose.frontMatter?.date;
  const fmDateStr =
    typeof fmDate === 'string' ? fmDate : fmDate instanceof Date ? fmDate.toISOString().slice(0, 10) : undefined;
  if (fmDateStr && !isCalendarDate(fmDateStr))
    notes.push(
      `Front matter: date "${fmDateStr}" is not a calendar date (YYYY-MM-DD); relative dates are read against ` +
        `${isCalendarDate(opts.draftDate) ? opts.draftDate : 'today'}`,
    );
  const draftDate = isCalendarDate(fmDateStr) ? fmDateStr : isCalendarDate(opts.draftDate) ? opts.draftDate : today();
  const reading = readProse(prose.text, prose.blocks, corpus.people);
  const mentionedBefore = (name: string, offset: number) =>
    reading.mentions.some(
      (m) =>
        m.ref.kind === 'person' &&
        m.ref.person.name === name &&
        m.span.start < offset &&
        normName(text.slice(m.span.start, m.span.end)) === normName(name),
    );
  const findings: Finding[] = [];
  const confirmations: Confirmation[] = [];
  let skipped: string | undefined;
  const quoteSources: QuoteSource[] = [];
  for (const [i, q] of reading.quotes.entries()) {
    if (opts.shouldStop?.()) {
      skipped = `${reading.quotes.length - i} of ${reading.quotes.length} quotations and every fact`;
      break;
    }
    const r = checkQuote(q, { text, corpus, mentionedBefore, reportUnverified: opts.reportUnverified !== false });
    findings.push(...r.findings);
    confirmations.push(...r.confirmations);
    const citation = [...r.confirmations, ...r.findings].find((x) => x.citation)?.citation;
    quoteSources.push({ open: q.open, close: q.close, date: citation?.date, citation });
  }
  if (!skipped && opts.shouldStop?.()) skipped = 'every fact';
  const facts = skipped
    ? { findings: [], confirmations: [] }
    : checkFacts(corpus, { text, prose, reading, draftDate, quoteSources });
  findings.push(...facts.findings);
  confirmations.push(...facts.confirmations);
  const out: Finding[] = [];
  for (const f of findings.sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code))) {
    const sev = opts.severity?.[f.code];
    if (sev === 'off') continue;
    // A code's level applies to its findings; an uncertain fact (an information-level hint) is never raised by it.
    out.push(sev && !(f.severity === 'information' && sev !== 'hint') ? { ...f, severity: sev } : f);
  }
  return {
    findings: suppressFindings(out, path, text, opts),
    confirmations,
    quotes: reading.quotes,
    reading,
    draftDate,
    notes,
    skipped,
  }; // suppress.ts: comments, accepted.yaml
}
