// Suppressions: findings a writer or a team has chosen not to see.
//
// - In a draft, HTML comments (Markdown; in plain text, a line holding only the comment):
//     <!-- verbatim-ignore-next-line -->            the next non-blank line, every code
//     <!-- verbatim-ignore-next-line fact.date -->  the next non-blank line, these codes only
//     <!-- verbatim off -->  …  <!-- verbatim on --> a region (codes allowed after off/on too)
//   The prose mask blanks HTML comments, so they are found here in the raw text: Markdown
//   through the parser's html nodes (a comment inside a code block or inline code is text,
//   not a directive), plain text by a line scan.
// - Accepted findings (`.verbatim/accepted.yaml`, a list of {code, text, draft?, note?}): a
//   finding with that code whose draft text is the entry's text, compared without case,
//   quotation marks, outer punctuation and extra whitespace. The caller (the language server)
//   reads the file and passes the entries that apply to the draft at hand; the engine only
//   matches them.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { isMap, isSeq, parseDocument } from 'yaml';
import { LineIndex } from './text/positions';
import { compileGlob, MAX_GLOB_LENGTH, type Glob } from './text/glob';
import { readFileBounded } from './corpus/read-file';
import { decode } from './corpus/files';
import { markdownChunks } from './text/prose';
import { tooHardToParse } from './text/prose-limits';
import type { Finding, Span } from './types';

/** One entry of `.verbatim/accepted.yaml`. */
export interface AcceptedEntry {
  code: string;
  text: string;
  draft?: string;
  note?: string;
}

// CheckOptions is declared in engine.ts; the suppression options are declared here, beside the
// code that reads them (TypeScript merges the two declarations).
declare module './engine' {
  interface CheckOptions {
    /** Accepted findings (`.verbatim/accepted.yaml`), already narrowed to this draft by the caller. */
    accepted?: AcceptedEntry[];
    /** Honour suppression comments and `accepted` (default true). */
    suppress?: boolean;
  }
}

export interface Directive {
  kind: 'next-line' | 'off' | 'on';
  /** Codes named after the directive (`quote.unverified`, `fact.*`); empty: every code. */
  codes: string[];
  /** The whole comment in the draft. */
  span: Span;
}

const DIRECTIVE = /<!--\s*verbatim(?:-ignore-next-line|\s+(off|on))(?=[\s-])([\s\S]*?)-->/g;
const QUICK = /<!--\s*verbatim[-\s]/;
const isMarkdown = (path: string) => /\.(md|markdown|mdx)$/i.test(path);

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

function directivesIn(text: string, start: number, end: number, out: Directive[]) {
  const re = new RegExp(DIRECTIVE.source, 'g');
  const slice = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const codes = m[2]
      .split(/[\s,]+/)
      .filter((c) => /^[a-z]+\.(?:[a-z]+|\*)$/i.test(c))
      .map((c) => c.toLowerCase());
    out.push({
      kind: m[1] ? (m[1] as 'off' | 'on') : 'next-line',
      codes,
      span: { start: start + m.index, end: start + m.index + m[0].length },
    });
  }
}

