// The checks' caches of results about a corpus: one bounded cache per corpus, emptied when the corpus
// changes (its version moves on a file change and on clearCheckCaches).
import type { Corpus } from '../corpus/corpus';
import { BoundedCache } from '../text/lru';

/** A function giving the cache of a corpus's current version (at most `budget` units, about a byte each). */
export function cachePerCorpus<V>(budget: number): (corpus: Corpus) => BoundedCache<string, V> {
  const caches = new WeakMap<Corpus, { version: number; cache: BoundedCache<string, V> }>();
  return (corpus) => {
    let c = caches.get(corpus);
    if (!c || c.version !== corpus.version) {
      c = { version: corpus.version, cache: new BoundedCache(budget) };
      caches.set(corpus, c);
    }
    return c.cache;
  };
}
