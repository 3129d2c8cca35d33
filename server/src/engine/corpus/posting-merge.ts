// Counting a search's words over their posting lists by merging the lists (each in ascending id order) instead of
// adding hits into a counter indexed by id: the ids of a large corpus's postings are far apart, and a counter
// touched at random costs a memory miss for each posting, where the merge reads each list straight through.

/**
 * The ids of several ascending posting lists, merged: per id (ascending), in how many of the lists it is, the sum of
 * those lists' weights (added in list order, in 32-bit floats, as a Float32Array counter would), and the first list
 * that has it. `byFirst()` gives the ids in the order a counter would have first met them: list by list, each in id
 * order.
 */
export class PostingMerge {
  ids = new Uint32Array(1024);
  counts = new Uint16Array(1024);
  sums = new Float32Array(1024);
  first = new Uint16Array(1024);
  length = 0;
  private heads: number[] = [];
  private order = new Uint32Array(1024);

  /** Merges `lists` (each ascending, each id once), list i weighing `weights[i]`. */
  merge(lists: Uint32Array[], weights: number[]) {
    const k = lists.length,
      heads = this.heads;
    heads.length = k;
    let total = 0;
    for (let i = 0; i < k; i++) {
      heads[i] = 0;
      total += lists[i].length;
    }
    if (total > this.ids.length) this.grow(total);
    const ids = this.ids,
      counts = this.counts,
      sums = this.sums,
      first = this.first;
    let n = 0;
    for (;;) {
      // The smallest id at the head of a list, and the first list that has it.
      let min = -1,
        at = -1;
      for (let i = 0; i < k; i++) {
        const h = heads[i];
        if (h < lists[i].length && (at < 0 || lists[i][h] < min)) {
          min = lists[i][h];
          at = i;
        }
      }
      if (at < 0) break;
      let c = 0,
        s = 0;
      for (let i = at; i < k; i++)
        if (heads[i] < lists[i].length && lists[i][heads[i]] === min) {
          heads[i]++;
          c++;
          s = Math.fround(s + weights[i]);
        }
      ids[n] = min;
      counts[n] = c;
      sums[n] = s;
      first[n] = at;
      n++;
    }
    this.length = n;
  }

  /** Positions of the merged ids, list by list (of the first list having each), each list's in id order. */
  byFirst(lists: number): Uint32Array {
    const n = this.length,
      start = new Uint32Array(lists + 1);
    for (let p = 0; p < n; p++) start[this.first[p] + 1]++;
    for (let i = 0; i < lists; i++) start[i + 1] += start[i];
    for (let p = 0; p < n; p++) this.order[start[this.first[p]]++] = p;
    return this.order.subarray(0, n);
  }

  private grow(n: number) {
    let size = this.ids.length;
    while (size < n) size *= 2;
    this.ids = new Uint32Array(size);
    this.counts = new Uint16Array(size);
    this.sums = new Float32Array(size);
    this.first = new Uint16Array(size);
    this.order = new Uint32Array(size);
  }
}
