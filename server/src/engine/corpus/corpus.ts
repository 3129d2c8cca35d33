// A loaded corpus: its documents, statements, people and indexes. Built in
// steps that can yield to the event loop (so a language server keeps answering
// while a large folder is indexed), updated one file at a time, and cached on
// disk (corpus/cache.ts).
import type { CorpusProblem, SourceFile } from './files';
import { readSourceFile, stampNow, walkCorpus } from './files';
import { FORMAT_EXT } from './formats/types';
import { readCorpusFiles, type ReadOptions } from './formats/load';
import { WordScan } from '../text/word-hashes';
import { People } from './people';
import { NgramIndex } from './ngrams';
import { FactIndex } from './fact-index';
import { SpareArrays } from './spare-arrays';
import { docStatements, parseDoc, type SourceDoc, type Statement } from './documents';
import { jsonlStatements } from './jsonl';
import { parsePeople } from './people-file';

export interface BuildProgress {
  phase: 'reading' | 'parsing' | 'indexing';
  done: number;
  total: number;
}

const isPeople = (p: string) => /(^|[\\/])people\.ya?ml$/i.test(p);
const isDoc = (p: string) => /\.(md|markdown|txt)$/i.test(p) || FORMAT_EXT.test(p);
const isJsonl = (p: string) => /\.jsonl$/i.test(p);

export class Corpus {
  readonly people = new People();
  readonly docs: SourceDoc[] = [];
  readonly statements: Statement[] = [];
  index = new NgramIndex(this.statements);
  /** Source sentences for the fact checks. */
  facts = new FactIndex(this.statements);
  readonly problems: CorpusProblem[] = [];
  /** Changes whenever statements are added or removed (for caches of check results). */
  version = 0;
  /** The files it was built from, by path (their text is what statements slice). */
  readonly files = new Map<string, SourceFile>();
  /**
   * Files found changed when first read (a corpus from the cache reads its files late: corpus/disk-file.ts); the
   * corpus takes them in again before its next check.
   */
  readonly stale = new Set<string>();

  /** Takes the stale files in again (read now); whether any was. */
  refreshStale(): boolean {
    if (!this.stale.size) return false;
    for (const path of [...this.stale]) {
      this.stale.delete(path);
      const problems: CorpusProblem[] = [];
      const file = readSourceFile(path, (p) => problems.push(p), stampNow(path));
      if (this.updateFile(path, file)) this.problems.push(...problems);
    }
    return true;
  }

  get liveStatements(): number {
    return this.statements.reduce((n, s) => n + (s.removed ? 0 : 1), 0);
  }

  private nextId = () => this.statements.length + this.pendingIds++;
  private pendingIds = 0;
  private problem = (p: CorpusProblem) => {
    this.problems.push(p);
  };

  /** The build, as steps reporting progress: people, documents, statements, then the indexes. */
  private *steps(files: SourceFile[]): Generator<BuildProgress> {
    for (const f of files) this.files.set(f.path, f);
    // People first, then every document's speakers, so that articles can be attributed with all names known.
    for (const f of files) {
      if (!isPeople(f.path)) continue;
      this.guard(f.path, () => parsePeople(f, this.people, this.problem));
      yield { phase: 'parsing', done: 0, total: files.length };
    }
    const parsed: SourceDoc[] = [];
    let done = 0;
    for (const f of files) {
      const d = isDoc(f.path) ? this.guard(f.path, () => parseDoc(f, this.people, this.problem)) : undefined;
      if (d) parsed.push(d);
      if (++done % 20 === 0) yield { phase: 'parsing', done, total: files.length };
    }
    const add = (sts: Statement[]) => {
      this.pendingIds = 0;
      for (const s of sts) this.statements.push(s);
    };
    for (const f of files) {
      if (!isJsonl(f.path)) continue;
      const r = this.guard(f.path, () => jsonlStatements(f, this.people, this.problem, this.nextId));
      if (!r) continue;
      this.docs.push(r.doc);
      add(r.statements);
      yield { phase: 'parsing', done, total: files.length };
    }
    for (const [k, d] of parsed.entries()) {
      const sts = this.guard(d.path, () => docStatements(d, this.people, this.problem, this.nextId));
      if (!sts) continue;
      this.docs.push(d);
      add(sts);
      if (k % 20 === 19) yield { phase: 'parsing', done, total: files.length };
    }
    const n = this.statements.length;
    // Room in the indexes for the words foreseen (about one every five characters of text).
    let chars = 0;
    for (let i = 0; i < n; i++) chars += this.statements[i].text.length;
    this.index.expect(Math.ceil(chars / 5));
    this.facts.expect(Math.ceil(chars / 5), n);
    for (let i = 0; i < n; i++) {
      this.indexStatement(this.statements[i]);
      if (i % 500 === 499) yield { phase: 'indexing', done: i + 1, total: n };
    }
    // Sorting the postings into their compact arrays, one index at a time (each is a pause of its own), each sort in
    // the arrays the ones before it are done with.
    const spare = new SpareArrays();
    this.index.tri.freeze(spare);
    yield { phase: 'indexing', done: n, total: n };
    this.index.uni.freeze(spare);
    yield { phase: 'indexing', done: n, total: n };
    for (const _ of this.facts.freezing(spare)) yield { phase: 'indexing', done: n, total: n };
    // The prose mask is no longer needed.
    for (const d of this.docs) if (d.prose) d.prose = { ...d.prose, text: '', blocks: [] };
    this.version++;
  }

