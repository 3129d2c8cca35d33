// Front matter: the YAML between `---` lines at the start of a document, read without the YAML parser when it is
// simple `key: value` lines (most sources), with it otherwise.
import { parse as parseYaml } from 'yaml';
import type { Span } from '../types';
import { simpleYamlMap } from './simple-yaml';

/**
 * `key: value` with a value YAML reads as that very string (no quotes, comments, flow or block syntax, numbers,
 * booleans or nulls).
 */
// (Matched against the line without its trailing spaces: a lazy value before `[ ]*$` would
// rescan a run of spaces from every character of the value, quadratic in the run's length.)
const SIMPLE_ENTRY =
  /^([A-Za-z_][A-Za-z0-9_-]*):[ ]+([^\s\-?:,[\]{}#&*!|>'"%@`~+.\d](?:[^\r\n#:]|:(?! )|(?<! )#)*|\d{4}-\d{2}-\d{2})$/;
const NOT_A_STRING = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

/** Where a line's trailing spaces begin (a loop: a regex such as / +$/ retries from every space of an inner run). */
function endOfContent(line: string): number {
  let e = line.length;
  while (e > 0 && line.charCodeAt(e - 1) === 32) e--;
  return e;
}

/**
 * Front matter of simple `key: value` lines, read without the YAML parser (it gives the same); undefined for anything
 * else.
 */
export function simpleFrontMatter(raw: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  for (const line of raw.split(/\r\n|\r|\n/)) {
    if (!line) continue;
    const m = SIMPLE_ENTRY.exec(line.slice(0, endOfContent(line)));
    if (
      !m ||
      m[2].endsWith(':') ||
      NOT_A_STRING.test(m[2]) ||
      Object.prototype.hasOwnProperty.call(data, m[1]) ||
      m[1] === '__proto__'
    )
      return undefined;
    data[m[1]] = m[2];
  }
  return data;
}

export function parseFrontMatter(raw: string): { data?: Record<string, unknown>; error?: string } {
  const simple = simpleFrontMatter(raw) ?? simpleYamlMap(raw);
  if (simple) return { data: simple };
  try {
    const data = parseYaml(raw.replace(/\r\n?/g, '\n'), { prettyErrors: false, maxAliasCount: 100 });
    if (data === null || data === undefined) return { data: {} };
    if (typeof data !== 'object' || Array.isArray(data))
      return { error: 'front matter is not a mapping of keys to values' };
    return { data: data as Record<string, unknown> };
  } catch (e) {
    return { error: `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}` };
  }
}

/** Front matter (between `---` lines) at the start of a text, parsed. */
export function frontMatterAtStart(
  text: string,
): { span: Span; data?: Record<string, unknown>; error?: string } | undefined {
  const fm = /^---[ \t]*(?:\r\n|\n|\r)([\s\S]*?)(?:\r\n|\n|\r)---[ \t]*(?:\r\n|\n|\r|$)/.exec(text);
  if (!fm) return undefined;
  const parsed = parseFrontMatter(fm[1]);
  return { span: { start: 0, end: fm[0].length }, data: parsed.data, error: parsed.error };
}