/** The suppression comments of a draft, in order. */
export function findDirectives(path: string, text: string): Directive[] {
  if (!QUICK.test(text)) return [];
  const out: Directive[] = [];
  if (isMarkdown(path)) {
    // Chunk by chunk (as the prose reader cuts them), only chunks with a directive; a chunk too hard
    // for the parser is scanned by lines as plain text is. The tree is walked with a stack of its own.
    markdownChunks(text).forEach((c, k) => {
      const body = text.slice(c.start, c.end);
      if (!QUICK.test(body)) return;
      if (tooHardToParse(body)) {
        plainDirectives(text, c.start, c.end, out);
        return;
      }
      const withFrontMatter = {
        extensions: [frontmatter(['yaml'])],
        mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
      };
      const tree = (k === 0 ? fromMarkdown(body, withFrontMatter) : fromMarkdown(body)) as MdNode;
      const stack: MdNode[] = [tree];
      while (stack.length) {
        const n = stack.pop()!;
        const s = n.position?.start.offset,
          e = n.position?.end.offset;
        if (n.type === 'html' && s !== undefined && e !== undefined) directivesIn(text, c.start + s, c.start + e, out);
        for (const child of n.children ?? []) stack.push(child);
      }
    });
  } else {
    plainDirectives(text, 0, text.length, out);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Directives of plain text: comments alone on their line. */
function plainDirectives(text: string, start: number, end: number, out: Directive[]) {
  {
    const re = /^[ \t]*(<!--[^\r\n]*?-->)[ \t]*$/gm;
    const slice = text.slice(start, end);
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      const s = start + m.index + m[0].indexOf('<!--');
      directivesIn(text, s, s + m[1].length, out);
    }
  }
}

const codeMatches = (codes: string[], code: string) =>
  !codes.length || codes.some((c) => c === code || (c.endsWith('.*') && code.startsWith(c.slice(0, -1))));

/** Where the directives of a draft apply: target lines of ignore-next-line, and off/on regions. */
export class Suppressions {
  private lines = new Map<number, string[][]>();
  private regions: { start: number; end: number; codes: string[] }[] = [];
  private li: LineIndex;

  constructor(text: string, directives: Directive[]) {
    this.li = new LineIndex(text);
    const open: { start: number; codes: string[] }[] = [];
    const lineText = (n: number) =>
      text.slice(this.li.starts[n], n + 1 < this.li.starts.length ? this.li.starts[n + 1] : text.length);
    const nextLineDirectives = new Set(
      directives.filter((d) => d.kind === 'next-line').map((d) => this.li.position(d.span.start).line),
    );
    const onlyDirective = (n: number) => nextLineDirectives.has(n) && /^[\s>]*<!--[\s\S]*-->\s*$/.test(lineText(n));
    // Where the search for "the next line with words" from a line ended (so consecutive directives share one scan).
    const scanned = new Map<number, number>();
    for (const d of directives) {
      if (d.kind === 'next-line') {
        // The next line with words on it; blank lines (and a blockquote's bare `>`) and other ignore comments are
        // skipped.
        const from = this.li.position(d.span.end).line + 1;
        const visited: number[] = [];
        let n = from;
        const skippable = (k: number) => !lineText(k).replace(/[\s>]/g, '') || onlyDirective(k);
        while (n < this.li.starts.length && !scanned.has(n) && skippable(n)) {
          visited.push(n);
          n++;
        }
        if (scanned.has(n)) n = scanned.get(n)!;
        for (const v of visited) scanned.set(v, n);
        if (n < this.li.starts.length) {
          const at = this.lines.get(n);
          if (at) at.push(d.codes);
          else this.lines.set(n, [d.codes]);
        }
      } else if (d.kind === 'off') {
        open.push({ start: d.span.end, codes: d.codes });
      } else {
        for (let k = open.length - 1; k >= 0; k--) {
          const o = open[k];
          if (!d.codes.length) {
            this.regions.push({ start: o.start, end: d.span.start, codes: o.codes });
            open.splice(k, 1);
            continue;
          }
          if (!o.codes.length) continue; // `on CODE` does not end an `off` of every code
          const ended = o.codes.filter((c) => d.codes.includes(c));
          if (!ended.length) continue;
          this.regions.push({ start: o.start, end: d.span.start, codes: ended });
          const rest = o.codes.filter((c) => !d.codes.includes(c));
          if (rest.length) o.codes = rest;
          else open.splice(k, 1);
        }
      }
    }
    for (const o of open) this.regions.push({ start: o.start, end: text.length, codes: o.codes });
  }

  /** Whether a comment silences this finding. */
  covers(f: Pick<Finding, 'code' | 'span'>): boolean {
    const line = this.li.position(f.span.start).line;
    if (this.lines.get(line)?.some((codes) => codeMatches(codes, f.code))) return true;
    return this.regions.some((r) => f.span.start >= r.start && f.span.start < r.end && codeMatches(r.codes, f.code));
  }
}

/**
 * A finding's words compared the way accepted entries are: no case, quotation marks, outer punctuation or extra spaces.
 */
export function acceptedKey(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u300c\u300d\u300e\u300f]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.,;:!?\u2026]+|[\s"'.,;:!?\u2026]+$/g, '');
}

