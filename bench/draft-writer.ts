// The text of a benchmark draft and its truth: each planted item (quotation, number, date) with
// its exact span and the finding a careful checker must raise there.
import type { Rng } from './prng';
import type { Person } from './world';
import { factValue, type Fact } from './grammar';

export type Expect = 'quote.altered' | 'quote.misattributed' | 'quote.unverified' | 'fact.number' | 'fact.date' | null;

export interface TruthItem {
  draft: string;
  kind: 'quote' | 'number' | 'date';
  category: 'verbatim' | 'altered' | 'misattributed' | 'invented' | 'agree' | 'disagree';
  /** The finding a careful checker must raise here; null when the draft is right. */
  expect: Expect;
  text: string;
  start: number;
  end: number;
  /** Who the draft names (quotations). */
  attributed?: string;
  /** Who the source gives the words to. */
  sourceSpeaker?: string;
}

/** Builds a draft's text and records the span of each planted item. */
export class Writer {
  text = '';
  truth: TruthItem[] = [];
  private introduced = new Set<Person>();
  constructor(
    private file: string,
    private cast: Person[],
    private r: Rng,
  ) {}
  put(s: string) {
    this.text += s;
  }
  para(body: () => void) {
    body();
    this.text += '\n\n';
  }
  nameOf(p: Person): string {
    const first = !this.introduced.has(p);
    this.introduced.add(p);
    return first ? p.name : p.surname;
  }
  private mark(item: Omit<TruthItem, 'draft' | 'start' | 'end' | 'text'>, s: string) {
    const start = this.text.length;
    this.put(s);
    this.truth.push({ draft: this.file, ...item, text: s, start, end: start + s.length });
  }
  quote(S: Person, said: string, item: { category: TruthItem['category']; expect: Expect; sourceSpeaker?: string }) {
    const first = !this.introduced.has(S);
    const who = this.nameOf(S);
    const meta = {
      kind: 'quote' as const,
      category: item.category,
      expect: item.expect,
      attributed: S.name,
      sourceSpeaker: item.sourceSpeaker,
    };
    const style = this.r.int(10);
    const inner = said.replace(/\.$/, '');
    this.para(() => {
      if (style < 5) {
        this.put('"');
        this.mark(meta, inner);
        this.put(`," ${who} said.`);
      } else if (style < 7) {
        this.put('"');
        this.mark(meta, inner);
        this.put(`," said ${who}${first && this.r.chance(0.5) ? `, ${S.title} at the ${S.org}` : ''}.`);
      } else {
        this.put(`${who} ${style < 9 ? 'said' : 'added'}: "`);
        this.mark(meta, said);
        this.put('"');
      }
    });
  }
  fact(f: Fact, v: number, opts: { person?: Person; who?: string; category: 'agree' | 'disagree' }) {
    const who = opts.person ? this.nameOf(opts.person) : opts.who!;
    const [before, after] = f.draft.replace('{WHO}', who).split('{V}');
    const atStart = before.length === 0;
    const value = factValue(f, v, true, atStart);
    this.para(() => {
      this.put(before);
      this.mark(
        { kind: 'number', category: opts.category, expect: opts.category === 'agree' ? null : 'fact.number' },
        value,
      );
      this.put(after);
    });
  }
  date(before: string, written: string, after: string, agree: boolean) {
    this.para(() => {
      this.put(before);
      this.mark({ kind: 'date', category: agree ? 'agree' : 'disagree', expect: agree ? null : 'fact.date' }, written);
      this.put(after);
    });
  }
}
