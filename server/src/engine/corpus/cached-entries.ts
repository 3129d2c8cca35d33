// The documents and statements of a corpus taken from the on-disk cache (corpus/cache.ts). Each reads its
// file's text only when first asked (corpus/files.ts decodes a UTF-8 file then): a check reads the text of the
// few statements it looks at, and decoding every file was half of a cached load.
import type { Span } from '../types';
import { LineIndex } from '../text/positions';
import type { SourceFile } from './files';
import type { SourceDoc } from './source-doc';
import type { Statement } from './documents';

/** A statement's `base` when it has none (its words are its own text). */
export const NONE = 0xffffffff;

/** A document taken from the cache: its text and line index made from its file when first asked. */
export class CachedDoc implements SourceDoc {
  readonly path: string;
  readonly kind: SourceDoc['kind'];
  title?: string;
  date?: string;
  organization?: string;
  speaker?: string;
  role?: string;
  place?: string;
  url?: string;
  prose?: SourceDoc['prose'];
  speakers?: SourceDoc['speakers'];
  extracted?: SourceDoc['extracted'];
  private lineIndex?: LineIndex;
  constructor(
    m: Record<string, unknown>,
    private readonly file: SourceFile | undefined,
  ) {
    this.path = m.path as string;
    this.kind = m.kind as SourceDoc['kind'];
    this.title = m.title as string | undefined;
    this.date = m.date as string | undefined;
    this.organization = m.organization as string | undefined;
    this.speaker = m.speaker as string | undefined;
    this.role = m.role as string | undefined;
    this.place = m.place as string | undefined;
    this.url = m.url as string | undefined;
    this.prose = m.fm ? { text: '', blocks: [], frontMatterSpan: m.fm as Span } : undefined;
    this.speakers = m.speakers as SourceDoc['speakers'];
    this.extracted = file?.extracted;
  }
  get text(): string {
    return this.file?.text ?? '';
  }
  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }
}

/** A statement taken from the cache: its words sliced from its document's text when first asked. */
export class CachedStatement implements Statement {
  private own?: string;
  constructor(
    readonly id: number,
    readonly doc: SourceDoc,
    readonly span: Span,
    jsonlText: string | undefined,
    readonly base: number | undefined,
    readonly speaker: string | undefined,
    readonly person: Statement['person'],
    readonly role: string | undefined,
    readonly organization: string | undefined,
    readonly date: string | undefined,
    readonly speech: boolean,
    readonly title: string | undefined,
    readonly url: string | undefined,
    public removed: true | undefined,
  ) {
    this.own = jsonlText;
  }
  get text(): string {
    if (this.own === undefined) {
      const b = this.base ?? NONE; // (no base and no text of its own: no words, as when built)
      this.own = this.doc.text.slice(b, b + (this.span.end - this.span.start));
    }
    return this.own;
  }
}
