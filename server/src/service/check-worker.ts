// The check worker (bundled to dist/check-worker.cjs): checks drafts on a thread of its own, so
// that the language server keeps answering while a long check runs. It keeps its own copy of each
// corpus it is asked about (read from the on-disk cache when there is one). A check stops between
// quotations when the server cancels it (a newer edit) or when its time budget is spent.
import { parentPort, workerData } from 'node:worker_threads';
import { checkDraft, Corpus, loadCorpusCachedAsync, type CheckOptions } from '../engine/index';
import type { CheckSummary } from './types';

export interface WorkerCheckRequest {
  kind: 'check';
  id: number;
  /** Slot in the shared cancel flags: non-zero means stop. */
  slot: number;
  dirs: string[];
  cacheDir?: string;
  path: string;
  text: string;
  options: Omit<CheckOptions, 'shouldStop'>;
  budgetMs: number;
}
export interface WorkerForgetRequest {
  kind: 'forget';
  /** Corpus folders joined by newlines; none: every corpus. */
  key?: string;
}
export type WorkerRequest = WorkerCheckRequest | WorkerForgetRequest;
export interface WorkerAnswer {
  id: number;
  summary?: CheckSummary;
  cancelled?: boolean;
  error?: string;
}

const corpora = new Map<string, Promise<Corpus>>();
const cancelFlags = new Int32Array((workerData as { cancel: SharedArrayBuffer }).cancel);

/**
 * The corpus of these folders, loaded as the server loads it: every source format (PDF, Word, subtitles, web pages,
 * email through their readers), from the on-disk cache when it has them.
 */
function corpusOf(dirs: string[], cacheDir: string | undefined): Promise<Corpus> {
  const key = dirs.join('\n');
  let corpus = corpora.get(key);
  if (!corpus) {
    corpus = cacheDir ? loadCorpusCachedAsync(dirs, cacheDir).then((r) => r.corpus) : Corpus.loadManyAsync(dirs);
    corpora.set(key, corpus);
    // (a load that failed is tried again on the next check)
    corpus.catch(() => corpora.get(key) === corpus && corpora.delete(key));
  }
  return corpus;
}

async function check(request: WorkerCheckRequest): Promise<WorkerAnswer> {
  const cancelled = () => Atomics.load(cancelFlags, request.slot) !== 0;
  if (cancelled()) return { id: request.id, cancelled: true };
  const corpus = await corpusOf(request.dirs, request.cacheDir);
  if (cancelled()) return { id: request.id, cancelled: true };
  const started = Date.now();
  const shouldStop = () => cancelled() || Date.now() - started > request.budgetMs;
  const result = checkDraft(corpus, request.path, request.text, { ...request.options, shouldStop });
  if (cancelled()) return { id: request.id, cancelled: true };
  const { findings, confirmations, notes, skipped, quotes } = result;
  return { id: request.id, summary: { findings, confirmations, notes, skipped, quotes } };
}

let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.kind === 'forget') {
    if (request.key) corpora.delete(request.key);
    else corpora.clear();
    return;
  }
  // One check at a time, in the order asked (a corpus may still be loading).
  queue = queue.then(async () => {
    let answer: WorkerAnswer;
    try {
      answer = await check(request);
    } catch (e) {
      answer = { id: request.id, error: (e as Error)?.stack ?? String(e) };
    }
    parentPort?.postMessage(answer);
  });
});
