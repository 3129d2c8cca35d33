// One source file as read: its text, kind and front-matter fields. Apart from documents.ts, which
// reads it, so that people.ts can name the document a person came from without importing its reader.
import type { LineIndex } from '../text/positions';
import type { Prose } from '../text/prose';
import type { ExtractedInfo } from './formats/types';

export type DocKind = 'statement' | 'transcript' | 'interview' | 'release' | 'article' | 'jsonl' | 'people';

export interface SourceDoc {
  path: string;
  text: string;
  lines: LineIndex;
  kind: DocKind;
  title?: string;
  date?: string;
  organization?: string;
  speaker?: string;
  role?: string;
  place?: string;
  url?: string;
  prose?: Prose;
  speakers?: { name: string; role?: string; organization?: string }[];
  /** For a PDF, web page, Word file, subtitles or email: its format and places (pages, timestamps) in `text`. */
  extracted?: ExtractedInfo;
}
