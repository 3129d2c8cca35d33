// Hover: what a finding says (with the source's words), that a quotation or fact is confirmed, or,
// for a quotation with neither, who the draft says spoke (or "speaker not found", or that a title is
// nobody's words).
import type { Hover, Position } from 'vscode-languageserver-types';
import { confirmationHover, findingHover } from '../convert';
import { quoteHover } from '../sheet';
import type { VerbatimService } from '../service';

export function hover(service: VerbatimService, uri: string, position: Position): Hover | null {
  const c = service.current(uri);
  if (!c) return null;
  const at = c.lines.offset(position);
  const rel = (p: string) => service.workspace.relative(p);
  const finding = c.result.findings.find((x) => x.span.start <= at && at <= x.span.end);
  if (finding) return { contents: findingHover(finding, rel), range: c.lines.range(finding.span) };
  const ok = c.result.confirmations.find((x) => x.span.start <= at && at <= x.span.end);
  if (ok) return { contents: confirmationHover(ok, rel), range: c.lines.range(ok.span) };
  const quote = quoteHover(c.result.quotes ?? [], at);
  return quote ? { contents: { kind: 'markdown', value: quote.value }, range: c.lines.range(quote.span) } : null;
}
