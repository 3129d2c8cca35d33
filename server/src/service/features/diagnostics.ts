// Diagnostics of a draft: the findings of its last check, in protocol terms, and a note when the
// check stopped early (a draft over the size checked in the editor, or over the time budget).
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { toDiagnostic } from '../convert';
import type { Checked } from '../types';

export const SKIPPED_CODE = 'check.skipped';

export function diagnosticsOf(c: Checked): Diagnostic[] {
  const out = c.result.findings.map((f, i) => toDiagnostic(f, c.lines, i));
  if (c.result.skipped) {
    const at = { line: 0, character: 0 };
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
