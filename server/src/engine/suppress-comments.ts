// Suppression comments in a draft (HTML comments; in plain text, a line holding only the comment):
//     <!-- verbatim-ignore-next-line -->            the next non-blank line, every code
//     <!-- verbatim-ignore-next-line fact.date -->  the next non-blank line, these codes only
//     <!-- verbatim off -->  …  <!-- verbatim on --> a region (codes allowed after off/on too)
// The prose mask blanks HTML comments, so they are found here in the raw text: Markdown through the
// parser's html nodes (a comment inside a code block or inline code is text, not a directive), plain
// text by a line scan.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { LineIndex } from './text/positions';
import { markdownChunks } from './text/prose';
import { tooHardToParse } from './text/prose-limits';
import type { Finding, Span } from './types';

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
