// Prose extraction. A document becomes a "prose mask": a string of the same
// length as the text in which everything that is not running prose (front
// matter, code, HTML comments, link targets, Markdown markup) is blanked with
// spaces, line breaks kept. Offsets in the mask are offsets in the document, so
// every later stage reports positions in the original text for free.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import type { Span } from '../types';
import { BoundedCache } from './lru';
import { htmlBlockProse } from './html-prose';
import { boundBlocks, MAX_LINE_CHARS, plainMarkdown, tooHardToParse } from './prose-limits';
import { LineIndex } from './positions';
import { frontMatterAtStart, parseFrontMatter } from './front-matter';
import { markdownChunks } from './markdown-chunks';

// (Re-exported: the draft's suppression comments and the tests read chunks and front matter from here.)
export { markdownChunks } from './markdown-chunks';
export { parseFrontMatter, simpleFrontMatter } from './front-matter';

export interface Prose {
  /** The masked text: same length and line breaks as the source. */
  text: string;
  /** Paragraph-like blocks of prose, in order. */
  blocks: Span[];
  /** Parsed YAML front matter (a mapping), if any. */
  frontMatter?: Record<string, unknown>;
  frontMatterSpan?: Span;
  /** A problem reading the front matter, in words a writer understands. */
  frontMatterError?: string;
  /** Parts read in a simpler way, or not read, to bound the cost (in words a writer understands). */
  notes?: string[];
}

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const SKIP = new Set('code inlineCode html yaml toml definition image imageReference footnoteDefinition'.split(' '));

function blankMask(text: string): string[] {
  const a = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    a[i] = c === '\n' || c === '\r' ? c : ' ';
  }
  return a;
}

/** Forgets parsed chunks (benchmarks measure checks without them). */
export function clearProseCache() {
  chunkCache.clear();
}

export interface ChunkProse {
  mask: string;
  blocks: Span[];
  frontMatter?: Record<string, unknown>;
  frontMatterSpan?: Span;
  frontMatterError?: string;
  /** Why the chunk was read as plain text rather than parsed. */
  plainBecause?: string;
}
const chunkCache = new BoundedCache<string, ChunkProse>(8_000_000);

/** Prose of a Markdown document. */
export function markdownProse(text: string): Prose {
  // The parser drops a byte-order mark; parse without it and shift every offset back by one.
  if (text.charCodeAt(0) === 0xfeff) {
    const p = markdownProse(text.slice(1));
    const sh = (s: Span): Span => ({ start: s.start + 1, end: s.end + 1 });
    return {
      ...p,
      text: ' ' + p.text,
      blocks: p.blocks.map(sh),
      frontMatterSpan: p.frontMatterSpan && sh(p.frontMatterSpan),
    };
  }
  const chunks = markdownChunks(text);
  const masks: string[] = [];
  const blocks: Span[] = [];
  const out: Prose = { text: '', blocks };
  const notes: ProseNote[] = [];
  chunks.forEach((c, k) => {
    const body = text.slice(c.start, c.end);
    const key = (k === 0 ? '1' : '0') + body;
    let p = chunkCache.get(key);
    if (!p) p = k > 0 ? plainParagraph(body) : frontMatterParagraph(body);
    if (!p && /^[ \t\r\n]*$/.test(body)) p = { mask: blankMask(body).join(''), blocks: [] };
    if (!p) {
      p = chunkProse(body, k === 0);
      chunkCache.set(key, p, 4 * key.length + 32 * p.blocks.length + 200);
    }
    masks.push(p.mask);
    for (const b of p.blocks) blocks.push({ start: b.start + c.start, end: b.end + c.start });
    if (k === 0) {
      out.frontMatter = p.frontMatter;
      out.frontMatterSpan = p.frontMatterSpan;
      out.frontMatterError = p.frontMatterError;
    }
    if (p.plainBecause) {
      const text = `read as plain text, not as Markdown, because ${p.plainBecause}`;
      notes.push({ start: c.start, end: c.start + body.trimEnd().length, text });
    }
  });
  out.text = masks.join('');
  return withBoundedBlocks(text, out, notes);
}

