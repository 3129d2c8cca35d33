// The quotation sheet: every quotation of a draft with its speaker and status.
import {
  checkDraft,
  LineIndex,
  People,
  proseOf,
  readProse,
  speakerOf,
  withNested,
  type CheckOptions,
  type Corpus,
  type QuoteKind,
  type Range,
} from '../engine/index';

export interface SheetRow {
  range: Range;
  text: string;
  /** The resolved speaker (a person's full name or an organization), null when the draft does not say or is unclear. */
  speaker: string | null;
  speakerAsWritten: string | null;
  speakerInCorpus: boolean;
  kind: QuoteKind;
  /** Inside another quotation (a speaker quoting someone). */
  nested?: boolean;
  status?: string;
  source?: string;
  message?: string;
}

export function quoteSheet(file: string, text: string, corpus: Corpus | undefined, opts: CheckOptions) {
  const li = new LineIndex(text);
  const result = corpus ? checkDraft(corpus, file, text, opts) : undefined;
  const quotes =
    result?.quotes ??
    (() => {
      const p = proseOf(file, text);
      return readProse(p.text, p.blocks, new People()).quotes;
    })();
  const rows: SheetRow[] = withNested(quotes).map((q) => {
    const a = q.attribution;
    const top = q.outer === undefined;
    const finding = !top
      ? undefined
      : result?.findings.find(
          (f) => f.code.startsWith('quote.') && f.span.start < q.span.end && q.span.start < f.span.end,
        );
    const conf = !top
      ? undefined
      : result?.confirmations.find((c) => c.kind === 'quote' && c.span.start === q.span.start);
    const status = !result
      ? undefined
      : finding
        ? finding.code.replace('quote.', '')
        : conf
          ? 'verified'
          : 'not checked';
    const cite = finding?.citation ?? conf?.citation;
    return {
      range: li.range(q.span),
      text: text.slice(q.span.start, q.span.end),
      ...speakerOf(a?.ref),
      speakerAsWritten: a ? text.slice(a.span.start, a.span.end) : null,
      kind: q.kind ?? 'direct',
      ...(q.outer !== undefined ? { nested: true } : {}),
      status,
      source: cite ? `${cite.file}:${cite.range.start.line + 1}` : undefined,
      message: finding?.message,
    };
  });
  return { file, quotes: rows };
}

export function quoteSheetText(sheet: ReturnType<typeof quoteSheet>): string {
  const out = [`${sheet.quotes.length} quotation${sheet.quotes.length === 1 ? '' : 's'} in ${sheet.file}`];
  for (const r of sheet.quotes) {
    const words = r.text.length > 70 ? r.text.slice(0, 67) + '…' : r.text;
    out.push(`${sheet.file}:${r.range.start.line + 1}:${r.range.start.character + 1} “${words}”`);
    const who = r.speaker
      ? `${r.speakerAsWritten && r.speakerAsWritten !== r.speaker ? `${r.speakerAsWritten} → ` : ''}${r.speaker}` +
        `${r.speakerInCorpus ? '' : ' (not in the sources)'}`
      : 'speaker not found';
    out.push(
      `    ${r.kind}${r.nested ? ', nested' : ''}; speaker: ` +
        `${r.kind === 'title' || r.kind === 'scare' ? '(none: not a saying)' : who}` +
        `${r.status ? `    status: ${r.status}` : ''}${r.source ? `    source: ${r.source}` : ''}`,
    );
  }
  return out.join('\n');
}
