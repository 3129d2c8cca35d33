// Source files read when their text is first asked for. A corpus taken from the on-disk cache
// (corpus/cache.ts) finds its files by their stamps (modification time and size) without reading
// them; a check then reads the few files whose statements it looks at. Each such read is held to
// the contents the cache was built from (their SHA-1): a file that changed after all (edited
// since the corpus was loaded, or within the stamp's resolution) is reported stale, and the corpus
// takes it in again before its next check (Corpus.refreshStale).
import { createHash } from 'node:crypto';
import { readSourceFile, type CorpusProblem, type SourceFile } from './files';

export class DiskFile implements SourceFile {
  private read?: SourceFile | null; // null: gone, or no longer a text the corpus reads
  /** The SHA-1 (hex) of the contents the corpus was built from, when it came from the cache. */
  expected?: string;
  /** Told once when the file's contents are not the ones expected. */
  onStale?: (path: string) => void;
  constructor(
    readonly path: string,
    readonly stamp: string,
  ) {}

  /** Whether the file was read (its text asked for) yet. */
  get loaded(): boolean {
    return this.read !== undefined;
  }

  get text(): string {
    if (this.read === undefined) {
      this.read = readSourceFile(this.path, () => {}, this.stamp) ?? null;
      if (this.expected !== undefined && (!this.read || contentHash(this.read) !== this.expected))
        this.onStale?.(this.path);
    }
    return this.read?.text ?? '';
  }

  /** The contents' SHA-1 without reading the file when the cache said what it is and it was not read since. */
  get hash(): string {
    if (this.read === undefined && this.expected !== undefined) return this.expected;
    void this.text;
    return this.read ? contentHash(this.read) : '';
  }

  /** Read now as the walk reads a file (problems reported; an empty or binary file is left out). */
  materialize(onProblem: (p: CorpusProblem) => void): SourceFile | undefined {
    return readSourceFile(this.path, onProblem, this.stamp);
  }
}

/** SHA-1 (hex) of a file's text as UTF-8 (for a UTF-8 file not decoded yet, of its bytes: the same digest). */
export function contentHash(f: SourceFile): string {
  if (f instanceof DiskFile) return f.hash;
  return createHash('sha1')
    .update(f.utf8 ?? f.text)
    .digest('hex');
}

/** The files of a deferred walk read as the walk would have read them. */
export function materialize(files: SourceFile[], onProblem: (p: CorpusProblem) => void): SourceFile[] {
  const out: SourceFile[] = [];
  for (const f of files) {
    const m = f instanceof DiskFile ? f.materialize(onProblem) : f;
    if (m) out.push(m);
  }
  return out;
}

/** A walk that finds and stamps text files without reading them. */
export const deferRead = (path: string, stamp: string) => new DiskFile(path, stamp);