/** The prose of one chunk: parsed, or read as plain text when it is too hard to parse. */
function chunkProse(body: string, first: boolean): ChunkProse {
  const hard = tooHardToParse(body);
  if (hard) {
    const fm = first ? frontMatterAtStart(body) : undefined;
    const end = fm?.span.end ?? 0;
    const rest = plainMarkdown(body.slice(end));
    const mask = blankMask(body.slice(0, end)).join('') + rest.mask;
    const blocks = rest.blocks.map((b) => ({ start: b.start + end, end: b.end + end }));
    return {
      mask,
      blocks,
      frontMatter: fm?.data,
      frontMatterSpan: fm?.span,
      frontMatterError: fm?.error,
      plainBecause: hard,
    };
  }
  const whole = markdownProseWhole(body, first);
  const { frontMatter, frontMatterSpan, frontMatterError } = whole;
  return { mask: whole.text, blocks: whole.blocks, frontMatter, frontMatterSpan, frontMatterError };
}

interface ProseNote {
  start: number;
  end: number;
  text: string;
}

/**
 * The prose with blocks cut to MAX_BLOCK_CHARS, and notes (with their line numbers) for what was read differently or
 * skipped.
 */
function withBoundedBlocks(text: string, prose: Prose, notes: ProseNote[]): Prose {
  let mask: string[] | undefined;
  const blocks = boundBlocks(prose.text, prose.blocks, (s) => {
    mask ??= prose.text.split('');
    for (let i = s.start; i < s.end; i++) mask[i] = ' ';
    const size = (s.end - s.start).toLocaleString('en-US');
    const text =
      `a line of ${size} characters is longer than Verbatim reads ` +
      `(${MAX_LINE_CHARS.toLocaleString('en-US')}); not read`;
    notes.push({ start: s.start, end: s.end, text });
  });
  if (!notes.length) return prose;
  const li = new LineIndex(text);
  const lines = (n: ProseNote) => {
    const a = li.position(n.start).line + 1,
      b = li.position(Math.max(n.start, n.end - 1)).line + 1;
    return a === b ? `Line ${a}` : `Lines ${a}-${b}`;
  };
  const out: Prose = { ...prose, blocks, notes: notes.map((n) => `${lines(n)}: ${n.text}`) };
  if (mask) out.text = mask.join('');
  return out;
}

