// Bounds on what reading one part of a document may cost. The Markdown parser (micromark) is
// slow, and superlinear, on some shapes a paste can produce: tens of thousands of `[` or `*`,
// lists or block quotes nested thousands deep, tens of thousands of lines in one block. A chunk
// of that kind is read here, in one linear pass, as plain text with its markup blanked, and the
// reader says so in a note. After reading, a block longer than any paragraph a story holds is
// cut at its line breaks, and a single line too long to read is skipped with a note: what one
// block costs the later stages (quotations, attribution, figures) stays bounded.
import type { Span } from '../types';

/**
 * What a chunk may cost the parser before it is read as plain text instead: one unit per markup
 * character or tab, LINE_COST per line (the parser tries every block construct at each line start).
 */
export const MAX_PARSE_COST = 10_000;
const LINE_COST = 8;
/** Container markers (`>`, `-`, `1.`) a line may open before its chunk is not given to the parser. */
export const MAX_NESTING = 32;
/** Indentation (columns) before a list marker or `>` beyond which a line counts as nested too deep. */
const MAX_MARKER_INDENT = 128;
/** Characters one block may hold; longer blocks are cut at line breaks (a story's paragraph is a few thousand). */
export const MAX_BLOCK_CHARS = 16_384;
/** Characters one line may hold; a longer line is not read. */
export const MAX_LINE_CHARS = 131_072;

const MARKUP = new Set([...'*_`[]<>!\\|~'].map((c) => c.charCodeAt(0)));
/** The container prefix of a line: block quote markers and list markers, with the blanks between. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*/;

/** Why a chunk should not go to the Markdown parser, or undefined when it may. */
export function tooHardToParse(body: string): string | undefined {
  let cost = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (!(c === 13 && body.charCodeAt(i + 1) === 10)) cost += LINE_COST;
    } else if (c === 9 || MARKUP.has(c)) cost++;
  }
  if (cost > MAX_PARSE_COST) return 'it holds more lines, tabs and markup characters than one block should';
  const line = /[^\r\n]*/g;
  for (let m = line.exec(body); m; m = line.exec(body)) {
    const l = m[0];
    if (l) {
      const prefix = CONTAINER_PREFIX.exec(l)![0];
      let markers = 0;
      for (let i = 0; i < prefix.length; i++) {
        const c = prefix[i];
        if (c !== ' ' && c !== '\t' && !(c >= '0' && c <= '9')) markers++;
      }
      if (markers > MAX_NESTING) return `it nests block quotes or lists more than ${MAX_NESTING} deep`;
      let indent = 0;
      while (indent < l.length && (l[indent] === ' ' || l[indent] === '\t')) indent++;
      if (indent >= MAX_MARKER_INDENT && /^(?:[-*+>]|\d{1,9}[.)])/.test(l.slice(indent, indent + 12)))
        return 'it nests lists too deep';
    }
    if (line.lastIndex >= body.length) break;
    line.lastIndex++;
  }
  return undefined;
}

const TAG = /<[A-Za-z/!?][^<>\r\n]*>/y;

/**
 * A chunk read as plain text: line breaks and words kept, Markdown markup blanked (container
 * prefixes, heading marks, emphasis and bracket characters, inline code, link targets, HTML
 * tags and comments). Blocks are split at blank lines. Linear in the chunk's length.
 */
export function plainMarkdown(body: string): { mask: string; blocks: Span[] } {
  const out = new Array<string>(body.length);
  const n = body.length;
  let i = 0,
    lineStart = true;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const c = body[k];
      out[k] = c === '\n' || c === '\r' ? c : ' ';
    }
  };
  while (i < n) {
    const c = body[i];
    if (c === '\n' || c === '\r') {
      out[i] = c;
      i++;
      lineStart = true;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      const rest = body.slice(i, Math.min(n, i + 4096));
      const prefix =
        CONTAINER_PREFIX.exec(rest)![0].length +
        (/^[ \t]*#{1,6}(?=[ \t]|$)/.exec(rest.slice(CONTAINER_PREFIX.exec(rest)![0].length))?.[0].length ?? 0);
      if (prefix) {
        blank(i, i + prefix);
        i += prefix;
        continue;
      }
    }
    if (body.startsWith('<!--', i)) {
      const close = body.indexOf('-->', i + 4);
      const end = close < 0 ? n : close + 3;
      blank(i, end);
      i = end;
      continue;
    }
    if (c === '<') {
      TAG.lastIndex = i;
      const m = TAG.exec(body);
      if (m) {
        blank(i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    }
    if (c === ']' && body[i + 1] === '(') {
      let k = i + 2;
      while (k < n && body[k] !== ')' && body[k] !== '\n' && body[k] !== '\r') k++;
      const end = k < n && body[k] === ')' ? k + 1 : i + 1;
      blank(i, end);
      i = end;
      continue;
    }
    if (c === '`') {
      let k = i + 1;
      while (k < n && body[k] !== '`' && body[k] !== '\n' && body[k] !== '\r') k++;
      const end = k < n && body[k] === '`' ? k + 1 : i + 1;
      blank(i, end);
      i = end;
      continue;
    }
    out[i] = MARKUP.has(body.charCodeAt(i)) || c === '\t' ? ' ' : c;
    i++;
  }
  const mask = out.join('');
  return { mask, blocks: blocksAtBlankLines(mask) };
}

/** Spans of non-blank text separated by blank lines. */
export function blocksAtBlankLines(mask: string): Span[] {
  const blocks: Span[] = [];
  let start = -1,
    end = -1,
    lineHasText = false;
  for (let i = 0; i <= mask.length; i++) {
    const c = i < mask.length ? mask.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      if (c === 13 && mask.charCodeAt(i + 1) === 10) i++;
      if (!lineHasText && start >= 0) {
        blocks.push({ start, end });
        start = -1;
      }
      lineHasText = false;
      continue;
    }
    if (c === 32 || c === 9) continue;
    lineHasText = true;
    if (start < 0) start = i;
    end = i + 1;
  }
  if (start >= 0) blocks.push({ start, end });
  return blocks;
}

/**
 * Blocks of bounded size: a block longer than MAX_BLOCK_CHARS is cut at line breaks into pieces
 * of at most that size (a line longer than that is a piece of its own); a line longer than
 * MAX_LINE_CHARS is left out, and `skipped` receives its span.
 */
export function boundBlocks(text: string, blocks: Span[], skipped: (s: Span) => void): Span[] {
  if (!blocks.some((b) => b.end - b.start > MAX_BLOCK_CHARS)) return blocks;
  const out: Span[] = [];
  for (const b of blocks) {
    if (b.end - b.start <= MAX_BLOCK_CHARS) {
      out.push(b);
      continue;
    }
    let piece = -1,
      pieceEnd = -1;
    const flush = () => {
      if (piece >= 0) out.push(trimSpan(text, { start: piece, end: pieceEnd }));
      piece = -1;
    };
    for (let lineStart = b.start; lineStart < b.end;) {
      let lineEnd = lineStart;
      while (lineEnd < b.end && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
      const next = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
      if (lineEnd - lineStart > MAX_LINE_CHARS) {
        flush();
        skipped({ start: lineStart, end: lineEnd });
      } else {
        if (piece >= 0 && lineEnd - piece > MAX_BLOCK_CHARS) flush();
        if (piece < 0) piece = lineStart;
        pieceEnd = lineEnd;
      }
      lineStart = next;
    }
    flush();
  }
  return out.filter((s) => s.end > s.start);
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
