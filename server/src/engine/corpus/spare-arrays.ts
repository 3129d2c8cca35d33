// Large arrays one index's freeze() is done with, for the next one's sort
// while a corpus is built. Memory already written costs nothing to write
// again; a fresh array costs the system a page fault for every 4 KB first
// written, which on a virtual machine is dearer than the sort's own work.
// Dropped with the build (nothing is kept once the indexes are frozen).

export class SpareArrays {
  private arrays: Uint32Array[] = [];

  /**
   * An array of `n` values: the shortest spare one long enough and no longer than `most` (its contents are old), else
   * a new one.
   */
  take(n: number, most = Infinity): Uint32Array {
    let best = -1;
    for (let i = 0; i < this.arrays.length; i++) {
      const l = this.arrays[i].length;
      if (l >= n && l <= most && (best < 0 || l < this.arrays[best].length)) best = i;
    }
    if (best < 0) return new Uint32Array(n);
    const [a] = this.arrays.splice(best, 1);
    return a.subarray(0, n);
  }

  /** Gives back an array no longer used (all of its buffer); the two largest are kept. */
  give(a: Uint32Array) {
    if (a.buffer.byteLength % 4) return;
    const whole = a.byteOffset === 0 && a.length === a.buffer.byteLength >> 2 ? a : new Uint32Array(a.buffer);
    if (whole.length < 1024) return;
    this.arrays.push(whole);
    this.arrays.sort((x, y) => y.length - x.length);
    this.arrays.length = Math.min(this.arrays.length, 2);
  }
}
