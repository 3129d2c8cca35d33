// A map from four 32-bit unsigned integers (ids of a document and of its
// metadata fields) to a 32-bit unsigned value, in typed arrays (open
// addressing, linear probing): no key string to build and hash for each
// statement of a corpus, nor a map within a map for each new combination.

export class QuadMap {
  private keys: Uint32Array;
  private values: Uint32Array;
  private used: Uint8Array;
  private mask: number;
  size = 0;

  constructor(capacity = 256) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.keys = new Uint32Array(4 * n);
    this.values = new Uint32Array(n);
    this.used = new Uint8Array(n);
    this.mask = n - 1;
  }

  /** Room for `n` entries in all without growing (a table grown step by step is rehashed at every step). */
  expect(n: number) {
    while (n * 2 > this.mask) this.grow();
  }

  /** The value of (a, b, c, d), or -1 when it has none. */
  get(a: number, b: number, c: number, d: number): number {
    const i = this.find(a >>> 0, b >>> 0, c >>> 0, d >>> 0);
    return this.used[i] ? this.values[i] : -1;
  }

  set(a: number, b: number, c: number, d: number, value: number) {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const i = this.find(a, b, c, d);
    this.values[i] = value;
    if (this.used[i]) return;
    const k = 4 * i;
    this.keys[k] = a;
    this.keys[k + 1] = b;
    this.keys[k + 2] = c;
    this.keys[k + 3] = d;
    this.used[i] = 1;
    // At most half full.
    if (++this.size * 2 > this.mask) this.grow();
  }

  /** The slot holding the key, or the empty slot where it would go. */
  private find(a: number, b: number, c: number, d: number): number {
    let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
    h = Math.imul(h ^ (h >>> 16) ^ c, 0x27d4eb2f);
    h = Math.imul(h ^ (h >>> 15) ^ d, 0x165667b1);
    h ^= h >>> 16;
    const keys = this.keys,
      used = this.used,
      mask = this.mask;
    let i = h & mask;
    for (; used[i]; i = (i + 1) & mask) {
      const k = 4 * i;
      if (keys[k] === a && keys[k + 1] === b && keys[k + 2] === c && keys[k + 3] === d) break;
    }
    return i;
  }

  private grow() {
    const { keys, values, used } = this;
    const n = values.length * 2;
    this.keys = new Uint32Array(4 * n);
    this.values = new Uint32Array(n);
    this.used = new Uint8Array(n);
    this.mask = n - 1;
    this.size = 0;
    for (let i = 0; i < used.length; i++)
      if (used[i]) this.set(keys[4 * i], keys[4 * i + 1], keys[4 * i + 2], keys[4 * i + 3], values[i]);
  }
}
