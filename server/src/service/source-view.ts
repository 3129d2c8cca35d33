// Where citations of extracted sources (PDFs, web pages, Word files, subtitles, emails) lead: a
// read-only virtual document of the extracted text (URI scheme verbatim-source), with its page or
// timestamp marker above the statement, in clients that say they show such documents; the file
// itself in the others. The text is served by features/sourceText.ts.
import { pathToFileURL } from 'node:url';
import type { Location } from 'vscode-languageserver-types';
import { SHOW_SOURCE_TEXT, SOURCE_SCHEME } from '../../../protocol/index';
import type { Citation } from '../engine/index';

let clientShowsSourceText = false;

/** From the initialization options: `sourceView: true` when the client shows verbatim-source URIs. */
export function configureSourceView(init: unknown) {
  clientShowsSourceText = !!init && typeof init === 'object' && (init as { sourceView?: unknown }).sourceView === true;
}

export function sourceTextUri(path: string): string {
  return pathToFileURL(path)
    .toString()
    .replace(/^file:/, `${SOURCE_SCHEME}:`);
}

/** Where a citation of an extracted source opens: its text in the source view, or the file itself at its start. */
export function sourceLocation(c: Citation): Location {
  if (clientShowsSourceText) return { uri: sourceTextUri(c.file), range: c.range };
  const start = { line: 0, character: 0 };
  return { uri: pathToFileURL(c.file).toString(), range: { start, end: start } };
}

/** The link target a hover gives for a citation of an extracted source. */
export function sourceLink(c: Citation): string {
  if (!clientShowsSourceText) return pathToFileURL(c.file).toString();
  const args = JSON.stringify([sourceTextUri(c.file), c.range.start.line]);
  return `command:${SHOW_SOURCE_TEXT}?${encodeURIComponent(args)}`;
}
