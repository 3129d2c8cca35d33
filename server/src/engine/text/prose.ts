// Prose extraction. A document becomes a "prose mask": a string of the same
// length as the text in which everything that is not running prose (front
// matter, code, HTML comments, link targets, Markdown markup) is blanked with
// spaces, line breaks kept. Offsets in the mask are offsets in the document, so
// every later stage reports positions in the original text for free.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { Span } from '../types';
import { BoundedCache } from './lru';

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
}

interface MdNode { type: string; value?: string; children?: MdNode[]; position?: { start: { offset?: number }; end: { offset?: number } } }

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const SKIP = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'image', 'imageReference', 'footnoteDefinition']);

function blankMask(text: string): string[] {
  const a = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) { const c = text[i]; a[i] = c === '\n' || c === '\r' ? c : ' '; }
  return a;
}

/** `key: value` with a value YAML reads as that very string (no quotes, comments, flow or block syntax, numbers, booleans or nulls). */
const SIMPLE_ENTRY = /^([A-Za-z_][A-Za-z0-9_-]*):[ ]+([^\s\-?:,[\]{}#&*!|>'"%@`~+.\d](?:[^\r\n#:]|:(?! )|(?<! )#)*?|\d{4}-\d{2}-\d{2})[ ]*$/;
const NOT_A_STRING = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

/** Front matter of simple `key: value` lines, read without the YAML parser (it gives the same); undefined for anything else. */
export function simpleFrontMatter(raw: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  for (const line of raw.split(/\r\n|\r|\n/)) {
    if (!line) continue;
    const m = SIMPLE_ENTRY.exec(line);
    if (!m || m[2].endsWith(':') || NOT_A_STRING.test(m[2]) || Object.prototype.hasOwnProperty.call(data, m[1]) || m[1] === '__proto__') return undefined;
    data[m[1]] = m[2];
  }
  return data;
}

export function parseFrontMatter(raw: string): { data?: Record<string, unknown>; error?: string } {
  const simple = simpleFrontMatter(raw);
  if (simple) return { data: simple };
  try {
    const data = parseYaml(raw.replace(/\r\n?/g, '\n'), { prettyErrors: false, maxAliasCount: 100 });
    if (data === null || data === undefined) return { data: {} };
    if (typeof data !== 'object' || Array.isArray(data)) return { error: 'front matter is not a mapping of keys to values' };
    return { data: data as Record<string, unknown> };
  } catch (e) {
    return { error: `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}` };
  }
}

/**
 * Where a Markdown text can be cut into independently parsed chunks: at a
 * blank line followed by a line that starts in column 0, never inside front
 * matter, a fenced code block, an HTML comment or a raw HTML block. Parsing
 * chunk by chunk (and caching each chunk's result by its text) makes a re-check
 * after a keystroke re-parse only the paragraph that changed.
 */
/** Forgets parsed chunks (benchmarks measure checks without them). */
export function clearProseCache() { chunkCache.clear(); }

export function markdownChunks(text: string): Span[] {
  const lines: Span[] = [];
  const re = /\r\n|\r|\n/g;
  let at = 0, m: RegExpExecArray | null;
  while ((m = re.exec(text))) { lines.push({ start: at, end: m.index }); at = m.index + m[0].length; }
  lines.push({ start: at, end: text.length });
  const line = (i: number) => text.slice(lines[i].start, lines[i].end);
  let i = 0;
  if (/^---[ \t]*$/.test(line(0))) {
    for (let k = 1; k < lines.length; k++) if (/^(---|\.\.\.)[ \t]*$/.test(line(k))) { i = k + 1; break; }
  }
  const chunks: Span[] = [];
  let chunkStart = 0;
  let fence: string | undefined, comment = false, raw: string | undefined;
  for (; i < lines.length; i++) {
    const l = line(i);
    if (fence) { if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \t]*$`).test(l)) fence = undefined; continue; }
    if (comment) { if (l.includes('-->')) comment = false; continue; }
    if (raw) { if (l.toLowerCase().includes(`</${raw}`)) raw = undefined; continue; }
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(l);
    if (f) { fence = f[1]; continue; }
    const open = l.lastIndexOf('<!--');
    if (open >= 0 && l.indexOf('-->', open + 4) < 0) { comment = true; continue; }
    const r = /^ {0,3}<(script|pre|style|textarea)\b/i.exec(l);
    if (r && !l.toLowerCase().includes(`</${r[1].toLowerCase()}`)) { raw = r[1].toLowerCase(); continue; }
    if (l.trim() === '' && i + 1 < lines.length && /^\S/.test(line(i + 1)) && lines[i].start > chunkStart) {
      chunks.push({ start: chunkStart, end: lines[i + 1].start });
      chunkStart = lines[i + 1].start;
    }
  }
  chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}

interface ChunkProse { mask: string; blocks: Span[]; frontMatter?: Record<string, unknown>; frontMatterSpan?: Span; frontMatterError?: string }
const chunkCache = new BoundedCache<string, ChunkProse>(8_000_000);

/** Prose of a Markdown document. */
export function markdownProse(text: string): Prose {
  // The parser drops a byte-order mark; parse without it and shift every offset back by one.
  if (text.charCodeAt(0) === 0xfeff) {
    const p = markdownProse(text.slice(1));
    const sh = (s: Span): Span => ({ start: s.start + 1, end: s.end + 1 });
    return { ...p, text: ' ' + p.text, blocks: p.blocks.map(sh), frontMatterSpan: p.frontMatterSpan && sh(p.frontMatterSpan) };
  }
  const chunks = markdownChunks(text);
  if (chunks.length === 1) return markdownProseWhole(text, true);
  const masks: string[] = [];
  const blocks: Span[] = [];
  const out: Prose = { text: '', blocks };
  chunks.forEach((c, k) => {
    const body = text.slice(c.start, c.end);
    const key = (k === 0 ? '1' : '0') + body;
    let p = chunkCache.get(key);
    if (!p && k > 0) p = plainParagraph(body);
    if (!p) {
      const whole = markdownProseWhole(body, k === 0);
      p = { mask: whole.text, blocks: whole.blocks, frontMatter: whole.frontMatter, frontMatterSpan: whole.frontMatterSpan, frontMatterError: whole.frontMatterError };
      chunkCache.set(key, p, 4 * key.length + 32 * p.blocks.length + 200);
    }
    masks.push(p.mask);
    for (const b of p.blocks) blocks.push({ start: b.start + c.start, end: b.end + c.start });
    if (k === 0) { out.frontMatter = p.frontMatter; out.frontMatterSpan = p.frontMatterSpan; out.frontMatterError = p.frontMatterError; }
  });
  out.text = masks.join('');
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
  let end = -1, blank = false;
  LINE.lastIndex = 0;
  for (let m = LINE.exec(body); m && m[0]; m = LINE.exec(body)) {
    const content = m[0].replace(/[\r\n]+$/, '');
    if (/^[ \t]*$/.test(content)) { blank = true; continue; }
    if (blank || BLOCK_START.test(content)) return undefined; // a second block, or a line that may open one (or underline a heading)
    end = m.index + content.length;
  }
  if (end < 0) return undefined;
  const mask = body.replace(/[ \t]+(?=\r|\n|$)/g, (w) => ' '.repeat(w.length)).replace(/(^|\r\n|\r|\n)([ \t]+)/g, (_, nl: string, w: string) => nl + ' '.repeat(w.length));
  return { mask, blocks: [{ start: 0, end }] };
}

/** Prose of a Markdown text parsed in one piece. */
export function markdownProseWhole(text: string, allowFrontMatter = true): Prose {
  const tree = (allowFrontMatter
    ? fromMarkdown(text, { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] })
    : fromMarkdown(text)) as MdNode;
  const mask = blankMask(text);
  const blocks: Span[] = [];
  const out: Prose = { text: '', blocks };
  const copy = (s: number, e: number) => { for (let i = s; i < e; i++) mask[i] = text[i]; };
  const visit = (node: MdNode, inBlock: boolean) => {
    const s = node.position?.start.offset, e = node.position?.end.offset;
    if (node.type === 'yaml' && s !== undefined && e !== undefined) {
      out.frontMatterSpan = { start: s, end: e };
      const fm = parseFrontMatter(node.value ?? '');
      out.frontMatter = fm.data; out.frontMatterError = fm.error;
      return;
    }
    if (SKIP.has(node.type)) return;
    if (BLOCKS.has(node.type) && s !== undefined && e !== undefined) { blocks.push({ start: s, end: e }); inBlock = true; }
    if (node.type === 'text' && inBlock && s !== undefined && e !== undefined) copy(s, e);
    for (const c of node.children ?? []) visit(c, inBlock);
  };
  visit(tree, false);
  out.text = mask.join('');
  return out;
}

/** Prose of a plain-text document: all of it, blocks split at blank lines. */
export function plainProse(text: string): Prose {
  const blocks: Span[] = [];
  const re = /(?:\r\n|\n|\r(?!\n))[ \t]*(?:\r\n|\n|\r(?!\n))\s*/g;
  let start = 0, m: RegExpExecArray | null;
  while ((m = re.exec(text))) { if (m.index > start) blocks.push({ start, end: m.index }); start = m.index + m[0].length; }
  if (start < text.length && text.slice(start).trim()) blocks.push({ start, end: text.length });
  return { text, blocks };
}

/** Plain text with optional front matter (a .txt source or draft). */
export function textProse(text: string): Prose {
  const fm = /^---[ \t]*(?:\r\n|\n|\r)([\s\S]*?)(?:\r\n|\n|\r)---[ \t]*(?:\r\n|\n|\r|$)/.exec(text);
  if (!fm) return plainProse(text);
  const end = fm[0].length;
  const body = plainProse(' '.repeat(end) + text.slice(end));
  const mask = blankMask(text.slice(0, end)).join('') + text.slice(end);
  const parsed = parseFrontMatter(fm[1]);
  return { text: mask, blocks: body.blocks, frontMatter: parsed.data, frontMatterSpan: { start: 0, end }, frontMatterError: parsed.error };
}

export function proseOf(path: string, text: string): Prose {
  return /\.(md|markdown|mdx)$/i.test(path) ? markdownProse(text) : textProse(text);
}
