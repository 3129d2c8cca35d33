// Shared data types of the engine. Offsets are UTF-16 code-unit offsets into a
// document's text (what JavaScript strings index by); LSP positions are derived
// from them by text/positions.ts.

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

/** A half-open span [start, end) of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type FindingCode =
  | 'quote.misattributed'
  | 'quote.altered'
  | 'quote.unverified'
  | 'fact.number'
  | 'fact.date'
  | 'fact.title'
  | 'fact.name';

export const FINDING_CODES: FindingCode[] = [
  'quote.misattributed',
  'quote.altered',
  'quote.unverified',
  'fact.number',
  'fact.date',
  'fact.title',
  'fact.name',
];

export interface TextEdit {
  span: Span;
  newText: string;
}
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** Where in the corpus a finding or a confirmed fact comes from. */
export interface Citation {
  file: string; // source file path
  span: Span; // span in that file
  range: Range; // same span as an LSP range
  speaker?: string;
  role?: string;
  organization?: string;
  date?: string;
  title?: string; // source document title
  kind?: string; // statement | transcript | interview | release | article | jsonl
  place?: string; // where within the source, for a PDF ("p. 3") or subtitles ("at 00:12:31")
  format?: string; // pdf | html | docx | vtt | srt | eml: `span` is in the text extracted from the file
  text: string; // the source's exact words
}

/** One word-level difference between a quotation and its source. */
export interface WordDiff {
  op: 'equal' | 'added' | 'dropped' | 'changed';
  draft?: string;
  source?: string;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  span: Span; // in the draft
  message: string;
  citation?: Citation;
  fixes: Fix[];
  diff?: WordDiff[];
  /** How sure the engine is, 0-1 (fact findings): how strongly the source is linked, whether sources disagree. */
  confidence?: number;
}

/** A quotation or fact the corpus confirms: shown on hover, never as a diagnostic. */
export interface Confirmation {
  kind: 'quote' | 'fact';
  span: Span;
  message: string;
  citation: Citation;
}
