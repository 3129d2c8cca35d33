// A compact inverted index from 32-bit keys (hashes of words or word
// trigrams) to item ids. Built in bulk into sorted typed arrays (a few bytes
// a posting, searched by binary search); later additions go to a small
// overlay map and removed ids to a tombstone set, so one changed source file
// never forces a rebuild.
import { sortPostings } from './posting-sort';
import type { SpareArrays } from './spare-arrays';

export class PostingIndex {
  private keys: Uint32Array = new Uint32Array(0);
  private offsets: Uint32Array = new Uint32Array(1);
  private ids: Uint32Array = new Uint32Array(0);
  /** The bulk buffer: keys as added, and runs of them that share an id (the postings of a statement come together). */
  private pendingKeys = new Uint32Array(0);
  private pending = 0;
  private runIds = new U32List();
  /** Where each run ends in pendingKeys. */
  private runEnds = new U32List();
  private overlay = new Map<number, number[]>();
  private frozen = false;
  readonly dead = new Set<number>();

  /** Adds a posting; before freeze() it goes to the bulk buffer, after it to the overlay. */
  add(key: number, id: number) {
    if (this.frozen) return this.addLate(key, id);
    if (this.pending === this.pendingKeys.length) this.grow(1);
    this.pendingKeys[this.pending++] = key;
    this.endRun(id);
  }

  /**
   * Adds a posting of `id` for each of the first `n` keys; a key repeated (in these or in an earlier call for the
   * same id, the calls for one id coming together) makes one posting.
   */
  addKeys(keys: Uint32Array, n: number, id: number) {
    if (this.frozen) {
      for (let i = 0; i < n; i++) this.addLate(keys[i], id);
      return;
    }
    if (n === 0) return;
    if (this.pending + n > this.pendingKeys.length) this.grow(n);
    this.pendingKeys.set(keys.subarray(0, n), this.pending);
    this.pending += n;
    this.endRun(id);
  }

  /** The postings added last (up to `pending`) are id's: its run goes on, or a new one starts. */
  private endRun(id: number) {
    const r = this.runIds.length - 1;
    if (r >= 0 && this.runIds.data[r] === id) this.runEnds.data[r] = this.pending;
    else {
      this.runIds.push(id);
      this.runEnds.push(this.pending);
    }
  }

  private addLate(key: number, id: number) {
    const l = this.overlay.get(key);
    if (!l) this.overlay.set(key, [id]);
    else if (l[l.length - 1] !== id) l.push(id);
  }

  /**
   * Room in the bulk buffer for `n` more postings, made at once when their number is foreseen: a buffer grown by
   * doubling is copied each time, and every copy is fresh memory for the system to hand out page by page (the room
   * never used is never touched, and costs nothing).
   */
  expect(n: number) {
    if (!this.frozen && this.pending + n > this.pendingKeys.length) this.resize(this.pending + n);
  }

  /** Room for `n` more postings, doubling the bulk buffer. */
  private grow(n: number) {
    let size = this.pendingKeys.length || 1024;
    while (size < this.pending + n) size *= 2;
    this.resize(size);
  }

  private resize(size: number) {
    const k = new Uint32Array(size);
    k.set(this.pendingKeys.subarray(0, this.pending));
    this.pendingKeys = k;
  }

  /**
   * Sorts the bulk buffer into the compact arrays (a stable sort on the key keeps ids in insertion order:
   * posting-sort.ts), one posting for each key and id.
   */
  freeze(spare?: SpareArrays) {
    if (this.frozen) return;
    const n = this.pending;
    const { keys, ids } = sortPostings(this.pendingKeys, n, this.runIds, this.runEnds, spare);
    // The same key and id together once (a statement's repeated words), in place; the distinct keys and where their
    // ids start.
    let distinct = 0,
      m = 0;
    for (let i = 0, key = 0, id = 0; i < n; i++) {
      const k = keys[i],
        d = ids[i];
      if (i > 0 && k === key) {
        if (d === id) continue;
      } else distinct++;
      keys[m] = key = k;
      ids[m++] = id = d;
    }
    this.keys = new Uint32Array(distinct);
    this.offsets = new Uint32Array(distinct + 1);
    for (let i = 0, k = -1; i < m; i++)
      if (i === 0 || keys[i] !== keys[i - 1]) {
        this.keys[++k] = keys[i];
        this.offsets[k] = i;
      }
    this.offsets[distinct] = m;
    // (a copy only when many postings went: the rest of the array is memory already in use)
    this.ids = m === n ? ids : m > n - (n >> 4) ? ids.subarray(0, m) : ids.slice(0, m);
    if (spare) {
      spare.give(keys);
      spare.give(this.pendingKeys);
      if (this.ids !== ids && this.ids.buffer !== ids.buffer) spare.give(ids);
    }
    this.pendingKeys = new Uint32Array(0);
    this.runIds = new U32List();
    this.runEnds = new U32List();
    this.pending = 0;
    this.frozen = true;
  }

  /** Restores the compact arrays (from a cache). */
  static fromArrays(keys: Uint32Array, offsets: Uint32Array, ids: Uint32Array): PostingIndex {
    const p = new PostingIndex();
    p.keys = keys;
    p.offsets = offsets;
    p.ids = ids;
    p.frozen = true;
    return p;
  }
  arrays() {
    this.freeze();
    return { keys: this.keys, offsets: this.offsets, ids: this.ids };
  }

