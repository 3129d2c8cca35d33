// Shapes the service's parts share: documents, what the service tells the editor, a check.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { StatusParams } from '../../../protocol/index';
import type { CheckResult, LineIndex } from '../engine/index';

/** An open document as the service reads it (vscode-languageserver's TextDocument is one). */
export interface ServiceDocument {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  getText(): string;
}
export interface DocumentStore {
  get(uri: string): ServiceDocument | undefined;
  all(): ServiceDocument[];
}

export interface ProgressReporter {
  report(percentage: number | undefined, message?: string): void;
  done(): void;
}

/** What the service tells the editor. */
export interface ServiceEvents {
  publishDiagnostics(uri: string, diagnostics: Diagnostic[], version?: number): void;
  status(params: StatusParams): void;
  /** Progress for a long task, when the editor shows it. */
  beginProgress(title: string, message: string): Promise<ProgressReporter | undefined>;
  /** Asks the editor to watch source files below a folder (all workspace folders when none); false if it cannot. */
  watchFiles(folder: string | undefined): boolean;
}

/** What a check found: all the editor's features need (the worker sends only this back). */
/** What a check hands back (also from the check worker): quotations too, for the hover of one without a finding. */
export type CheckSummary = Pick<CheckResult, 'findings' | 'confirmations' | 'notes' | 'skipped'> &
  Partial<Pick<CheckResult, 'quotes'>>;

/** A check of a draft's text, with its line index. */
export interface Checked {
  version: number;
  result: CheckSummary;
  lines: LineIndex;
}
