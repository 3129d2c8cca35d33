// The fact index's metadata groups: sentences sharing a document and its
// metadata (title, speaker, organization, place), whose words count for all
// of them. Each group's metadata stems are sorted in `metaStems`, from
// `metaStart[g]`, with postings from those stems to groups; its sentences are
// listed (by id) in `groupSents` from `groupSentStart[g]`, made at list(), and
// in `lateSents` for sentences added after it.
import type { SourceDoc, Statement } from './documents';
import { contentStems } from '../text/content-words';
import { hashString } from '../text/hash';
import { PostingIndex, sortedRunHas, U32List } from './postings';

export class FactGroups {
  metaStart = new U32List();
  metaStems = new U32List();
  postings = new PostingIndex();
  private groupSentStart: Uint32Array = new Uint32Array(1);
  private groupSents: Uint32Array = new Uint32Array(0);
  private lateSents = new Map<number, number[]>();
  /**
   * Groups by document, then by title, speaker and organization (one key of the three), while statements are added
   * (dropped once listed: later additions come a whole file at a time).
   */
  private byDoc = new Map<SourceDoc, Map<string, number>>();
  /** The last statement's document and metadata, and its group (a document's statements often share them). */
  private lastDoc?: SourceDoc;
  private lastTitle = '';
  private lastSpeaker = '';
  private lastOrg = '';
  private lastGroup = 0;
  /** Stems of a metadata field's text (a title, a speaker, an organization, a place). */
  private metaMemo = new Map<string, number[]>();

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

  /** The group of a statement's sentences (made on first use). */
  of(st: Statement): number {
    const doc = st.doc;
    const title = st.title ?? doc.title ?? '',
      speaker = st.person?.name ?? st.speaker ?? '',
      org = st.organization ?? '';
    if (doc === this.lastDoc && title === this.lastTitle && speaker === this.lastSpeaker && org === this.lastOrg)
      return this.lastGroup;
    let groups = this.byDoc.get(doc);
    if (!groups) this.byDoc.set(doc, (groups = new Map()));
    const key = fieldsKey(title, speaker, org);
    let g = groups.get(key);
    if (g === undefined) {
      g = this.count;
      const fields = fieldsKey(title, speaker, org, doc.place ?? '');
      let meta = this.mergedMemo.get(fields);
      if (!meta) this.mergedMemo.set(fields, (meta = this.metaOf([title, speaker, org, doc.place ?? ''])));
      for (const h of meta) {
        this.metaStems.push(h);
        this.postings.add(h, g);
      }
      this.metaStart.push(this.metaStems.length);
      groups.set(key, g);
    }
    this.lastDoc = doc;
    this.lastTitle = title;
    this.lastSpeaker = speaker;
    this.lastOrg = org;
    return (this.lastGroup = g);
  }

  /** The merged, sorted stems of a group's fields. */
  private metaOf(fields: string[]): number[] {
    // The stems of each field (few distinct titles, speakers, organizations and places), merged.
    const meta: number[] = [];
    for (const field of fields) {
      if (!field) continue;
      let stems = this.metaMemo.get(field);
      if (!stems) {
        stems = [...contentStems(field)].map(hashString);
        if (this.metaMemo.size < 100_000) this.metaMemo.set(field, stems);
      }
      for (const h of stems) if (!meta.includes(h)) meta.push(h);
    }
    return meta.sort((a, b) => a - b);
  }
  /**
   * Merged stems by title, speaker, organization and place: the same ones stand in many documents (a JSONL file
   * makes a group of nearly every line).
   */
  private mergedMemo = new Map<string, number[]>();

  /** A sentence added after the groups were listed. */
  addLate(g: number, id: number) {
    const late = this.lateSents.get(g);
    if (late) late.push(id);
    else this.lateSents.set(g, [id]);
  }

  freezePostings() {
    this.postings.freeze();
    this.metaStart.trim();
    this.metaStems.trim();
  }

  /** Whether sentences were added since the groups were listed. */
  get stale(): boolean {
    return this.lateSents.size > 0 || this.groupSentStart.length !== this.count + 1;
  }

  /** Sentences by group, in id order (a counting sort of all sentences on their group), given each sentence's group. */
  list(groupIds: U32List) {
    const n = this.count,
      gids = groupIds.data,
      count = groupIds.length;
    const start = new Uint32Array(n + 1);
    for (let i = 0; i < count; i++) start[gids[i] + 1]++;
    for (let g = 0; g < n; g++) start[g + 1] += start[g];
    const at = start.slice(0, n),
      sents = new Uint32Array(count);
    for (let i = 0; i < count; i++) sents[at[gids[i]]++] = i;
    this.groupSentStart = start;
    this.groupSents = sents;
    this.lateSents.clear();
    // What only the build needs (later additions come a whole file at a time, and are few).
    this.byDoc.clear();
    this.lastDoc = undefined;
    this.mergedMemo.clear();
    this.metaMemo.clear();
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

/**
 * One string for the metadata fields, as a key: joined by U+0001, or when a field holds that character, written as
 * JSON (which escapes it, so the two kinds of key never meet).
 */
function fieldsKey(title: string, speaker: string, org: string, place?: string): string {
  const sep = '\u0001';
  if (title.includes(sep) || speaker.includes(sep) || org.includes(sep) || place?.includes(sep))
    return JSON.stringify(place === undefined ? [title, speaker, org] : [title, speaker, org, place]);
  return place === undefined
    ? `${title}${sep}${speaker}${sep}${org}`
    : `${title}${sep}${speaker}${sep}${org}${sep}${place}`;
}
