// The quotation index: word trigrams (and single words, for fragments of one
// or two words) to the statements that contain them. Candidates for a
// quotation are the statements sharing the most of its n-grams; the aligner
// then decides.
import type { Statement } from './documents';

const SEP = '\u0001';

export class NgramIndex {
  private tri = new Map<string, number[]>();
  private uni = new Map<string, number[]>();
  readonly statements: Statement[] = [];

  add(st: Statement) {
    const idx = this.statements.length;
    this.statements.push(st);
    const w = st.tokens.map((t) => t.norm);
    const seen = new Set<string>();
    for (let i = 0; i + 2 < w.length; i++) {
      const k = w[i] + SEP + w[i + 1] + SEP + w[i + 2];
      if (seen.has(k)) continue; seen.add(k);
      push(this.tri, k, idx);
    }
    const seenU = new Set<string>();
    for (const x of w) { if (seenU.has(x)) continue; seenU.add(x); push(this.uni, x, idx); }
  }

  /** Statements sharing the most trigrams with `words` (or all single words, for short fragments), best first. */
  candidates(words: string[], limit = 12, filter?: (s: Statement) => boolean): Statement[] {
    const counts = new Map<number, number>();
    if (words.length >= 3) {
      for (let i = 0; i + 2 < words.length; i++) {
        const list = this.tri.get(words[i] + SEP + words[i + 1] + SEP + words[i + 2]);
        if (list) for (const id of list) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    if (counts.size === 0 || words.length < 3) {
      // Short or heavily changed quotations: rank by shared rare words.
      const ws = [...new Set(words)].map((w) => ({ w, list: this.uni.get(w) ?? [] })).filter((x) => x.list.length).sort((a, b) => a.list.length - b.list.length).slice(0, 6);
      for (const { list } of ws) for (const id of list.length > 5000 ? list.slice(0, 5000) : list) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    let ids = [...counts.entries()];
    if (filter) ids = ids.filter(([id]) => filter(this.statements[id]));
    return ids.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit).map(([id]) => this.statements[id]);
  }
}

function push(m: Map<string, number[]>, k: string, id: number) {
  const l = m.get(k);
  if (l) l.push(id); else m.set(k, [id]);
}