  /**
   * Runs one file's step; an exception (a bug a strange file provokes) costs that file, reported
   * as corpus.unreadable, never the corpus.
   */
  private guard<T>(path: string, step: () => T): T | undefined {
    try {
      return step();
    } catch (e) {
      this.pendingIds = 0;
      const why =
        e instanceof RangeError ? 'it is too complex to read' : `internal error: ${(e as Error)?.message ?? String(e)}`;
      const message = `could not be read (${why}); skipped`;
      this.problem({ file: path, code: 'corpus.unreadable', severity: 'warning', message });
      return undefined;
    }
  }

  private indexStatement(s: Statement) {
    const words = this.scan.scan(s.text);
    this.index.add(s, words);
    this.facts.add(s, words);
  }
  private scan = new WordScan();

  /** Builds a corpus from files already read (the caller decides where they come from). */
  static fromFiles(files: SourceFile[], problems: CorpusProblem[] = []): Corpus {
    const c = new Corpus();
    c.problems.push(...problems);
    for (const _ of c.steps(files)) {
      /* run to the end */
    }
    return c;
  }

  /** The same build, yielding to the event loop every few milliseconds and reporting progress. */
  static async build(
    files: SourceFile[],
    problems: CorpusProblem[] = [],
    onProgress?: (p: BuildProgress) => void,
    sliceMs = 20,
  ): Promise<Corpus> {
    const c = new Corpus();
    c.problems.push(...problems);
    let last = Date.now();
    for (const p of c.steps(files)) {
      if (Date.now() - last >= sliceMs) {
        onProgress?.(p);
        await new Promise((r) => setImmediate(r));
        last = Date.now();
      }
    }
    return c;
  }

  static load(dir: string): Corpus {
    return Corpus.loadMany([dir]);
  }

  /** One corpus from several folders. */
  static loadMany(dirs: string[]): Corpus {
    const problems: CorpusProblem[] = [];
    const files = dirs.flatMap((dir) => walkCorpus(dir, (p) => problems.push(p)));
    return Corpus.fromFiles(files, problems);
  }

  /** One corpus from several folders, every format included (PDFs and the rest are read asynchronously). */
  static async loadManyAsync(
    dirs: string[],
    opts: ReadOptions & { onBuildProgress?: (p: BuildProgress) => void } = {},
  ): Promise<Corpus> {
    const problems: CorpusProblem[] = [];
    const files = await readCorpusFiles(dirs, problems, opts);
    return Corpus.build(files, problems, opts.onBuildProgress);
  }

  /**
   * Takes one changed, added or deleted source file into the corpus without a
   * rebuild: its old statements leave the indexes, its new ones join them.
   * Returns false when the change needs a full rebuild (people.yaml, whose
   * names every document's attribution depends on).
   */
  updateFile(path: string, file: SourceFile | undefined): boolean {
    if (isPeople(path)) return false;
    for (let i = this.problems.length - 1; i >= 0; i--) if (this.problems[i].file === path) this.problems.splice(i, 1);
    for (const s of this.statements) {
      if (s.removed || s.doc.path !== path) continue;
      s.removed = true;
      this.index.remove(s);
      this.facts.remove(s);
    }
    for (let i = this.docs.length - 1; i >= 0; i--) if (this.docs[i].path === path) this.docs.splice(i, 1);
    this.files.delete(path);
    if (file) {
      this.files.set(path, file);
      let sts: Statement[] = [];
      this.pendingIds = 0;
      if (isJsonl(path)) {
        const r = this.guard(path, () => jsonlStatements(file, this.people, this.problem, this.nextId));
        if (r) {
          this.docs.push(r.doc);
          sts = r.statements;
        }
      } else if (isDoc(path)) {
        const d = this.guard(path, () => parseDoc(file, this.people, this.problem));
        const ds = d && this.guard(path, () => docStatements(d, this.people, this.problem, this.nextId));
        if (d && ds) {
          this.docs.push(d);
          sts = ds;
          if (d.prose) d.prose = { ...d.prose, text: '', blocks: [] };
        }
      }
      this.pendingIds = 0;
      for (const s of sts) {
        this.statements.push(s);
        this.indexStatement(s);
      }
    }
    this.version++;
    return true;
  }
}
