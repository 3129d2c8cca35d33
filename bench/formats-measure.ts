// One load of the formats corpus in a fresh process (bundled by run.ts like
// measure.ts): every file read through its reader and the corpus built
// (cold), or the extracted text and the corpus taken from the cache (warm).
// Also the longest the event loop was held up meanwhile, which is what an
// editor waiting on the language server would feel.
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadCorpusCachedAsync } from '../server/src/engine/corpus/cache';

export interface FormatsResult {
  mode: string;
  load_ms: number;
  from_cache: boolean;
  files: number;
  statements: number;
  problems: number;
  max_stall_ms: number;
  rss_mb: number;
}

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function main() {
  const dir = arg('dir')!,
    cache = arg('cache')!,
    out = arg('out')!,
    mode = arg('mode') ?? 'cold';
  const stall = monitorEventLoopDelay({ resolution: 10 });
  stall.enable();
  const t0 = performance.now();
  const { corpus, fromCache } = await loadCorpusCachedAsync([dir], cache);
  const load = performance.now() - t0;
  stall.disable();
  const res: FormatsResult = {
    mode,
    load_ms: Math.round(load),
    from_cache: fromCache,
    files: corpus.docs.length,
    statements: corpus.liveStatements,
    problems: corpus.problems.length,
    max_stall_ms: Math.round(stall.max / 1e6),
    rss_mb: Math.round(process.memoryUsage().rss / 1048576),
  };
  writeFileSync(out, JSON.stringify(res));
}

void main();
