// Reading corpus folders with every format: the text files as walkCorpus reads
// them, then the PDFs, web pages, Word files, subtitles and emails through
// their readers, a few at a time, yielding to the event loop between files
// (the server keeps answering while a folder of PDFs is read).
import { walkCorpus, type CorpusProblem, type SourceFile } from '../files';
import { extractFile, pruneExtractionCache } from './extract';
import { Sidecars } from './sidecar';

export interface ReadProgress {
  phase: 'reading';
  done: number;
  total: number;
}
export interface ReadOptions {
  cacheDir?: string;
  onProgress?: (p: ReadProgress) => void;
  concurrency?: number;
  /** Text files found and stamped but not read (walkCorpus's `defer`). */
  defer?: (path: string, stamp: string) => SourceFile;
}

export async function readCorpusFiles(
  dirs: string[],
  problems: CorpusProblem[],
  opts: ReadOptions = {},
): Promise<SourceFile[]> {
  const problem = (p: CorpusProblem) => {
    problems.push(p);
  };
  const formatted: string[] = [];
  const files = dirs.flatMap((d) => walkCorpus(d, problem, undefined, (path) => formatted.push(path), opts.defer));
  if (!formatted.length) return files;
  const sidecars = new Sidecars(problem);
  const read: (SourceFile | undefined)[] = new Array(formatted.length);
  let next = 0,
    done = 0;
  const worker = async () => {
    while (next < formatted.length) {
      const k = next++;
      read[k] = await extractFile(formatted[k], sidecars, problem, opts.cacheDir);
      opts.onProgress?.({ phase: 'reading', done: ++done, total: formatted.length });
      await new Promise((r) => setImmediate(r));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 2) }, worker));
  for (const f of read) if (f) files.push(f);
  if (opts.cacheDir) pruneExtractionCache(opts.cacheDir);
  return files;
}

/** One source file in a format, read again after it (or its sidecar) changed. */
export async function rereadFormatFile(
  path: string,
  problems: CorpusProblem[],
  cacheDir?: string,
): Promise<SourceFile | undefined> {
  return extractFile(path, new Sidecars((p) => problems.push(p)), (p) => problems.push(p), cacheDir);
}
