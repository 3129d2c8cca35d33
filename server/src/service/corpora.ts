// The corpora the server has loaded, by corpus folder list. A corpus is built
// off the request path (in slices that yield to the event loop, with
// progress), taken from the on-disk cache when its files did not change, and
// kept current file by file as sources change; only a change to people.yaml
// rebuilds it.
import { homedir } from 'node:os';
import { join, sep } from 'node:path';
import {
  Corpus,
  openCache,
  MAX_SOURCE_BYTES,
  saveCache,
  type BuildProgress,
  type CorpusProblem,
  type SourceFile,
  deferRead,
} from '../engine/index';
import { readText, type ServiceFileSystem } from './host';
import { formatChanges } from './format-changes';

export interface LoadInfo {
  ms: number;
  at: string;
  fromCache: boolean;
}

/** Where caches go when the editor names no storage folder. */
export function defaultCacheDir(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'verbatim');
}

export class Corpora extends Map<string, Corpus> {
  readonly info = new Map<string, LoadInfo>();
  private building = new Map<string, Promise<Corpus>>();
  private saveTimers = new Map<string, NodeJS.Timeout>();
  /** Called when a loaded corpus changes or is dropped (its key), or every corpus is (no key). */
  onChange: (key?: string) => void = () => {};

  /** Called when a corpus changed in the background (a PDF or other format file read again after it changed). */
  onBackgroundChange?: () => void;

  constructor(
    public cacheDir: string | undefined,
    private log: (msg: string) => void,
    private fs: Pick<ServiceFileSystem, 'readCorpusFolders' | 'readBytes' | 'stamp'>,
  ) {
    super();
  }

  static key(dirs: string[]) {
    return dirs.join('\n');
  }

  /** Loads (or returns) the corpus of these folders without blocking the event loop for long. */
  load(dirs: string[], onProgress?: (p: BuildProgress) => void): Promise<Corpus> {
    const key = Corpora.key(dirs);
    const have = this.get(key);
    if (have) return Promise.resolve(have);
    let p = this.building.get(key);
    if (!p) {
      p = this.build(dirs, onProgress).finally(() => this.building.delete(key));
      this.building.set(key, p);
    }
    return p;
  }

  private async build(dirs: string[], onProgress?: (p: BuildProgress) => void): Promise<Corpus> {
    const key = Corpora.key(dirs);
    const started = Date.now();
    const problems: CorpusProblem[] = [];
    // With a cache, text files are found and stamped, and read only when the cache cannot serve (or, from the cache,
    // when a check first needs one).
    const files = await this.fs.readCorpusFolders(dirs, (p) => problems.push(p), {
      cacheDir: this.cacheDir,
      onProgress,
      defer: this.cacheDir ? deferRead : undefined,
    });
    onProgress?.({ phase: 'reading', done: files.length, total: files.length });
    await new Promise((r) => setImmediate(r));
    const opened = this.cacheDir ? openCache(files, this.cacheDir, (p) => problems.push(p)) : undefined;
    let corpus = opened?.corpus;
    const fromCache = !!corpus;
    if (!corpus) {
      corpus = await Corpus.build(opened?.files ?? files, problems, onProgress);
      if (opened) this.scheduleSave(key, corpus, 0, opened);
    }
    this.set(key, corpus);
    const ms = Date.now() - started;
    this.info.set(key, { ms, at: new Date().toISOString(), fromCache });
    this.log(
      `corpus ${dirs.join(', ')}: ${corpus.docs.length} files, ${corpus.liveStatements} statements, ` +
        `${corpus.people.persons.length} people in ${ms} ms${fromCache ? ' (from the cache)' : ''}`,
    );
    return corpus;
  }

  private scheduleSave(key: string, corpus: Corpus, delay: number, keys?: { key: string; stamps: string }) {
    clearTimeout(this.saveTimers.get(key));
    this.saveTimers.set(
      key,
      setTimeout(() => {
        this.saveTimers.delete(key);
        if (this.get(key) !== corpus || !this.cacheDir) return;
        try {
          saveCache(corpus, this.cacheDir, keys?.key, keys?.stamps);
        } catch (e) {
          this.log(`could not write the corpus cache in ${this.cacheDir}: ${(e as Error).message}`);
        }
      }, delay).unref(),
    );
  }

  /**
   * Source files changed on disk: each loaded corpus holding one takes it in
   * (or forgets it); a corpus that needs a rebuild (people.yaml) is dropped and
   * built again on next use. Returns whether any corpus changed.
   */
  filesChanged(paths: string[]): boolean {
    let changed = false;
    for (const [key, corpus] of [...this.entries()]) {
      const dirs = key.split('\n');
      const inside = paths.filter((p) => dirs.some((d) => p.startsWith(d + sep)));
      // PDFs and the other formats (and their sidecars) are read again off the request path.
      const background = formatChanges(inside, corpus, this.cacheDir, this.log, () => {
        if (this.get(key) !== corpus) return;
        this.onChange(key);
        if (this.cacheDir) this.scheduleSave(key, corpus, 5000);
        this.onBackgroundChange?.();
      });
      const mine = inside.filter((p) => !background.has(p) && /\.(md|markdown|txt|jsonl|ya?ml)$/i.test(p));
      if (!mine.length) continue;
      changed = true;
      this.onChange(key);
      let rebuild = false;
      for (const p of mine) {
        if (/\.ya?ml$/i.test(p) && !/people\.ya?ml$/i.test(p)) continue;
        const file = this.readSource(p);
        if (!corpus.updateFile(p, file)) {
          rebuild = true;
          break;
        }
      }
      if (rebuild) {
        this.delete(key);
        this.log(`corpus ${dirs.join(', ')}: people.yaml changed; rebuilding`);
      } else {
        this.log(`corpus ${dirs.join(', ')}: updated ${mine.length} file${mine.length === 1 ? '' : 's'}`);
        if (this.cacheDir) this.scheduleSave(key, corpus, 5000);
      }
    }
    return changed;
  }

  override clear() {
    this.onChange();
    super.clear();
    this.info.clear();
  }

  /**
   * A source file as the corpus reads it, or undefined when it is gone or cannot be read as text. Stamped before it
   * is read (a change in between makes the next cache key differ, never a stale cache).
   */
  private readSource(path: string): SourceFile | undefined {
    const stamp = this.fs.stamp(path);
    const text = readText(this.fs, path, MAX_SOURCE_BYTES);
    return text !== undefined && text.trim() ? { path, text, stamp: stamp === 'none' ? undefined : stamp } : undefined;
  }
}
