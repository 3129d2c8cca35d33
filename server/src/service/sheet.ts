// The quotation sheet as the editor shows it: every quotation of a draft, who it is
// attributed to as written and as resolved, its status and a link to its source.
// (The CLI's `verbatim quotes` prints the same from server/src/cli/sheet.ts; this one adds
// source URIs and ranges, and marks quotations a comment or accepted.yaml silenced.)
import {
  speakerOf,
  withNested,
  type CheckResult,
  type Citation,
  type Finding,
  type LineIndex,
  type Span,
} from '../engine/index';
import type { QuoteSheetRow } from '../../../protocol/index';
import { fileUri } from './uris';

/**
 * Rows from a check with suppressions off (`raw`), so that a silenced quotation still shows
 * what it is; `why` tells whether a raw finding is silenced (by a comment or accepted.yaml).
 */
export function sheetRows(
  text: string,
  lines: LineIndex,
  raw: CheckResult | undefined,
  quotes: CheckResult['quotes'],
  why: (f: Finding) => 'comment' | 'accepted' | undefined,
  relative: (p: string) => string,
): QuoteSheetRow[] {
  return withNested(quotes).map((q) => {
    const a = q.attribution;
    const top = q.outer === undefined;
    const finding = !top
      ? undefined
      : raw?.findings.find(
          (f) => f.code.startsWith('quote.') && f.span.start < q.span.end && q.span.start < f.span.end,
        );
    const conf = !top
      ? undefined
      : raw?.confirmations.find((c) => c.kind === 'quote' && c.span.start < q.span.end && q.span.start < c.span.end);
    const silenced = finding && why(finding);
    const status: QuoteSheetRow['status'] = !raw
      ? 'not checked'
      : finding
        ? silenced === 'comment'
          ? 'ignored'
          : silenced === 'accepted'
            ? 'accepted'
            : (finding.code.replace('quote.', '') as QuoteSheetRow['status'])
        : conf
          ? 'verified'
          : 'not checked';
    const cite: Citation | undefined = finding?.citation ?? conf?.citation;
    return {
      text: text.slice(q.span.start, q.span.end),
      range: lines.range(q.span),
      speakerAsWritten: a ? text.slice(a.span.start, a.span.end) : undefined,
      ...(() => {
        const s = speakerOf(a?.ref);
        return s.speaker ? { speaker: s.speaker, speakerInCorpus: s.speakerInCorpus } : {};
      })(),
      kind: q.kind ?? 'direct',
      ...(top ? {} : { nested: true }),
      status,
      code: silenced ? finding!.code : undefined,
      message: finding?.message,
      source: cite
        ? {
            uri: fileUri(cite.file),
            range: cite.range,
            label: `${relative(cite.file)}:${cite.range.start.line + 1}`,
            speaker: cite.speaker,
            date: cite.date,
            words: cite.text,
          }
        : undefined,
    };
  });
}

/**
 * The hover of a quotation that has no finding or confirmation of its own: who the draft says spoke, "speaker not
 * found" when it does not make that clear, or that a title or a scare quote is nobody's words.
 */
export function quoteHover(quotes: CheckResult['quotes'], at: number): { value: string; span: Span } | undefined {
  const q = withNested(quotes).find((x) => x.span.start <= at && at <= x.span.end);
  if (!q) return undefined;
  if (q.kind === 'title')
    return { value: "A title or a name (of a work, a slogan): nobody's words, not checked.", span: q.span };
  if (q.kind === 'scare') return { value: "A word held at a distance: nobody's words, not checked.", span: q.span };
  const s = speakerOf(q.attribution?.ref);
  const written =
    q.speakerAsWritten && q.speakerAsWritten !== s.speaker ? ` (“${q.speakerAsWritten}” in the draft)` : '';
  return {
    value: s.speaker
      ? `Quotation said by ${s.speaker}${written}${s.speakerInCorpus ? '' : ', not in the sources'}.`
      : 'Quotation: speaker not found in the draft.',
    span: q.span,
  };
}
