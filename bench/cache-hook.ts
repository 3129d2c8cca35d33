// Loading a corpus through the engine's on-disk cache (corpus/cache.ts):
// `loadCorpusCached(dirs, cacheDir)` reads the folders, takes the corpus from
// the cache when the files are unchanged, else builds and writes it.
import { loadCorpusCached, type Corpus } from '../server/src/engine/index';

export interface CacheApi {
  name: string;
  load: (dir: string, cacheDir: string) => { corpus: Corpus; fromCache?: boolean };
}

export async function findCacheApi(): Promise<CacheApi | undefined> {
  return { name: 'loadCorpusCached (corpus/cache.ts)', load: (dir, cacheDir) => loadCorpusCached([dir], cacheDir) };
}
