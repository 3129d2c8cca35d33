// YAML as most people.yaml files and front matter are written, read without the YAML library (which costs a third
// of a second on a list of a few hundred people, most of it warming up its parser, and as much again over the
// front matter of a few hundred sources): maps of plain or double-quoted `key: value` pairs, `key: [a, b]` lists of
// plain words and `key:` followed by a deeper list of such maps (roles, speakers); people.yaml is a top-level list
// of those maps, front matter one map. Anything else (single quotes, escapes, comments after the first entry,
// anchors, numbers, other indents …) gives undefined, and the library reads the text; property tests hold this
// reader to the library's result wherever it answers.
import type { Span } from '../types';

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?$/;
/** A plain scalar YAML reads as that very string (as front-matter.ts's shortcut has it, and no `#` at all). */
const PLAIN = /^(?:[^\s\-?:,[\]{}#&*!|>'"%@`~+.\d](?:[^\r\n#:]|:(?! ))*|\d{4}-\d{2}-\d{2})$/;
const NOT_A_STRING = /^(?:true|false|null|yes|no|on|off|y|n)$/i;
/** Keys YAML reads as a boolean or null (`True: x` is {true: 'x'}, `null: x` is {'': 'x'}). */
const NOT_A_KEY = /^(?:true|false|null)$/i;
/** A plain scalar inside a flow list `[a, b]`: no flow indicators or colons either. */
const FLOW_ITEM = /^[^\s\-?:,[\]{}#&*!|>'"%@`~+.\d][^\r\n#:,[\]{}]*$/;

/** A double-quoted scalar with nothing to unescape or fold. */
// eslint-disable-next-line no-control-regex -- control characters are what YAML escapes
const QUOTED = /^"([^"\\\x00-\x1f\x7f-\x9f\ufeff\ud800-\udfff]*)"$/;

function scalar(v: string): string | undefined {
  if (v.startsWith('"')) return QUOTED.exec(v)?.[1];
  return PLAIN.test(v) && !v.endsWith(':') && !NOT_A_STRING.test(v) ? v : undefined;
}

function flowList(v: string): string[] | undefined {
  if (!v.startsWith('[') || !v.endsWith(']')) return undefined;
  const inner = v.slice(1, -1).trim();
  if (!inner) return [];
  const out: string[] = [];
  for (const raw of inner.split(',')) {
    const item = raw.trim();
    if (!FLOW_ITEM.test(item) || NOT_A_STRING.test(item) || /\s{2,}|\t/.test(item)) return undefined;
    out.push(item);
  }
  return out;
}

interface Line {
  indent: number;
  /** The line without its indent and trailing spaces. */
  text: string;
  start: number;
}

/**
 * The map whose first pair is `first` (the text after a "- " on lines[i]) and whose other pairs stand on the
 * following lines at `indent`; with the index of the line after it. Undefined for anything this reader does not take.
 */
function readMap(
  lines: Line[],
  i: number,
  first: string,
  indent: number,
  nested: boolean,
): [Record<string, unknown>, number] | undefined {
  const map: Record<string, unknown> = {};
  for (let text = first; ; text = lines[i].text) {
    const m = KEY.exec(text);
    if (!m || Object.prototype.hasOwnProperty.call(map, m[1]) || m[1] === '__proto__' || NOT_A_KEY.test(m[1]))
      return undefined;
    i++;
    const v = m[2];
    if (v !== undefined) {
      const value = v.startsWith('[') ? flowList(v) : scalar(v);
      if (value === undefined) return undefined;
      map[m[1]] = value;
    } else {
      if (nested) return undefined; // a list inside a role
      // A deeper list of maps: "- " at indent + 2, their other pairs at indent + 4.
      const list: unknown[] = [];
      while (i < lines.length && lines[i].indent === indent + 2 && /^- \S/.test(lines[i].text)) {
        const r = readMap(lines, i, lines[i].text.slice(2), indent + 4, true);
        if (!r) return undefined;
        list.push(r[0]);
        i = r[1];
      }
      if (!list.length) return undefined;
      map[m[1]] = list;
    }
    if (i >= lines.length || lines[i].indent < indent) return [map, i];
    if (lines[i].indent > indent) return undefined; // a continued value, or a shape not read here
  }
}

/** The text's lines after its leading comments and blank lines; undefined for what this reader does not take. */
function linesOf(text: string): Line[] | undefined {
  if (/[\t\r]/.test(text)) return undefined;
  const lines: Line[] = [];
  let at = 0,
    header = true;
  for (const raw of text.split('\n')) {
    const start = at;
    at += raw.length + 1;
    const content = raw.trimEnd();
    if (header && (!content || content.startsWith('#'))) continue; // comments before the first entry
    header = false;
    if (!content) continue;
    if (content.includes('#')) return undefined;
    const indent = content.length - content.trimStart().length;
    lines.push({ indent, text: content.slice(indent), start: start + indent });
  }
  return lines.length ? lines : undefined;
}

/** A top-level list of maps (people.yaml), with where each entry stands (trailing space left out). */
export function simpleYamlList(text: string): { list: unknown[]; ranges: Span[] } | undefined {
  const lines = linesOf(text);
  if (!lines) return undefined;
  const list: unknown[] = [];
  const ranges: Span[] = [];
  for (let i = 0; i < lines.length;) {
    const l = lines[i];
    if (l.indent !== 0 || !/^- \S/.test(l.text)) return undefined;
    const r = readMap(lines, i, l.text.slice(2), 2, false);
    if (!r) return undefined;
    list.push(r[0]);
    const end = r[1] < lines.length ? lines[r[1]].start : text.length;
    ranges.push({ start: l.start + 2, end: l.start + 2 + text.slice(l.start + 2, end).trimEnd().length });
    i = r[1];
  }
  return { list, ranges };
}

/** A top-level map (front matter). */
export function simpleYamlMap(text: string): Record<string, unknown> | undefined {
  const lines = linesOf(text);
  if (!lines || lines[0].indent !== 0) return undefined;
  const r = readMap(lines, 0, lines[0].text, 0, false);
  return r && r[1] === lines.length ? r[0] : undefined;
}
