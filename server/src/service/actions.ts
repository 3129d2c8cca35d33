// Quick fixes that silence a finding rather than change the draft: an ignore comment on the
// line (Markdown), and "accept" entries shared in .verbatim/accepted.yaml.
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { Finding, LineIndex } from '../engine/index';
import type { AcceptArgs } from '../../../protocol/index';

const lineOf = (text: string, li: LineIndex, n: number) =>
  text.slice(li.starts[n], n + 1 < li.starts.length ? li.starts[n + 1] : text.length).replace(/\r?\n$|\r$/, '');

/**
 * "Ignore on this line": `<!-- verbatim-ignore-next-line CODE -->` above the finding's line (or the code
 * added to one already there).
 */
export function ignoreLineAction(
  f: Finding,
  diagnostic: Diagnostic,
  uri: string,
  version: number,
  text: string,
  li: LineIndex,
): CodeAction {
  const line = li.position(f.span.start).line;
  const title = `Ignore ${f.code} on this line`;
  const edit = (
    range: { start: { line: number; character: number }; end: { line: number; character: number } },
    newText: string,
  ): CodeAction => ({
    title,
    kind: 'quickfix',
    diagnostics: [diagnostic],
    edit: { documentChanges: [{ textDocument: { uri, version }, edits: [{ range, newText }] }] },
  });
  if (line > 0) {
    const prev = lineOf(text, li, line - 1);
    const m = /^([ \t]*(?:>[ \t]?)*)<!--\s*verbatim-ignore-next-line((?:\s+[a-z]+\.(?:[a-z]+|\*))+)\s*-->[ \t]*$/i.exec(
      prev,
    );
    if (m)
      return edit(
        { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: prev.length } },
        `${m[1]}<!-- verbatim-ignore-next-line ${m[2].trim()} ${f.code} -->`,
      );
  }
  const prefix = /^[ \t]*(?:>[ \t]?)*/.exec(lineOf(text, li, line))![0];
  const eol = /\r\n/.test(text) ? '\r\n' : /\r/.test(text) ? '\r' : '\n';
  return edit(
    { start: { line, character: 0 }, end: { line, character: 0 } },
    `${prefix}<!-- verbatim-ignore-next-line ${f.code} -->${eol}`,
  );
}

/** The arguments of an accept action: a quotation is accepted wherever it appears, a fact only in this draft. */
export function acceptArgs(f: Finding, text: string, uri: string, folderUri: string, draftRel: string): AcceptArgs {
  const words = text.slice(f.span.start, f.span.end).replace(/\s+/g, ' ').trim();
  const args: AcceptArgs = {
    uri,
    folder: folderUri,
    code: f.code,
    text: words,
    note: f.message.length > 200 ? f.message.slice(0, 199) + '…' : f.message,
  };
  if (!f.code.startsWith('quote.')) args.draft = draftRel;
  return args;
}

export function acceptAction(f: Finding, diagnostic: Diagnostic, command: string, args: AcceptArgs): CodeAction {
  const title = `Accept this ${f.code.startsWith('quote.') ? 'quotation' : 'fact'} (shared in .verbatim/accepted.yaml)`;
  return { title, kind: 'quickfix', diagnostics: [diagnostic], command: { title, command, arguments: [args] } };
}