const keyed = new WeakMap<AcceptedEntry[], Map<string, AcceptedEntry>>();
/** The entries by code and compared words (computed once per list). */
function byKey(accepted: AcceptedEntry[]): Map<string, AcceptedEntry> {
  let m = keyed.get(accepted);
  if (!m) {
    m = new Map();
    for (const a of accepted) {
      const k = `${a.code}\0${acceptedKey(a.text)}`;
      if (!m.has(k)) m.set(k, a);
    }
    keyed.set(accepted, m);
  }
  return m;
}

export function isAccepted(
  f: Pick<Finding, 'code' | 'span'>,
  text: string,
  accepted: AcceptedEntry[],
): AcceptedEntry | undefined {
  if (!accepted.length) return undefined;
  return byKey(accepted).get(`${f.code}\0${acceptedKey(text.slice(f.span.start, f.span.end))}`);
}

/** Why a finding is not shown, if it is not. */
export function suppressedBy(
  f: Finding,
  text: string,
  sup: Suppressions | undefined,
  accepted: AcceptedEntry[] = [],
): 'comment' | 'accepted' | undefined {
  if (sup?.covers(f)) return 'comment';
  if (isAccepted(f, text, accepted)) return 'accepted';
  return undefined;
}

/** The engine's hook: the findings left once comments and accepted entries have had their say. */
export function suppressFindings(
  findings: Finding[],
  path: string,
  text: string,
  opts: { accepted?: AcceptedEntry[]; suppress?: boolean },
): Finding[] {
  if (opts.suppress === false || !findings.length) return findings;
  const directives = findDirectives(path, text);
  const sup = directives.length ? new Suppressions(text, directives) : undefined;
  const accepted = opts.accepted ?? [];
  if (!sup && !accepted.length) return findings;
  return findings.filter((f) => !suppressedBy(f, text, sup, accepted));
}

export interface AcceptedFile {
  entries: AcceptedEntry[];
  problems: { line: number; message: string }[];
}

/** Reads `.verbatim/accepted.yaml`: a list of {code, text, draft?, note?}; bad entries are reported and skipped. */
export function parseAccepted(source: string): AcceptedFile {
  const out: AcceptedFile = { entries: [], problems: [] };
  const li = new LineIndex(source);
  const doc = parseDocument(source, { prettyErrors: false });
  if (doc.errors.length) {
    for (const e of doc.errors)
      out.problems.push({ line: li.position(e.pos[0]).line, message: `not valid YAML: ${e.message.split('\n')[0]}` });
    return out;
  }
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (data === null || data === undefined) return out;
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' && Array.isArray((data as { accepted?: unknown }).accepted)
      ? (data as { accepted: unknown[] }).accepted
      : undefined;
  if (!list) {
    out.problems.push({ line: 0, message: 'expected a list of {code, text, draft?, note?} entries' });
    return out;
  }
  const seq = (Array.isArray(data) ? doc.contents : doc.get('accepted', true)) as
    { items?: { range?: [number, number, number] }[] } | null | undefined;
  const items = seq?.items;
  list.forEach((e, i) => {
    const line = li.position(items?.[i]?.range?.[0] ?? 0).line;
    if (!e || typeof e !== 'object') {
      out.problems.push({ line, message: `entry ${i + 1} is not a mapping` });
      return;
    }
    const r = e as Record<string, unknown>;
    if (typeof r.code !== 'string' || !/^[a-z]+\.[a-z]+$/.test(r.code)) {
      out.problems.push({ line, message: `entry ${i + 1} has no valid code (such as quote.unverified)` });
      return;
    }
    if (typeof r.text !== 'string' || !r.text.trim()) {
      out.problems.push({ line, message: `entry ${i + 1} has no text` });
      return;
    }
    if (typeof r.draft === 'string' && r.draft.trim().length > MAX_GLOB_LENGTH) {
      out.problems.push({
        line,
        message: `entry ${i + 1}: draft is longer than ${MAX_GLOB_LENGTH} characters; entry skipped`,
      });
      return;
    }
    out.entries.push({
      code: r.code,
      text: r.text,
      draft: typeof r.draft === 'string' && r.draft.trim() ? r.draft.trim() : undefined,
      note: typeof r.note === 'string' ? r.note : undefined,
    });
  });
  return out;
}

