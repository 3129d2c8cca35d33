// Code actions on a draft: the finding's fixes, "ignore on this line" (Markdown) and "accept"
// (an entry in the workspace folder's .verbatim/accepted.yaml).
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import { acceptAction, acceptArgs, ignoreLineAction } from '../actions';
import { fixActions, toDiagnostic } from '../convert';
import { patternPath } from '../globs';
import type { VerbatimService } from '../service';
import { fileUri, pathOfUri } from '../uris';

/**
 * `acceptCommand`: the command behind "accept" (the client's own, or the server's that applies the
 * edit itself); none when the editor can do neither.
 */
export function codeActions(
  service: VerbatimService,
  uri: string,
  range: Range,
  diagnostics: Diagnostic[],
  acceptCommand: string | undefined,
): CodeAction[] {
  const c = service.current(uri);
  const doc = service.documents.get(uri);
  const path = pathOfUri(uri);
  if (!c || !doc || !path) return [];
  const start = c.lines.offset(range.start);
  const end = c.lines.offset(range.end);
  const fixes: CodeAction[] = [];
  const silencers: CodeAction[] = [];
  const text = doc.getText();
  const root = service.workspace.rootOf(path);
  c.result.findings.forEach((f, i) => {
    if (f.span.start > end || f.span.end < start) return;
    const diagnostic =
      diagnostics.find((d) => d.code === f.code && c.lines.offset(d.range.start) === f.span.start) ??
      toDiagnostic(f, c.lines, i);
    fixes.push(...fixActions(f, diagnostic, uri, doc.version, c.lines));
    if (doc.languageId === 'markdown') silencers.push(ignoreLineAction(f, diagnostic, uri, doc.version, text, c.lines));
    if (root && acceptCommand) {
      const args = acceptArgs(f, text, uri, fileUri(root), patternPath(root, path));
      silencers.push(acceptAction(f, diagnostic, acceptCommand, args));
    }
  });
  return [...fixes, ...silencers];
}
