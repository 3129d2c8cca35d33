// The mentions of a draft's cast in document order, and the lookups by position that attribution makes on them.
import type { CastMention } from './cast-member';

export class MentionIndex {
  readonly mentions: CastMention[] = [];

  /** Index of the first mention starting at or after `pos` (mentions are in document order). */
  firstFrom(pos: number): number {
    let lo = 0,
      hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].span.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** The mention that covers `pos`, if any. */
  mentionAt(pos: number): CastMention | undefined {
    const k = this.firstFrom(pos + 1) - 1;
    const m = this.mentions[k];
    return m && m.span.start <= pos && pos < m.span.end ? m : undefined;
  }
  /** Mentions in [s, e), in order. */
  mentionsIn(s: number, e: number): CastMention[] {
    const out: CastMention[] = [];
    for (let k = this.firstFrom(s); k < this.mentions.length && this.mentions[k].span.start < e; k++)
      out.push(this.mentions[k]);
    return out;
  }
  /** Up to `limit` mentions before `pos`, nearest first. */
  *before(pos: number, limit = 400): Generator<CastMention> {
    for (let k = this.firstFrom(pos) - 1, n = 0; k >= 0 && n < limit; k--, n++) yield this.mentions[k];
  }
}
