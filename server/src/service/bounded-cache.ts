// The service's caches (expanded corpus globs, compiled patterns) bounded by what they hold, not by
// how many entries: one helper on lru-cache, least recently used entries dropped first.
import { LRUCache } from 'lru-cache';

/** A cache of at most `maxSize` units, each value weighing `sizeOf(value, key)` (at least 1). */
export function boundedCache<V extends object | string>(
  maxSize: number,
  sizeOf: (value: V, key: string) => number,
): LRUCache<string, V> {
  return new LRUCache<string, V>({
    maxSize,
    sizeCalculation: (value, key) => Math.max(1, Math.ceil(sizeOf(value, key))),
  });
}

/** Characters held by a list of strings and its key (a fair proxy for memory). */
export const charsOf = (values: string[], key: string): number =>
  key.length + values.reduce((n, v) => n + v.length + 8, 0);
