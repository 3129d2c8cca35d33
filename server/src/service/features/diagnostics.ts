// Diagnostics of a draft: the findings of its last check, in protocol terms.
import type { Diagnostic } from 'vscode-languageserver-types';
import { toDiagnostic } from '../convert';
import type { Checked } from '../service';

export const diagnosticsOf = (c: Checked): Diagnostic[] => c.result.findings.map((f, i) => toDiagnostic(f, c.lines, i));
