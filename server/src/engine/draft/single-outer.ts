// British copy quotes with single marks and puts a quotation inside one in double marks:
//   Pochettino said: 'After the game, Harry said, "I touched the ball". He told Christian …
//   'The goal provides us three points.'
// The single-mark quotation is the one a reader attributes (to Pochettino), and it may run over paragraphs, each
// reopened with a mark. The double-mark one inside is nested (Harry's words).
import type { Span } from '../types';
import type { QuoteSpan } from './quote-span';

const SINGLE = new Set(["'", '‘']);
const CLOSE = new Set(["'", '’']);

function trim(text: string, s: number, e: number): Span {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Where the first single mark that opens a quotation stands in block b: at its start, or after ":" / ",". */
function opener(text: string, from: number, end: number, blockStart: number): number {
  for (let i = from; i < end; i++) {
    if (!SINGLE.has(text[i]) || !/\p{L}/u.test(text[i + 1] ?? '')) continue;
    let k = i - 1;
    while (k >= blockStart && /[ \t\u00a0]/.test(text[k])) k--;
    if (k < blockStart || /[:,\u2014\u2013(]/.test(text[k])) return i;
  }
  return -1;
}

/** The closing single mark after `from`: after a non-space, before no letter, not a plural possessive. */
function closer(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    if (!CLOSE.has(text[i]) || /\s/.test(text[i - 1]) || /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) continue;
    if (text[i - 1] === 's' && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4)) && !/[.,!?]/.test(text[i - 2])) continue;
    return i;
  }
  return -1;
}

/**
 * Single-mark quotations that hold a double-mark one, in paragraphs with double marks (the others are read by
 * findSingleQuotes). Returns them and the double-mark quotations they hold (to be read as nested).
 */
export function singleOuters(
  text: string,
  blocks: Span[],
  doubles: QuoteSpan[],
  group: number,
): { outers: QuoteSpan[]; held: Set<QuoteSpan> } {
  const outers: QuoteSpan[] = [];
  const held = new Set<QuoteSpan>();
  const byBlock = new Map<number, QuoteSpan[]>();
  for (const d of doubles) {
    const list = byBlock.get(d.block);
    if (list) list.push(d);
    else byBlock.set(d.block, [d]);
  }
  for (let b = 0; b < blocks.length; b++) {
    const inner = byBlock.get(b);
    if (!inner) continue;
    const { start, end } = blocks[b];
    const open = opener(text, start, inner[0].open, start);
    if (open < 0) continue;
    const inside = (from: number, to: number) => inner.filter((d) => d.open > from && d.close <= to);
    const crosses = (from: number, to: number) => inner.some((d) => d.open < to && d.close > to && d.open > from);
    const last = inner[inner.length - 1];
    const close = closer(text, last.close, end);
    if (close >= 0) {
      if (crosses(open, close)) continue;
      inside(open, close).forEach((d) => held.add(d));
      outers.push({
        span: trim(text, open + 1, close),
        open,
        close: close + 1,
        block: b,
        group: ++group,
        continues: false,
      });
      continue;
    }
    // Open at the paragraph's end: the next paragraph must reopen it with a single mark and close it.
    const next = blocks[b + 1];
    if (!next || byBlock.has(b + 1)) continue;
    let first = next.start;
    while (first < next.end && /\s/.test(text[first])) first++;
    const end2 = SINGLE.has(text[first]) ? closer(text, first + 1, next.end) : -1;
    if (end2 < 0) continue;
    inside(open, end).forEach((d) => held.add(d));
    const g = ++group;
    outers.push({ span: trim(text, open + 1, end), open, close: end, block: b, group: g, continues: true });
    outers.push({
      span: trim(text, first + 1, end2),
      open: first,
      close: end2 + 1,
      block: b + 1,
      group: g,
      continues: false,
    });
    b++;
  }
  return { outers, held };
}
