// The documents and statements of a corpus taken from the on-disk cache (corpus/cache.ts). Each reads its
// file's text only when first asked (corpus/files.ts decodes a UTF-8 file then): a check reads the text of the
// few statements it looks at, and decoding every file was half of a cached load.
import type { Span } from '../types';
import { LineIndex } from '../text/positions';
import type { SourceFile } from './files';
import type { SourceDoc } from './source-doc';
import type { Statement } from './documents';
import type { Person } from './people';

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

/** The statements' columns as the cache file holds them, shared by every CachedStatement of a corpus. */
export interface StatementColumns {
  stDoc: Uint32Array;
  stStart: Uint32Array;
  stEnd: Uint32Array;
  stBase: Uint32Array;
  stSpeaker: Uint32Array;
  stRole: Uint32Array;
  stOrg: Uint32Array;
  stDate: Uint32Array;
  stTitle: Uint32Array;
  stUrl: Uint32Array;
  stPerson: Uint32Array;
  stFlags: Uint32Array;
  /** The table of distinct strings (0: none). */
  strings: (string | undefined)[];
  docs: SourceDoc[];
  persons: Person[];
  /** Statements whose words are not a slice of their file (escaped JSONL strings), by id. */
  texts: Map<number, string>;
}

/**
 * A statement taken from the cache: its fields read from the shared columns when asked, its words sliced from its
 * document's text when first asked. (An object of three fields per statement: making 100k statements of a dozen
 * fields each was a third of a cached load.)
 */
export class CachedStatement implements Statement {
  private own?: string;
  private spanMemo?: Span;
  removed: true | undefined = undefined;
  constructor(
    readonly id: number,
    private readonly c: StatementColumns,
  ) {
    if (c.stFlags[id] & 2) this.removed = true;
  }
  get doc(): SourceDoc {
    return this.c.docs[this.c.stDoc[this.id]];
  }
  get span(): Span {
    return (this.spanMemo ??= { start: this.c.stStart[this.id], end: this.c.stEnd[this.id] });
  }
  get base(): number | undefined {
    const b = this.c.stBase[this.id];
    return b !== NONE ? b : undefined;
  }
  get speaker(): string | undefined {
    return this.c.strings[this.c.stSpeaker[this.id]];
  }
  get person(): Person | undefined {
    const p = this.c.stPerson[this.id];
    return p !== NONE ? this.c.persons[p] : undefined;
  }
  get role(): string | undefined {
    return this.c.strings[this.c.stRole[this.id]];
  }
  get organization(): string | undefined {
    return this.c.strings[this.c.stOrg[this.id]];
  }
  get date(): string | undefined {
    return this.c.strings[this.c.stDate[this.id]];
  }
  get speech(): boolean {
    return (this.c.stFlags[this.id] & 1) === 1;
  }
  get title(): string | undefined {
    return this.c.strings[this.c.stTitle[this.id]];
  }
  get url(): string | undefined {
    return this.c.strings[this.c.stUrl[this.id]];
  }
  get text(): string {
    if (this.own === undefined) {
      const c = this.c;
      const own = c.texts.get(this.id);
      if (own !== undefined) this.own = own;
      else {
        const b = c.stBase[this.id]; // (no base and no text of its own: no words, as when built)
        this.own = b === NONE ? '' : this.doc.text.slice(b, b + (c.stEnd[this.id] - c.stStart[this.id]));
      }
    }
    return this.own;
  }
}