/** A line that may open a block or underline a heading; a character that may be inline syntax. */
const BLOCK_START = /^(?: {0,3}[#>*+=|<`~\-[]| {0,3}\d{1,9}[.)]| {4}|\t)/;
const INLINE = /[*_`[\]<>!\\&|~\t]/; // (and tabs, which the parser keeps or drops by where they stand)
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;

/**
 * The prose of a chunk that is one paragraph of plain words (no character
 * Markdown could read as syntax, no line that could open a block): what the
 * parser would give, without parsing. Most of a source folder is such
 * paragraphs. Undefined for anything else.
 */
export function plainParagraph(body: string): ChunkProse | undefined {
  if (INLINE.test(body)) return undefined;
  let end = -1,
    blank = false;
  LINE.lastIndex = 0;
  for (let m = LINE.exec(body); m && m[0]; m = LINE.exec(body)) {
    const content = m[0].replace(/[\r\n]+$/, '');
    if (/^[ \t]*$/.test(content)) {
      blank = true;
      continue;
    }
    // a second block, or a line that may open one (or underline a heading)
    if (blank || BLOCK_START.test(content)) return undefined;
    end = m.index + content.length;
  }
  if (end < 0) return undefined;
  // No tabs (INLINE refuses them), so the parser's mask is the text itself: its leading and trailing
  // spaces are spaces already. (A regex replacing them retried a run of spaces from each of its characters.)
  return { mask: body, blocks: [{ start: 0, end }] };
}

/** Front matter between `---` lines: no `\r`, no line inside that could close it or end the document. */
const FRONT_MATTER = /^---\n((?:(?!---|\.\.\.)[^\r\n]*\n)*?)---\n/;

/**
 * The prose of a first chunk that is front matter followed by one plain paragraph (or nothing): what the parser
 * would give, without parsing (most sources start so). Undefined for anything else.
 */
export function frontMatterParagraph(body: string): ChunkProse | undefined {
  const m = FRONT_MATTER.exec(body);
  if (!m || !m[1]) return undefined;
  const end = m[0].length;
  const rest = body.slice(end);
  const para = /^[ \t\r\n]*$/.test(rest) ? { mask: blankMask(rest).join(''), blocks: [] } : plainParagraph(rest);
  if (!para) return undefined;
  const fm = parseFrontMatter(m[1].slice(0, -1));
  return {
    mask: blankMask(body.slice(0, end)).join('') + para.mask,
    blocks: para.blocks.map((b) => ({ start: b.start + end, end: b.end + end })),
    frontMatter: fm.data,
    frontMatterSpan: { start: 0, end: end - 1 },
    frontMatterError: fm.error,
  };
}

/** Prose of a Markdown text parsed in one piece. */
export function markdownProseWhole(text: string, allowFrontMatter = true): Prose {
  const tree = (
    allowFrontMatter
      ? fromMarkdown(text, {
          extensions: [frontmatter(['yaml'])],
          mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
        })
      : fromMarkdown(text)
  ) as MdNode;
  const mask = blankMask(text);
  const blocks: Span[] = [];
  const out: Prose = { text: '', blocks };
  const copy = (s: number, e: number) => {
    for (let i = s; i < e; i++) mask[i] = text[i];
  };
  // Depth first, with a stack of its own (a block quote nested thousands deep must not overflow the call stack).
  const stack: { node: MdNode; inBlock: boolean }[] = [{ node: tree, inBlock: false }];
  const found: Span[] = [];
  while (stack.length) {
    const { node, inBlock: outer } = stack.pop()!;
    let inBlock = outer;
    const s = node.position?.start.offset,
      e = node.position?.end.offset;
    if (node.type === 'yaml' && s !== undefined && e !== undefined) {
      out.frontMatterSpan = { start: s, end: e };
      const fm = parseFrontMatter(node.value ?? '');
      out.frontMatter = fm.data;
      out.frontMatterError = fm.error;
      continue;
    }
    // An HTML block is published: its text is prose, its tags are not. (Inline HTML inside a paragraph
    // needs nothing: the text around and between the tags is text nodes of its own.)
    if (node.type === 'html' && !inBlock && s !== undefined && e !== undefined) {
      htmlBlockProse(text, s, e, mask, found);
      continue;
    }
    if (SKIP.has(node.type)) continue;
    if (BLOCKS.has(node.type) && s !== undefined && e !== undefined) {
      found.push({ start: s, end: e });
      inBlock = true;
    }
    if (node.type === 'text' && inBlock && s !== undefined && e !== undefined) copy(s, e);
    const children = node.children ?? [];
    for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k], inBlock });
  }
  for (const b of found) blocks.push(b);
  out.text = mask.join('');
  return out;
}

/** Prose of a plain-text document: all of it, blocks split at blank lines. */
export function plainProse(text: string): Prose {
  const blocks: Span[] = [];
  const re = /(?:\r\n|\n|\r(?!\n))[ \t]*(?:\r\n|\n|\r(?!\n))\s*/g;
  let start = 0,
    m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > start) blocks.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length && text.slice(start).trim()) blocks.push({ start, end: text.length });
  return { text, blocks };
}

/** Plain text with optional front matter (a .txt source or draft). */
export function textProse(text: string): Prose {
  const fm = frontMatterAtStart(text);
  if (!fm) return withBoundedBlocks(text, plainProse(text), []);
  const end = fm.span.end;
  const body = plainProse(' '.repeat(end) + text.slice(end));
  const mask = blankMask(text.slice(0, end)).join('') + text.slice(end);
  const prose: Prose = {
    text: mask,
    blocks: body.blocks,
    frontMatter: fm.data,
    frontMatterSpan: fm.span,
    frontMatterError: fm.error,
  };
  return withBoundedBlocks(text, prose, []);
}

export function proseOf(path: string, text: string): Prose {
  return /\.(md|markdown|mdx)$/i.test(path) ? markdownProse(text) : textProse(text);
}
