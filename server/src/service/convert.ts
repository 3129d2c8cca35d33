// Engine results in protocol terms: diagnostics, hovers, code actions, locations.
import {
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic,
  type Location,
  type MarkupContent,
} from 'vscode-languageserver-types';
import {
  codeDescription,
  type Citation,
  type Confirmation,
  type CorpusProblem,
  type Finding,
  type LineIndex,
  type Severity,
} from '../engine/index';
import { sourceLink, sourceLocation } from './source-view';
import { fileUri } from './uris';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export { fileUri };

export function citationLocation(c: Citation): Location {
  return c.format ? sourceLocation(c) : { uri: fileUri(c.file), range: c.range };
}

export function toDiagnostic(f: Finding, li: LineIndex, index: number): Diagnostic {
  return {
    range: li.range(f.span),
    severity: SEVERITY[f.severity],
    code: f.code,
    codeDescription: { href: codeDescription(f.code) },
    source: 'verbatim',
    message: f.message,
    relatedInformation: f.citation
      ? [{ location: citationLocation(f.citation), message: `Source: ${whoWhen(f.citation)}` }]
      : undefined,
    data: { index },
  };
}

export function problemDiagnostic(p: CorpusProblem): Diagnostic {
  const line = p.line ?? 0;
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    severity: SEVERITY[p.severity],
    code: p.code,
    source: 'verbatim',
    message: p.message,
  };
}

function whoWhen(c: Citation): string {
  const parts = [c.speaker, [c.role, c.organization].filter(Boolean).join(', '), c.date];
  return parts.filter(Boolean).join(' · ') || c.file;
}

function esc(s: string) {
  return s.replace(/([\\`*_{}[\]()#+\-!|<>])/g, '\\$1');
}

/** The citation as Markdown: who, in what role, when, where, and the source's exact words. */
export function citationMarkdown(c: Citation, relative: (p: string) => string): string {
  const lines: string[] = [];
  const who = [
    c.speaker && `**${esc(c.speaker)}**`,
    [c.role, c.organization]
      .filter((x) => x && x !== c.speaker)
      .map((x) => esc(x!))
      .join(', '),
  ]
    .filter(Boolean)
    .join(', ');
  if (who) lines.push(who);
  const link = c.format
    ? `[${esc(relative(c.file))}${c.place ? `, ${esc(c.place)}` : ''}](${sourceLink(c)})`
    : `[${esc(relative(c.file))}:${c.range.start.line + 1}](${fileUri(c.file)}#L${c.range.start.line + 1})`;
  const where = [c.date, c.title ? `*${esc(c.title)}*` : undefined, link].filter(Boolean).join(' · ');
  lines.push(where);
  lines.push('', ...c.text.split(/\r?\n/).map((l) => `> ${esc(l)}`));
  return lines.join('\n');
}

export function findingHover(f: Finding, relative: (p: string) => string): MarkupContent {
  const parts = [`**${f.code}** — ${esc(f.message)}`];
  if (f.diff?.some((d) => d.op !== 'equal')) {
    const marked = f.diff
      .map((d) =>
        d.op === 'equal'
          ? esc(d.draft!)
          : d.op === 'added'
            ? `~~${esc(d.draft!)}~~`
            : d.op === 'dropped'
              ? `**${esc(d.source!)}**`
              : `~~${esc(d.draft!)}~~ **${esc(d.source!)}**`,
      )
      .join(' ');
    parts.push('', `Differences (~~draft~~ **source**): ${marked}`);
  }
  if (f.citation) parts.push('', '---', '', citationMarkdown(f.citation, relative));
  return { kind: 'markdown', value: parts.join('\n') };
}

export function confirmationHover(c: Confirmation, relative: (p: string) => string): MarkupContent {
  return { kind: 'markdown', value: [`✓ ${esc(c.message)}`, '', citationMarkdown(c.citation, relative)].join('\n') };
}

export function fixActions(
  f: Finding,
  diagnostic: Diagnostic,
  uri: string,
  version: number,
  li: LineIndex,
): CodeAction[] {
  return f.fixes.map((fix, k) => ({
    title: fix.title,
    kind: 'quickfix',
    diagnostics: [diagnostic],
    isPreferred: k === 0,
    edit: {
      documentChanges: [
        {
          textDocument: { uri, version },
          edits: fix.edits.map((e) => ({ range: li.range(e.span), newText: e.newText })),
        },
      ],
    },
  }));
}
