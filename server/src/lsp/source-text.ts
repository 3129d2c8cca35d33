// The extracted text of a PDF, web page, Word file, subtitle file or email,
// served to the editor as a read-only virtual document (URI scheme
// verbatim-source) so that Go to Definition and hover links land on the cited
// statement, with its page or timestamp marker above it. Clients that do not
// say they show such documents get the file itself.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Location } from 'vscode-languageserver';
import type { Citation } from '../engine/types';
import type { Corpora } from './corpora';
import type { CorpusProblem } from '../engine/corpus/files';
import { FORMAT_EXT } from '../engine/corpus/formats/types';
import { rereadFormatFile } from '../engine/corpus/formats/load';

export const SOURCE_SCHEME = 'verbatim-source';
/** Request: the extracted text behind a verbatim-source URI. */
export const SOURCE_TEXT = 'verbatim/sourceText';
export interface SourceTextParams {
  uri: string;
}
export interface SourceTextResult {
  text: string;
}

let clientShowsSourceText = false;

/** From the initialization options: `sourceView: true` when the client shows verbatim-source URIs. */
export function configureSourceView(init: unknown) {
  clientShowsSourceText =
    !!init && typeof init === 'object' && (init as { sourceView?: unknown }).sourceView === true;
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

/** Client command opening the source view at a line (VS Code hovers link only some schemes, and trusted commands). */
export const SHOW_SOURCE_TEXT = 'verbatim.showSourceText';

/** The link target a hover gives for a citation of an extracted source. */
export function sourceLink(c: Citation): string {
  if (!clientShowsSourceText) return pathToFileURL(c.file).toString();
  const args = JSON.stringify([sourceTextUri(c.file), c.range.start.line]);
  return `command:${SHOW_SOURCE_TEXT}?${encodeURIComponent(args)}`;
}

export function registerSourceText(connection: Connection, corpora: Corpora) {
  connection.onRequest(SOURCE_TEXT, async ({ uri }: SourceTextParams): Promise<SourceTextResult | null> => {
    let path: string;
    try {
      path = fileURLToPath(String(uri).replace(new RegExp(`^${SOURCE_SCHEME}:`), 'file:'));
    } catch {
      return null;
    }
    if (!FORMAT_EXT.test(path)) return null;
    // The text the citations' ranges are in: the loaded corpus's copy, else the file read again.
    for (const c of corpora.values()) {
      const f = c.files.get(path);
      if (f?.extracted) return { text: f.text };
    }
    const problems: CorpusProblem[] = [];
    const f = await rereadFormatFile(path, problems, corpora.cacheDir);
    return f ? { text: f.text } : { text: problems.map((p) => p.message).join('\n') || 'This source has no text.' };
  });
}
