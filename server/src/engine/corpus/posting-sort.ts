// The sort behind PostingIndex.freeze(): postings (32-bit key, id) in the
// order added, sorted by key, stably (each key's ids stay in the order
// added). First by the key's top 11 bits into 2,048 buckets, then each bucket
// by its low 21 bits (two counting passes of 11 and 10 bits, or an insertion
// sort for a few postings) within a scratch buffer the size of the bucket:
// one scatter over the whole of memory instead of three, the rest within the
// caches.

import type { SpareArrays } from './spare-arrays';

const TOP = 2048;
/** Buckets of this many postings or fewer are sorted by insertion. */
const SMALL = 24;

/** The runs of postings sharing an id: run r's id is runIds.data[r], and it ends at runEnds.data[r]. */
interface Runs {
  data: Uint32Array;
  length: number;
}

/**
 * Sorts the first `n` postings (keys[i], and the id of the run holding i) by key, stably, into arrays of `n` (new
 * ones, or spare ones when given); `keys` is used as scratch (its contents are lost).
 */
export function sortPostings(
  keys: Uint32Array,
  n: number,
  runIds: Runs,
  runEnds: Runs,
  spare?: SpareArrays,
): { keys: Uint32Array; ids: Uint32Array } {
  // The ids are kept: in a spare array only when it is hardly longer than they need. The keys sorted are only read
  // to list the distinct ones: any array used before will do.
  const sortedIds = spare ? spare.take(n, n + (n >> 4)) : new Uint32Array(n),
    sortedKeys = spare ? spare.take(n) : new Uint32Array(n);
  const start = new Uint32Array(TOP + 1);
  for (let i = 0; i < n; i++) start[(keys[i] >>> 21) + 1]++;
  let largest = 0;
  for (let b = 0; b < TOP; b++) {
    largest = Math.max(largest, start[b + 1]);
    start[b + 1] += start[b];
  }
  const at = start.slice(0, TOP);
  for (let r = 0, i = 0; r < runIds.length; r++) {
    const id = runIds.data[r];
    for (const end = runEnds.data[r]; i < end; i++) {
      const k = keys[i],
        to = at[k >>> 21]++;
      sortedKeys[to] = k;
      sortedIds[to] = id;
    }
  }
  // The scratch for a bucket: the keys' buffer, free now (in two halves when it has room for both).
  const scratchKeys = keys.subarray(0, largest),
    scratchIds = keys.length >= 2 * largest ? keys.subarray(largest, 2 * largest) : new Uint32Array(largest);
  const low = new Uint32Array(2049),
    high = new Uint32Array(1025);
  for (let b = 0; b < TOP; b++) {
    const lo = start[b],
      hi = start[b + 1];
    if (hi - lo <= SMALL) insertionSort(sortedKeys, sortedIds, lo, hi);
    else sortLow21(sortedKeys, sortedIds, lo, hi, scratchKeys, scratchIds, low, high);
  }
  return { keys: sortedKeys, ids: sortedIds };
}

/** Sorts k[lo, hi) (and i with it) stably by key. */
function insertionSort(k: Uint32Array, ids: Uint32Array, lo: number, hi: number) {
  for (let a = lo + 1; a < hi; a++) {
    const key = k[a],
      id = ids[a];
    let j = a;
    for (; j > lo && k[j - 1] > key; j--) {
      k[j] = k[j - 1];
      ids[j] = ids[j - 1];
    }
    k[j] = key;
    ids[j] = id;
  }
}

/**
 * Sorts k[lo, hi) (and ids with it) stably by the keys' low 21 bits (their top bits being the same): by the low 11
 * into the scratch arrays, then by the next 10 back.
 */
function sortLow21(
  k: Uint32Array,
  ids: Uint32Array,
  lo: number,
  hi: number,
  scratchKeys: Uint32Array,
  scratchIds: Uint32Array,
  low: Uint32Array,
  high: Uint32Array,
) {
  low.fill(0);
  high.fill(0);
  for (let i = lo; i < hi; i++) {
    const key = k[i];
    low[(key & 2047) + 1]++;
    high[((key >>> 11) & 1023) + 1]++;
  }
  for (let d = 0; d < 2048; d++) low[d + 1] += low[d];
  for (let d = 0; d < 1024; d++) high[d + 1] += high[d];
  for (let i = lo; i < hi; i++) {
    const key = k[i],
      to = low[key & 2047]++;
    scratchKeys[to] = key;
    scratchIds[to] = ids[i];
  }
  for (let j = 0, m = hi - lo; j < m; j++) {
    const key = scratchKeys[j],
      to = lo + high[(key >>> 11) & 1023]++;
    k[to] = key;
    ids[to] = scratchIds[j];
  }
}
