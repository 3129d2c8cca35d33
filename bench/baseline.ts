// The obvious way, measured against the engine: fuse.js over every statement
// for every quotation (and every sentence with a figure in it), with
// `ignoreLocation: true` and a score threshold.
//   no hit under the threshold                         -> quote.unverified
//   top hit holds the words, said by someone else     -> quote.misattributed
//   top hit does not hold the words exactly           -> quote.altered
//   a figure the top hit for its sentence does not have -> fact.number
// Dates are not checked (fuse cannot read "on Tuesday"); they count as misses.
// Quotations and attributions are read with regular expressions, the way a
// quick script would (straight double quotes, `"…," Name said.`, `said Name`, `Name said: "…"`).
import Fuse from 'fuse.js';
import type { Found } from './score';

export interface BaselineStatement {
  text: string;
  speaker?: string;
}

export interface BaselineItem {
  index: number;
  kind: 'quote' | 'number';
  span: { start: number; end: number };
  ms: number;
  findings: Found[];
}

export interface BaselineRun {
  findings: Found[];
  /** The items checked (all, or the sample). */
  checked: BaselineItem[];
  /** Every item of the draft (checked or not). */
  all: { kind: 'quote' | 'number'; span: { start: number; end: number } }[];
  /** How many items the draft has. */
  items: number;
  /** Time to read the draft (quotations, attributions, sentences). */
  readMs: number;
}

const NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})`;
const AFTER = [
  new RegExp(String.raw`^[,.!?]?\s*(?:said|added)\s+${NAME}`, 'u'),
  new RegExp(String.raw`^[,.!?]?\s*${NAME}\s+(?:said|added)\b`, 'u'),
];
const BEFORE = new RegExp(String.raw`${NAME}\s+(?:said|added)\s*:\s*$`, 'u');
const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export class FuseBaseline {
  readonly fuse: Fuse<BaselineStatement>;
  readonly indexMs: number;
  private names = new Set<string>();
  constructor(
    statements: BaselineStatement[],
    readonly threshold = 0.3,
  ) {
    const t = performance.now();
    this.fuse = new Fuse(statements, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold });
    for (const s of statements) if (s.speaker) this.names.add(s.speaker);
    this.indexMs = performance.now() - t;
  }

  /** Checks a draft; with `sample`, only the items it picks (by their index in the draft). */
  check(text: string, sample: (i: number, n: number) => boolean = () => true): BaselineRun {
    const t0 = performance.now();
    const body = text.replace(/^---[\s\S]*?\n---\n/, (m) => ' '.repeat(m.length));
    const items: { kind: 'quote' | 'number'; span: { start: number; end: number }; run: () => Found[] }[] = [];
    const people = this.fullNames(body);
    for (const m of body.matchAll(/"([^"\n]+)"/g)) {
      const inner = m[1].replace(/[\s,.;:!?]+$/, '');
      const start = m.index! + 1,
        span = { start, end: start + inner.length };
      const lineStart = body.lastIndexOf('\n', m.index!) + 1,
        lineEnd = body.indexOf('\n', m.index! + m[0].length);
      const after = body.slice(m.index! + m[0].length, lineEnd < 0 ? undefined : lineEnd),
        before = body.slice(lineStart, m.index!);
      const written = AFTER.map((re) => re.exec(after)?.[1]).find(Boolean) ?? BEFORE.exec(before)?.[1];
      const who = written && this.resolve(written, m.index!, people);
      items.push({ kind: 'quote', span, run: () => this.quote(inner, who, span) });
    }
    // Sentences with figures outside quotation marks.
    const outside = body.replace(/"[^"\n]*"/g, (q) => ' '.repeat(q.length));
    for (const s of outside.matchAll(/[^.!?\n]*\d[^\n]*?(?:[.!?](?=\s|$)|$)/gm)) {
      const sentence = s[0];
      const nums = [...sentence.matchAll(/\$?\d[\d,]*(?:\.\d+)?/g)];
      if (!nums.length) continue;
      const span = { start: s.index!, end: s.index! + sentence.length };
      items.push({
        kind: 'number',
        span,
        run: () =>
          this.numbers(
            sentence.trim(),
            nums.map((n) => ({ text: n[0], start: s.index! + n.index! })),
          ),
      });
    }
    items.sort((a, b) => a.span.start - b.span.start);
    const readMs = performance.now() - t0;
    const findings: Found[] = [],
      checked: BaselineItem[] = [];
    items.forEach((it, i) => {
      if (!sample(i, items.length)) return;
      const t = performance.now();
      const found = it.run();
      findings.push(...found);
      checked.push({ index: i, kind: it.kind, span: it.span, ms: performance.now() - t, findings: found });
    });
    return { findings, checked, all: items.map(({ kind, span }) => ({ kind, span })), items: items.length, readMs };
  }

  private quote(words: string, who: string | undefined, span: Found['span']): Found[] {
    const hits = this.fuse.search(words, { limit: 5 });
    if (!hits.length) return [{ code: 'quote.unverified', span }];
    const q = norm(words);
    const exact = hits.filter((h) => norm(h.item.text).includes(q));
    if (!exact.length) return [{ code: 'quote.altered', span }];
    if (who && !exact.some((h) => h.item.speaker && norm(h.item.speaker) === norm(who)))
      return [{ code: 'quote.misattributed', span }];
    return [];
  }

  private numbers(sentence: string, nums: { text: string; start: number }[]): Found[] {
    const top = this.fuse.search(sentence.replace(/\$?\d[\d,]*(?:\.\d+)?/g, ' '), { limit: 1 })[0];
    if (!top) return [];
    const there = new Set([...top.item.text.matchAll(/\$?\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/[$,]/g, '')));
    if (!there.size) return [];
    return nums
      .filter((n) => !there.has(n.text.replace(/[$,]/g, '')))
      .map((n) => ({ code: 'fact.number', span: { start: n.start, end: n.start + n.text.length } }));
  }

  /** Full names of known speakers in the draft, with where they stand. */
  private fullNames(body: string): { name: string; at: number }[] {
    const out: { name: string; at: number }[] = [];
    for (const m of body.matchAll(/\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/gu))
      if (this.names.has(m[0])) out.push({ name: m[0], at: m.index! });
    return out;
  }

  /** A written name as a known speaker: the full name, or the last person named in full with that surname. */
  private resolve(written: string, at: number, people: { name: string; at: number }[]): string {
    if (this.names.has(written)) return written;
    const last = people.filter((p) => p.at < at && p.name.split(/\s+/).includes(written)).pop();
    return last?.name ?? written;
  }
}
