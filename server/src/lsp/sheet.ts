// The quotation sheet as the editor shows it: every quotation of a draft, who it is
// attributed to as written and as resolved, its status and a link to its source.
// (The CLI's `verbatim quotes` prints the same from server/src/cli/sheet.ts; this one adds
// source URIs and ranges, and marks quotations a comment or accepted.yaml silenced.)
import type { CheckResult } from '../engine/engine';
import type { Citation, Finding } from '../engine/types';
import type { LineIndex } from '../engine/text/positions';
import { speakerOf, withNested } from '../engine/draft/describe';
import type { QuoteSheetRow } from './protocol';
import { fileUri } from './convert';

/**
 * Rows from a check with suppressions off (`raw`), so that a silenced quotation still shows
 * what it is; `why` tells whether a raw finding is silenced (by a comment or accepted.yaml).
 */
export function sheetRows(text: string, lines: LineIndex, raw: CheckResult | undefined, quotes: CheckResult['quotes'], why: (f: Finding) => 'comment' | 'accepted' | undefined, relative: (p: string) => string): QuoteSheetRow[] {
  return withNested(quotes).map((q) => {
    const a = q.attribution;
    const top = q.outer === undefined;
    const finding = !top ? undefined : raw?.findings.find((f) => f.code.startsWith('quote.') && f.span.start < q.span.end && q.span.start < f.span.end);
    const conf = !top ? undefined : raw?.confirmations.find((c) => c.kind === 'quote' && c.span.start < q.span.end && q.span.start < c.span.end);
    const silenced = finding && why(finding);
    const status: QuoteSheetRow['status'] = !raw ? 'not checked'
      : finding ? (silenced === 'comment' ? 'ignored' : silenced === 'accepted' ? 'accepted' : finding.code.replace('quote.', '') as QuoteSheetRow['status'])
      : conf ? 'verified' : 'not checked';
    const cite: Citation | undefined = finding?.citation ?? conf?.citation;
    return {
      text: text.slice(q.span.start, q.span.end), range: lines.range(q.span),
      speakerAsWritten: a ? text.slice(a.span.start, a.span.end) : undefined,
      ...(() => { const s = speakerOf(a?.ref); return s.speaker ? { speaker: s.speaker, speakerInCorpus: s.speakerInCorpus } : {}; })(),
      kind: q.kind ?? 'direct', ...(top ? {} : { nested: true }),
      status, code: silenced ? finding!.code : undefined, message: finding?.message,
      source: cite ? { uri: fileUri(cite.file), range: cite.range, label: `${relative(cite.file)}:${cite.range.start.line + 1}`, speaker: cite.speaker, date: cite.date, words: cite.text } : undefined,
    };
  });
}
