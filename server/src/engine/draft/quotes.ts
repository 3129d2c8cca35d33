// Finds quotations in prose: straight and curly double marks, guillemets,
// German and CJK marks, British-style single marks, quotations that run over
// several paragraphs, and unbalanced marks (skipped, never an error).
import type { Span } from '../types';
import { singleOuters } from './single-outer';
import type { QuoteSpan } from './quote-span';

export type { QuoteSpan } from './quote-span';

const CLOSERS: Record<string, string> = {
  '“': '”"',
  '"': '"”',
  '„': '“”"',
  '«': '»',
  '‹': '›',
  '「': '」',
  '『': '』',
  '‘': '’',
  "'": "'’",
};
const OPENERS = new Set(['“', '"', '„', '«', '「', '『']);
const SINGLE_OPENERS = new Set(['‘', "'"]);

function isSpace(c: string | undefined) {
  return c === undefined || /[\s\u00a0]/.test(c);
}
function isWordChar(c: string | undefined) {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/**
 * The character before offset i as far as opening a quotation goes: a bidi
 * mark or zero-width character right before a mark separates it from the word
 * before, as a space would (copy mixing right-to-left names puts them there).
 */
function prevVisible(text: string, i: number, start: number): string | undefined {
  if (i > start && /[\p{Cf}\u200b]/u.test(text[i - 1])) return ' ';
  return i > start ? text[i - 1] : undefined;
}

/** Could the straight double mark at i open a quotation? */
function straightOpens(text: string, i: number, start: number): boolean {
  const prev = prevVisible(text, i, start);
  const next = text[i + 1];
  if (isSpace(next)) return false;
  return prev === undefined || isSpace(prev) || /[([{\u2014\u2013\-/:]/.test(prev);
}

function trimSpan(text: string, s: number, e: number): Span {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/**
 * Could the character with this code be a quotation mark of OPENERS or CLOSERS (the straight marks, or « and every
 * mark after it)? Other characters are passed over without being read as strings.
 */
function markCode(code: number) {
  return code === 34 || code === 39 || code >= 0xab;
}

interface Open {
  mark: string;
  at: number;
}

/** Quotations in `text` (a prose mask) over its blocks. */
export function findQuotes(text: string, blocks: Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let groups = 0;
  let carry: (Open & { group: number }) | undefined; // a quotation left open at the end of the previous block
  for (let b = 0; b < blocks.length; b++) {
    const { start, end } = blocks[b];
    let first = start;
    while (first < end && /\s/.test(text[first])) first++;
    let open: (Open & { group: number }) | undefined;
    if (carry && first < end && (OPENERS.has(text[first]) || SINGLE_OPENERS.has(text[first]))) {
      // Multi-paragraph convention: the paragraph reopens the quotation left open.
      open = { mark: text[first], at: first, group: carry.group };
      out[out.length - 1].continues = true;
    } else if (carry) {
      out.pop(); // the earlier paragraph's quotation never closed: unbalanced, skip it
    }
    carry = undefined;
    for (let i = open ? open.at + 1 : start; i < end; i++) {
      if (!markCode(text.charCodeAt(i))) continue;
      const c = text[i];
      if (open) {
        if (c === '“' && open.mark === '“') {
          open = { mark: c, at: i, group: ++groups };
          continue;
        } // the first “ never closed
        if (CLOSERS[open.mark].includes(c)) {
          const span = trimSpan(text, open.at + 1, i);
          if (span.end > span.start)
            out.push({ span, open: open.at, close: i + 1, block: b, group: open.group, continues: false });
          open = undefined;
        }
        continue;
      }
      if (OPENERS.has(c)) {
        if (c === '"' && !straightOpens(text, i, start)) continue;
        open = { mark: c, at: i, group: ++groups };
      }
    }
    if (open) {
      const span = trimSpan(text, open.at + 1, end);
      if (span.end > span.start) {
        out.push({ span, open: open.at, close: end, block: b, group: open.group, continues: false });
        carry = open;
      }
    }
  }
  if (carry) out.pop();
  // British style: a single-mark quotation holding a double-mark one (read as nested, not as a quotation of its own).
  const { outers, held } = singleOuters(text, blocks, out, groups);
  const overlaps = (q: QuoteSpan) => outers.some((o) => q.open < o.close && q.close > o.open);
  const singles = findSingleQuotes(text, blocks, out).filter((q) => !overlaps(q));
  return [...out.filter((q) => !held.has(q)), ...outers, ...singles].sort((a, b) => a.open - b.open);
}

/**
 * British style: single marks at the top level, in paragraphs with no double-mark quotation.
 * One pass: an opener after a space and before a letter; a closer after a non-space and before
 * no letter (an apostrophe inside a word never closes). Two words at least, one word of three letters, or an
 * apostrophe's s'.
 */
function findSingleQuotes(text: string, blocks: Span[], doubles: QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const withDoubles = new Set(doubles.map((q) => q.block));
  for (let b = 0; b < blocks.length; b++) {
    if (withDoubles.has(b)) continue;
    const { start, end } = blocks[b];
    let open = -1;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code !== 39 && code !== 0x2018 && code !== 0x2019) continue;
      const c = text[i];
      if (
        open >= 0 &&
        CLOSERS[text[open]].includes(c) &&
        i > open + 1 &&
        !isSpace(text[i - 1]) &&
        !isWordChar(text[i + 1])
      ) {
        const span = trimSpan(text, open + 1, i);
        const words = text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;
        // "the Falcons' line": a plural possessive, not a closer, when a lower-case word follows.
        // "… 'a massive three points' in a post": a closer before a preposition or a verb, which no possessive takes.
        const after = /^\s+(\p{Ll}+)/u.exec(text.slice(i + 1, i + 16));
        const possessive = text[i - 1] === 's' && !!after && !AFTER_CLOSER.has(after[1]);
        if (!possessive && (words >= 2 || /[,.!?]$/.test(text.slice(span.start, span.end)) || oneWord(text, span))) {
          out.push({ span, open, close: i + 1, block: b, group: -1 - out.length, continues: false });
          open = -1;
        }
        continue;
      }
      if (SINGLE_OPENERS.has(c)) {
        const prev = prevVisible(text, i, start);
        if ((prev === undefined || isSpace(prev) || /[([{\u2014\u2013]/.test(prev)) && /\p{L}/u.test(text[i + 1] ?? ''))
          open = i;
      }
    }
  }
  return out;
}

/** Words that follow a closing mark but never a plural possessive ("the Falcons' line"). */
const AFTER_CLOSER = new Set(
  (
    'in on at to for from with by as and or but of that when after before because if than so was were is are had ' +
    'has have said says told added during since until while about over'
  ).split(' '),
);

/**
 * One word of three letters or more in single marks ("called it 'unavoidable'"): a quotation, where two letters are
 * more often an elision ("rock 'n' roll") than a word someone said.
 */
function oneWord(text: string, span: Span): boolean {
  return span.end - span.start >= 3 && /^\p{L}[\p{L}-]*\p{L}$/u.test(text.slice(span.start, span.end));
}

/** Single-mark quotations inside double-mark ones, each with the index of its outer quotation. */
export function findNestedQuotes(text: string, outer: QuoteSpan[]): (QuoteSpan & { outer: number })[] {
  const out: (QuoteSpan & { outer: number })[] = [];
  outer.forEach((o, k) => {
    if (SINGLE_OPENERS.has(text[o.open])) {
      out.push(...doublesInside(text, o, k));
      return;
    }
    let open = -1;
    for (let i = o.span.start; i < o.span.end; i++) {
      const c = text[i];
      if (open < 0) {
        if (
          SINGLE_OPENERS.has(c) &&
          (i === o.span.start || /[\s([{\u2014\u2013]/.test(text[i - 1])) &&
          /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')
        )
          open = i;
        continue;
      }
      if ((c === '’' || c === "'") && !isSpace(text[i - 1]) && !isWordChar(text[i + 1])) {
        const span = trimSpan(text, open + 1, i);
        if (span.end > span.start)
          out.push({ span, open, close: i + 1, block: o.block, group: -1, continues: false, outer: k });
        open = -1;
      }
    }
  });
  return out;
}

/** Double-mark quotations inside a single-mark one (British style). */
function doublesInside(text: string, o: QuoteSpan, k: number): (QuoteSpan & { outer: number })[] {
  const out: (QuoteSpan & { outer: number })[] = [];
  let open = -1;
  for (let i = o.span.start; i < o.span.end; i++) {
    const c = text[i];
    if (
      open < 0 &&
      (c === '“' || (c === '"' && !/\S/.test(text[i - 1] ?? ' ')) || (c === '"' && /[,:(]/.test(text[i - 1])))
    )
      open = i;
    else if (open >= 0 && (c === '”' || c === '"')) {
      const span = trimSpan(text, open + 1, i);
      if (span.end > span.start)
        out.push({ span, open, close: i + 1, block: o.block, group: -1, continues: false, outer: k });
      open = -1;
    }
  }
  return out;
}
