// Edit distance between two short strings (Damerau: a swap of neighbours costs 1).
// Three rows of one reused buffer: the name checks compare thousands of pairs per draft.
let rows = new Int32Array(3 * 64);

export function editDistance(a: string, b: string): number {
  const m = a.length,
    n = b.length;
  if (!m) return n;
  if (!n) return m;
  const W = n + 1;
  if (rows.length < 3 * W) rows = new Int32Array(3 * W * 2);
  // Row i lives at ((i % 3) * W): the rows i, i - 1 and i - 2 are the ones read.
  for (let j = 0; j <= n; j++) rows[j] = j;
  for (let i = 1; i <= m; i++) {
    const cur = (i % 3) * W,
      prev = ((i - 1) % 3) * W,
      prev2 = ((i - 2 + 3) % 3) * W;
    rows[cur] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(rows[prev + j] + 1, rows[cur + j - 1] + 1, rows[prev + j - 1] + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        v = Math.min(v, rows[prev2 + j - 2] + 1);
      rows[cur + j] = v;
    }
  }
  return rows[(m % 3) * W + n];
}
