// Reading people.yaml: the list of people and where each entry stands in the file. A large file
// (a newsroom's whole contact list) that is a plain top-level list is parsed entry by entry: the
// YAML library is several times faster on many small documents than on one large one, and
// one entry's cost never depends on the rest. Anything else (a `people:` mapping, anchors,
// a syntax error) is parsed whole, as before. Most files are simpler still: lists of plain `key: value` entries
// with short-form lists and roles, read without the YAML library at all (text/simple-yaml.ts).
import { isMap, isSeq, parseDocument } from 'yaml';
import type { Span } from '../types';
import { simpleYamlList } from '../text/simple-yaml';

export interface PeopleYaml {
  list?: unknown[];
  ranges: (Span | undefined)[];
  error?: string;
}

const SPLIT_FROM_BYTES = 256 * 1024;
const ITEM_START = /^-(?=[ \t]|\r?\n|\r|$)/gm;

export function readPeopleYaml(text: string): PeopleYaml {
  const simple = simpleYamlList(text);
  if (simple) return simple;
  if (text.length >= SPLIT_FROM_BYTES) {
    const split = entryByEntry(text);
    if (split) return split;
  }
  return whole(text);
}

function whole(text: string): PeopleYaml {
  let data: unknown, ydoc: ReturnType<typeof parseDocument>;
  try {
    ydoc = parseDocument(text);
    if (ydoc.errors.length) throw ydoc.errors[0];
    data = ydoc.toJS();
  } catch (e) {
    return { ranges: [], error: `people.yaml is not valid YAML: ${(e as Error).message.split('\n')[0]}` };
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { people?: unknown }).people)
      ? (data as { people: unknown[] }).people
      : undefined;
  const ranges: (Span | undefined)[] = [];
  try {
    const seq = isSeq(ydoc.contents)
      ? ydoc.contents
      : isMap(ydoc.contents)
        ? ydoc.contents.get('people', true)
        : undefined;
    if (isSeq(seq))
      for (const item of seq.items) {
        const r = (item as { range?: [number, number, number] }).range;
        ranges.push(r ? { start: r[0], end: r[1] } : undefined);
      }
  } catch {
    /* positions are a nicety */
  }
  return { list, ranges };
}

/** The entries parsed one by one; undefined when the file is not a plain top-level list (parse it whole). */
function entryByEntry(text: string): PeopleYaml | undefined {
  const starts: number[] = [];
  for (let m = ITEM_START.exec(text); m; m = ITEM_START.exec(text)) starts.push(m.index);
  ITEM_START.lastIndex = 0;
  if (/(^|[\s[{,])[&*][A-Za-z0-9_-]/.test(text)) return undefined; // anchors or aliases may cross entries
  if (
    !starts.length ||
    /\S/.test(
      text
        .slice(0, starts[0])
        .replace(/^[ \t]*#.*$/gm, '')
        .replace(/^---[ \t]*$/m, ''),
    )
  )
    return undefined;
  const list: unknown[] = [];
  const ranges: (Span | undefined)[] = [];
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k],
      end = k + 1 < starts.length ? starts[k + 1] : text.length;
    const ydoc = parseDocument(text.slice(start, end));
    if (ydoc.errors.length || !isSeq(ydoc.contents) || ydoc.contents.items.length !== 1) return undefined;
    const data = ydoc.toJS() as unknown[];
    list.push(data[0]);
    const r = (ydoc.contents.items[0] as { range?: [number, number, number] }).range;
    ranges.push(r ? { start: start + r[0], end: start + r[1] } : undefined);
  }
  return { list, ranges };
}