/** The most `.verbatim/accepted.yaml` may weigh; a larger file is reported, not read. */
export const MAX_ACCEPTED_BYTES = 4 * 1024 * 1024;

/**
 * Reads `.verbatim/accepted.yaml` safely: a regular file of at most MAX_ACCEPTED_BYTES, never a
 * pipe or device (a committed link to /dev/zero or a FIFO must not block or exhaust memory).
 * Undefined when there is no such file.
 */
export function readAcceptedFile(path: string): AcceptedFile | undefined {
  const read = readFileBounded(path, MAX_ACCEPTED_BYTES);
  if (!read.bytes) {
    if (/no such file/.test(read.problem ?? '')) return undefined;
    return { entries: [], problems: [{ line: 0, message: `${read.problem}` }] };
  }
  const d = decode(read.bytes);
  if (d.text === undefined) {
    return { entries: [], problems: [{ line: 0, message: d.problem?.message ?? 'cannot be read' }] };
  }
  return parseAccepted(d.text);
}

const draftGlobs = new Map<string, Glob>();
/**
 * The entries that apply to a draft: those without `draft`, and those whose `draft` pattern
 * matches the draft's path relative to the workspace folder (forward slashes; a pattern without
 * a slash also matches the file name). Matched by text/glob.ts, which cannot backtrack.
 */
export function acceptedForDraft(
  entries: AcceptedEntry[],
  draftRel: string,
  opts: { nocase?: boolean } = {},
): AcceptedEntry[] {
  const name = draftRel.slice(draftRel.lastIndexOf('/') + 1);
  return entries.filter((e) => {
    if (!e.draft) return true;
    const pattern = e.draft.replace(/^\.\//, '');
    const key = `${opts.nocase ? 'i' : 's'}${pattern}`;
    let g = draftGlobs.get(key);
    if (!g) {
      g = compileGlob(pattern, opts);
      if (draftGlobs.size > 1000) draftGlobs.clear();
      draftGlobs.set(key, g);
    }
    return g.match(draftRel) || (!pattern.includes('/') && g.match(name));
  });
}

const HEADER = `# Findings the team has accepted. Verbatim drops a finding with the same code and words
# (case, quotation marks and outer punctuation aside); \`draft\` limits an entry to one draft.
# Written by the "Accept this quotation/fact" quick fix; edit and commit it like any file.
`;

/** accepted.yaml with one more entry, comments and layout kept; the same text when the entry is there already. */
export function addAcceptedEntry(source: string, entry: AcceptedEntry): string {
  const clean: Record<string, string> = { code: entry.code, text: entry.text };
  if (entry.draft) clean.draft = entry.draft;
  if (entry.note) clean.note = entry.note;
  const existing = parseAccepted(source);
  if (
    existing.entries.some(
      (e) =>
        e.code === entry.code &&
        acceptedKey(e.text) === acceptedKey(entry.text) &&
        (e.draft ?? '') === (entry.draft ?? ''),
    )
  )
    return source;
  const doc = parseDocument(source.trim() ? source : HEADER);
  if (doc.errors.length)
    throw new Error(`${ACCEPTED_NAME} is not valid YAML (${doc.errors[0].message.split('\n')[0]}); fix it first`);
  const contents = doc.contents;
  const seq =
    contents === null || (contents as { value?: unknown }).value === null
      ? undefined
      : isSeq(contents)
        ? contents
        : isMap(contents)
          ? contents.get('accepted', true)
          : undefined;
  if (!contents || (contents as { value?: unknown }).value === null) {
    doc.contents = doc.createNode([clean]) as typeof doc.contents;
  } else if (isSeq(seq)) {
    if (!seq.items.length) seq.flow = false;
    (seq as { add(v: unknown): void }).add(doc.createNode(clean));
  } else {
    throw new Error(`${ACCEPTED_NAME} is not a list of {code, text} entries; fix it first`);
  }
  const out = doc.toString({ lineWidth: 0 });
  return out.endsWith('\n') ? out : out + '\n';
}

const ACCEPTED_NAME = '.verbatim/accepted.yaml';
