// The fact index's metadata groups: sentences sharing a document and its
// metadata (title, speaker, organization, place), whose words count for all
// of them. Each group's metadata stems are sorted in `metaStems`, from
// `metaStart[g]`, with postings from those stems to groups; its sentences are
// listed (by id) in `groupSents` from `groupSentStart[g]`, made at list(), and
// in `lateSents` for sentences added after it.
import type { Statement } from './documents';
import { FactGroupKeys } from './fact-group-keys';
import type { SpareArrays } from './spare-arrays';
import { PostingIndex, sortedRunHas, U32List } from './postings';

export class FactGroups {
  metaStart = new U32List();
  metaStems = new U32List();
  postings = new PostingIndex();
  private groupSentStart: Uint32Array = new Uint32Array(1);
  private groupSents: Uint32Array = new Uint32Array(0);
  private lateSents = new Map<number, number[]>();
  /** Groups by document and metadata, while statements are added (dropped once listed). */
  private keys = new FactGroupKeys();

  constructor() {
    this.metaStart.push(0);
  }

  get count() {
    return this.metaStart.length - 1;
  }
  size(g: number): number {
    return (
      (g + 1 < this.groupSentStart.length ? this.groupSentStart[g + 1] - this.groupSentStart[g] : 0) +
      (this.lateSents.get(g)?.length ?? 0)
    );
  }
  forSentences(g: number, fn: (id: number) => void) {
    if (g + 1 < this.groupSentStart.length)
      for (let i = this.groupSentStart[g], e = this.groupSentStart[g + 1]; i < e; i++) fn(this.groupSents[i]);
    const late = this.lateSents.get(g);
    if (late) for (const id of late) fn(id);
  }
  /** Whether group `g`'s metadata has the stem hash `h`. */
  has(g: number, h: number): boolean {
    return sortedRunHas(this.metaStems.data, this.metaStart.get(g), this.metaStart.get(g + 1), h);
  }

  /** Room for the groups of about `statements` statements (at most one each; a few stems each). */
  expect(statements: number) {
    this.keys.expect(statements);
    this.metaStart.expect(statements);
    this.metaStems.expect(4 * statements);
    this.postings.expect(4 * statements);
  }

  /** The group of a statement's sentences (made on first use). */
  of(st: Statement): number {
    return this.keys.of(st, this.make);
  }
  private make = (stems: Uint32Array): number => {
    const g = this.count;
    this.metaStems.pushAll(stems, stems.length);
    this.postings.addKeys(stems, stems.length, g);
    this.metaStart.push(this.metaStems.length);
    return g;
  };

  /** A sentence added after the groups were listed. */
  addLate(g: number, id: number) {
    const late = this.lateSents.get(g);
    if (late) late.push(id);
    else this.lateSents.set(g, [id]);
  }

  freezePostings(spare?: SpareArrays) {
    this.postings.freeze(spare);
    this.metaStart.trim();
    this.metaStems.trim();
  }

  /** Whether sentences were added since the groups were listed. */
  get stale(): boolean {
    return this.lateSents.size > 0 || this.groupSentStart.length !== this.count + 1;
  }

  /**
   * Sentences by group, in id order (a counting sort of all sentences on their group), given each sentence's group
   * times `span` plus its flags.
   */
  list(groupFlags: U32List, span: number) {
    const n = this.count,
      gf = groupFlags.data,
      count = groupFlags.length;
    const start = new Uint32Array(n + 1);
    for (let i = 0; i < count; i++) start[Math.floor(gf[i] / span) + 1]++;
    for (let g = 0; g < n; g++) start[g + 1] += start[g];
    const at = start.slice(0, n),
      sents = new Uint32Array(count);
    for (let i = 0; i < count; i++) sents[at[Math.floor(gf[i] / span)]++] = i;
    this.groupSentStart = start;
    this.groupSents = sents;
    this.lateSents.clear();
    // What only the build needs (later additions come a whole file at a time, and are few: new groups for them).
    this.keys = new FactGroupKeys();
  }

  /** The groups as typed arrays, for the on-disk cache. */
  dump(): Record<string, Uint32Array> {
    const p = this.postings.arrays();
    return {
      metaKeys: p.keys,
      metaOffsets: p.offsets,
      metaIds: p.ids,
      metaStart: this.metaStart.data,
      metaStems: this.metaStems.data,
      groupSentStart: this.groupSentStart,
      groupSents: this.groupSents,
    };
  }

  static restore(a: Record<string, Uint32Array>): FactGroups {
    const f = new FactGroups();
    f.metaStart = U32List.of(a.metaStart);
    f.metaStems = U32List.of(a.metaStems);
    f.postings = PostingIndex.fromArrays(a.metaKeys, a.metaOffsets, a.metaIds);
    f.groupSentStart = a.groupSentStart;
    f.groupSents = a.groupSents;
    return f;
  }
}
