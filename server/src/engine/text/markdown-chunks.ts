// Cutting Markdown into chunks parsed one by one (prose.ts caches each chunk's result by its text).
import type { Span } from '../types';

/**
 * Where a Markdown text can be cut into independently parsed chunks: at a
 * blank line followed by a line that starts in column 0, never inside front
 * matter, a fenced code block, an HTML comment or a raw HTML block. Parsing
 * chunk by chunk (and caching each chunk's result by its text) makes a re-check
 * after a keystroke re-parse only the paragraph that changed.
 */
export function markdownChunks(text: string): Span[] {
  const lines: Span[] = [];
  const re = /\r\n|\r|\n/g;
  let at = 0,
    m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    lines.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  lines.push({ start: at, end: text.length });
  const line = (i: number) => text.slice(lines[i].start, lines[i].end);
  const isBlank = (l: string) => /^[ \t]*$/.test(l); // (as Markdown has it: a line of no-break spaces is not blank)
  let i = 0;
  if (/^---[ \t]*$/.test(line(0))) {
    for (let k = 1; k < lines.length; k++)
      if (/^(---|\.\.\.)[ \t]*$/.test(line(k))) {
        i = k + 1;
        break;
      }
  }
  const chunks: Span[] = [];
  let chunkStart = 0;
  let fence: string | undefined,
    comment = false,
    raw: string | undefined;
  for (; i < lines.length; i++) {
    const l = line(i);
    if (fence) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \t]*$`).test(l)) fence = undefined;
      continue;
    }
    if (comment) {
      if (l.includes('-->')) comment = false;
      continue;
    }
    if (raw) {
      if (l.toLowerCase().includes(`</${raw}`)) raw = undefined;
      continue;
    }
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(l);
    if (f) {
      fence = f[1];
      continue;
    }
    const open = l.lastIndexOf('<!--');
    if (open >= 0 && l.indexOf('-->', open + 4) < 0) {
      comment = true;
      continue;
    }
    const r = /^ {0,3}<(script|pre|style|textarea)\b/i.exec(l);
    if (r && !l.toLowerCase().includes(`</${r[1].toLowerCase()}`)) {
      raw = r[1].toLowerCase();
      continue;
    }
    if (!isBlank(l)) continue;
    // Cut before the next line in column 0 (or the end), after this run of blank lines: the run
    // beyond its first line is a chunk of its own, all blank (a million blank lines never reach the parser).
    let j = i + 1;
    while (j < lines.length && isBlank(line(j))) j++;
    if (j < lines.length && !/^\S/.test(line(j))) {
      i = j - 1;
      continue;
    }
    const afterFirst = i + 1 < lines.length ? lines[i + 1].start : text.length;
    const runEnd = j < lines.length ? lines[j].start : text.length;
    if (lines[i].start > chunkStart) {
      chunks.push({ start: chunkStart, end: afterFirst });
      chunkStart = afterFirst;
    }
    if (runEnd > chunkStart) {
      chunks.push({ start: chunkStart, end: runEnd });
      chunkStart = runEnd;
    }
    i = j - 1;
  }
  if (chunkStart < text.length || !chunks.length) chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}
