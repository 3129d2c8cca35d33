// HOOK (engine owner): loading a corpus through the engine's on-disk cache.
// Looked for, in order: a static `Corpus.loadCached(dir, cacheDir)`, then
// `loadCorpusCached(dirs, cacheDir)` from server/src/engine/corpus/cache.ts.
// When neither exists, the benchmark reports the cached load as "n/a".
// Adjust here if the API changes.
import { Corpus } from '../server/src/engine/corpus/corpus';

export interface CacheApi { name: string; load: (dir: string, cacheDir: string) => { corpus: Corpus; fromCache?: boolean } }

export async function findCacheApi(): Promise<CacheApi | undefined> {
  const stat = (Corpus as unknown as { loadCached?: (dir: string, cacheDir: string) => Corpus }).loadCached;
  if (typeof stat === 'function') return { name: 'Corpus.loadCached', load: (dir, cacheDir) => ({ corpus: stat.call(Corpus, dir, cacheDir) }) };
  const spec = '../server/src/engine/corpus/cache.ts'; // not a literal import: the module may not exist yet
  try {
    const m = (await import(spec)) as { loadCorpusCached?: (dirs: string[], cacheDir: string) => { corpus: Corpus; fromCache: boolean } };
    const f = m.loadCorpusCached;
    if (typeof f === 'function') return { name: 'loadCorpusCached (corpus/cache.ts)', load: (dir, cacheDir) => f([dir], cacheDir) };
  } catch { /* no cache module */ }
  return undefined;
}
