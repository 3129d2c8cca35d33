// Which metadata group of the fact index a statement's sentences join, while
// the index is built: a group for each document and title, speaker and
// organization, whose stems are those of the four fields (with the document's
// place). Fields and documents get small ids, and the groups and merged stems
// are found by those ids (QuadMap): no key string, no map within a map.
import type { SourceDoc, Statement } from './documents';
import { contentStems } from '../text/content-words';
import { hashString } from '../text/hash';
import { QuadMap } from '../text/quad-map';

export class FactGroupKeys {
  private docs = new Map<SourceDoc, number>();
  private fields = new Map<string, number>();
  private fieldText: string[] = [];
  private fieldStems: (number[] | undefined)[] = [];
  /** (document, title, speaker, organization) to group. */
  private groups = new QuadMap();
  /** (title, speaker, organization, place) to the merged stems (in `mergedStems`; many documents share them). */
  private merged = new QuadMap();
  private mergedStems: Uint32Array[] = [];
  /** The last statement's document and fields, and its group (a document's statements often share them). */
  private lastDoc?: SourceDoc;
  private lastTitle = '';
  private lastSpeaker = '';
  private lastOrg = '';
  private lastGroup = 0;

  /** Room for about `groups` groups. */
  expect(groups: number) {
    this.groups.expect(groups);
  }

  /**
   * The group of a statement's sentences; a new one is made by `make`, given the merged, sorted stems of its fields,
   * which returns its number.
   */
  of(st: Statement, make: (stems: Uint32Array) => number): number {
    const doc = st.doc;
    const title = st.title ?? doc.title ?? '',
      speaker = st.person?.name ?? st.speaker ?? '',
      org = st.organization ?? '';
    if (doc === this.lastDoc && title === this.lastTitle && speaker === this.lastSpeaker && org === this.lastOrg)
      return this.lastGroup;
    let d = this.docs.get(doc);
    if (d === undefined) this.docs.set(doc, (d = this.docs.size));
    const t = this.field(title),
      s = this.field(speaker),
      o = this.field(org);
    let g = this.groups.get(d, t, s, o);
    if (g < 0) {
      const p = this.field(doc.place ?? '');
      let m = this.merged.get(t, s, o, p);
      if (m < 0) {
        m = this.mergedStems.length;
        this.mergedStems.push(this.stemsOf([t, s, o, p]));
        this.merged.set(t, s, o, p, m);
      }
      g = make(this.mergedStems[m]);
      this.groups.set(d, t, s, o, g);
    }
    this.lastDoc = doc;
    this.lastTitle = title;
    this.lastSpeaker = speaker;
    this.lastOrg = org;
    return (this.lastGroup = g);
  }

  private field(text: string): number {
    let f = this.fields.get(text);
    if (f === undefined) {
      this.fields.set(text, (f = this.fieldText.length));
      this.fieldText.push(text);
      this.fieldStems.push(undefined);
    }
    return f;
  }

  /** The merged, sorted stems of fields (by id). */
  private stemsOf(fields: number[]): Uint32Array {
    const out: number[] = [];
    for (const f of fields) {
      const text = this.fieldText[f];
      if (!text) continue;
      const stems = (this.fieldStems[f] ??= [...contentStems(text)].map(hashString));
      for (const h of stems) if (!out.includes(h)) out.push(h);
    }
    return Uint32Array.from(out).sort();
  }
}
