// Diagnostics of a draft: the findings of its last check, in protocol terms, the draft's own notes
// (a front matter that cannot be read, an invalid `date:`, parts read as plain text or not read), and
// a note when the check stopped early (a draft over the size checked in the editor, or over the time budget).
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { toDiagnostic } from '../convert';
import type { Checked } from '../types';

export const SKIPPED_CODE = 'check.skipped';
export const NOTE_CODE = 'draft.note';

export function diagnosticsOf(c: Checked): Diagnostic[] {
  const out = c.result.findings.map((f, i) => toDiagnostic(f, c.lines, i));
  const at = { line: 0, character: 0 };
  for (const message of c.result.notes ?? []) {
    out.push({
      range: { start: at, end: at },
      severity: DiagnosticSeverity.Warning,
      code: NOTE_CODE,
      source: 'verbatim',
      message,
    });
  }
  if (c.result.skipped) {
    out.push({
      range: { start: at, end: at },
      severity: DiagnosticSeverity.Information,
      code: SKIPPED_CODE,
      source: 'verbatim',
      message: `Verbatim did not check all of this draft: not checked were ${c.result.skipped}.`,
    });
  }
  return out;
}
