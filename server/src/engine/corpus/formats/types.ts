// Shared shapes of the format readers: what a PDF, web page, Word file,
// subtitle file or email becomes before the corpus reads it as a document.
import type { Span } from '../../types';

export type SourceFormat = 'pdf' | 'html' | 'docx' | 'vtt' | 'srt' | 'eml';

/** Source files read through a format reader (everything else is read as text). */
export const FORMAT_EXT = /\.(pdf|html?|docx|vtt|srt|eml)$/i;

export function formatOf(path: string): SourceFormat | undefined {
  const m = FORMAT_EXT.exec(path);
  if (!m) return undefined;
  const ext = m[1].toLowerCase();
  return ext === 'htm' ? 'html' : (ext as SourceFormat);
}

/** Largest file of each format that is read (bytes). */
export const FORMAT_LIMITS: Record<SourceFormat, number> = {
  pdf: 50 * 1024 * 1024,
  docx: 20 * 1024 * 1024,
  html: 5 * 1024 * 1024,
  vtt: 10 * 1024 * 1024,
  srt: 10 * 1024 * 1024,
  eml: 25 * 1024 * 1024,
};

/** Where in the source a stretch of the extracted text comes from: "p. 3", "at 00:12:31". */
export interface Place {
  at: number;
  label: string;
}

export type FormatProblemCode =
  'corpus.pdf' | 'corpus.html' | 'corpus.docx' | 'corpus.subtitles' | 'corpus.email' | 'corpus.sidecar';
export interface FormatProblem {
  code: FormatProblemCode;
  severity: 'error' | 'warning' | 'information';
  message: string;
}

/** What a reader makes of a file: metadata, the text (paragraphs split by blank lines), places and marker lines. */
export interface Extraction {
  meta: Record<string, string | { name: string }[] | undefined>;
  body: string;
  /** Places in `body`, in order. */
  places: Place[];
  /** Lines of `body` that only show the place ("[p. 3]"): shown in the source view, never read as words. */
  markers: Span[];
  problems: FormatProblem[];
}

/** Kept with a source file read through a format reader (offsets in its extracted text). */
export interface ExtractedInfo {
  format: SourceFormat;
  places: Place[];
  markers: Span[];
}

/** The place of an offset of the extracted text: the last place starting at or before it. */
export function placeAt(places: readonly Place[] | undefined, offset: number): string | undefined {
  if (!places?.length) return undefined;
  let lo = 0,
    hi = places.length - 1,
    found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid].at <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 ? places[found].label : undefined;
}
