// A map from 32-bit unsigned keys (word hashes) to numbers, in typed arrays
// (open addressing, linear probing). For the per-word caches of corpus
// indexing, which look up every word of every statement: a Map would box most
// hashes (those above 2^30) into heap numbers, one allocation a lookup.

export class U32Map {
  private keys: Uint32Array;
  private values: Float64Array;
  private used: Uint8Array;
  private mask: number;
  /** 32 − log2(slots): a key's first slot is the high bits of its multiplicative hash. */
  private shift: number;
  size = 0;

  constructor(capacity = 1024) {
    let n = 16,
      bits = 4;
    while (n < capacity * 2) {
      n *= 2;
      bits++;
    }
    this.keys = new Uint32Array(n);
    this.values = new Float64Array(n);
    this.used = new Uint8Array(n);
    this.mask = n - 1;
    this.shift = 32 - bits;
  }

  /** The value of `key`, or `missing` when it has none. */
  get(key: number, missing = -1): number {
    const i = this.find(key >>> 0);
    return this.used[i] ? this.values[i] : missing;
  }

  has(key: number): boolean {
    return this.used[this.find(key >>> 0)] === 1;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private find(key: number): number {
    const keys = this.keys,
      used = this.used,
      mask = this.mask;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (used[i] && keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  set(key: number, value: number) {
    key >>>= 0;
    const i = this.find(key);
    this.values[i] = value;
    if (this.used[i]) return;
    this.keys[i] = key;
    this.used[i] = 1;
    // At most half full.
    if (++this.size * 2 > this.mask) this.grow();
  }

  clear() {
    this.used.fill(0);
    this.size = 0;
  }

  private grow() {
    const { keys, values, used } = this;
    const n = keys.length * 2;
    this.keys = new Uint32Array(n);
    this.values = new Float64Array(n);
    this.used = new Uint8Array(n);
    this.mask = n - 1;
    this.shift--;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (used[i]) this.set(keys[i], values[i]);
  }
}