  /** How many postings a key has (an upper bound once ids are removed). */
  count(key: number): number {
    return this.countAt(this.find(key), key);
  }
  /** count(key), given `k = slot(key)` (one binary search for a word counted and then read). */
  countAt(k: number, key: number): number {
    return (
      (k < 0 ? 0 : this.offsets[k + 1] - this.offsets[k]) +
      (this.overlay.size ? (this.overlay.get(key)?.length ?? 0) : 0)
    );
  }
  /** Where `key`'s postings are (-1: none in the bulk arrays). */
  slot(key: number): number {
    return this.find(key);
  }

  /** Adds one hit per posting of `key` to a counter (the hot loop of candidate search, without a callback). */
  countInto(key: number, counter: HitCounter, k = this.find(key)) {
    const dead = this.dead.size ? this.dead : undefined;
    if (k >= 0)
      for (let i = this.offsets[k], e = this.offsets[k + 1]; i < e; i++) {
        const id = this.ids[i];
        if (!dead || !dead.has(id)) counter.hit(id);
      }
    const o = this.overlay.size ? this.overlay.get(key) : undefined;
    if (o) for (const id of o) if (!dead || !dead.has(id)) counter.hit(id);
  }

  /**
   * The live ids of `key` (at `k = slot(key)`) in ascending order: a view of the bulk array, or, once ids were added
   * late or removed, a copy with the overlay's (later, so larger) ids and without the removed ones.
   */
  list(k: number, key: number): Uint32Array {
    const bulk = k < 0 ? this.ids.subarray(0, 0) : this.ids.subarray(this.offsets[k], this.offsets[k + 1]);
    const late = this.overlay.size ? this.overlay.get(key) : undefined;
    if (!late && !this.dead.size) return bulk;
    const out: number[] = [];
    for (const id of bulk) if (!this.dead.has(id)) out.push(id);
    for (const id of late ?? []) if (!this.dead.has(id)) out.push(id);
    return Uint32Array.from(out);
  }

  forEach(key: number, fn: (id: number) => void, limit = Infinity) {
    const k = this.find(key);
    let n = 0;
    if (k >= 0)
      for (let i = this.offsets[k], e = this.offsets[k + 1]; i < e && n < limit; i++) {
        const id = this.ids[i];
        if (!this.dead.has(id)) {
          fn(id);
          n++;
        }
      }
    const o = this.overlay.get(key);
    if (o)
      for (const id of o) {
        if (n >= limit) break;
        if (!this.dead.has(id)) {
          fn(id);
          n++;
        }
      }
  }

  private find(key: number): number {
    let lo = 0,
      hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.keys[mid];
      if (v === key) return mid;
      if (v < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  get bytes() {
    return this.keys.byteLength + this.offsets.byteLength + this.ids.byteLength;
  }
}

/**
 * Counts hits per id in a typed array (reset through the list of ids touched),
 * far cheaper than a Map when posting lists run to tens of thousands.
 */
export class HitCounter {
  private counts = new Uint16Array(1024);
  private ids = new Uint32Array(1024);
  private size = 0;
  /** The ids hit since the last reset, in the order first hit (a view: valid until the next hit or reset). */
  get touched(): Uint32Array {
    return this.ids.subarray(0, this.size);
  }
  hit(id: number) {
    if (id >= this.counts.length) {
      const c = new Uint16Array(Math.max(id + 1, this.counts.length * 2));
      c.set(this.counts);
      this.counts = c;
    }
    if (this.counts[id] === 0) {
      if (this.size === this.ids.length) {
        const more = new Uint32Array(this.size * 2);
        more.set(this.ids);
        this.ids = more;
      }
      this.ids[this.size++] = id;
    }
    if (this.counts[id] < 65535) this.counts[id]++;
  }
  get(id: number) {
    return id < this.counts.length ? this.counts[id] : 0;
  }
  reset() {
    for (let i = 0; i < this.size; i++) this.counts[this.ids[i]] = 0;
    this.size = 0;
  }
}

/** Whether the sorted run `a[lo..hi)` holds `h` (a binary search; the fact index's stems and metadata). */
export function sortedRunHas(a: ArrayLike<number>, lo: number, hi: number, h: number): boolean {
  hi--;
  while (lo <= hi) {
    const m = (lo + hi) >>> 1;
    if (a[m] === h) return true;
    if (a[m] < h) lo = m + 1;
    else hi = m - 1;
  }
  return false;
}

/** A growable array of 32-bit unsigned integers. */
export class U32List {
  data: Uint32Array = new Uint32Array(256);
  length = 0;
  push(v: number) {
    if (this.length === this.data.length) {
      const d = new Uint32Array(this.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = v;
  }
  /** Pushes the first `n` values of `values`. */
  pushAll(values: Uint32Array, n: number) {
    if (this.length + n > this.data.length) {
      const d = new Uint32Array(Math.max(this.length * 2, this.length + n));
      d.set(this.data.subarray(0, this.length));
      this.data = d;
    }
    this.data.set(values.subarray(0, n), this.length);
    this.length += n;
  }
  get(i: number) {
    return this.data[i];
  }
  trim() {
    this.data = this.data.slice(0, this.length);
  }
  /** Room for `n` more values without growing (see PostingIndex.expect). */
  expect(n: number) {
    if (this.length + n <= this.data.length) return;
    const d = new Uint32Array(this.length + n);
    d.set(this.data.subarray(0, this.length));
    this.data = d;
  }
  /** A list holding `data` (no copy). */
  static of(data: Uint32Array): U32List {
    const l = new U32List();
    l.data = data;
    l.length = data.length;
    return l;
  }
}
