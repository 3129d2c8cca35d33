// The fields of a JSONL statement line of the common shape, read without
// JSON.parse: an object whose values are all strings, in a line with no
// backslash and no control character (so no escape, and no white space but
// spaces between tokens). Such a line's strings are its own characters, so a
// field is where it stands in the line: no object and no copy of each value
// for every line of a large corpus. Any other line is left to JSON.parse; a
// property test holds the two to the same values.

/** The fields a statement line may have, by number. */
export const JSONL_FIELDS = ['text', 'speaker', 'role', 'organization', 'date', 'source', 'url'] as const;

/** Where each known field's string stands in the last line read (-1: not in it). */
export class JsonlLine {
  private start = new Int32Array(JSONL_FIELDS.length);
  private end = new Int32Array(JSONL_FIELDS.length);
  private line = '';

  /**
   * Reads `line` (a line without its line break) when it is of the common shape (true): then JSON.parse would give
   * an object with the same values for the known fields. False for any other line (the positions then mean nothing).
   */
  read(line: string): boolean {
    this.line = line;
    this.start.fill(-1);
    // eslint-disable-next-line no-control-regex -- an escape or a control character: JSON.parse's to read
    if (/[\\\u0000-\u001f]/.test(line)) return false;
    const n = line.length;
    let i = skipSpaces(line, 0);
    if (line.charCodeAt(i) !== 123 /* { */) return false;
    i = skipSpaces(line, i + 1);
    if (line.charCodeAt(i) === 125 /* } */) return skipSpaces(line, i + 1) === n;
    for (;;) {
      // A key, a colon, a string value (no backslash in the line: the next quote closes each string).
      if (line.charCodeAt(i) !== 34) return false;
      const keyEnd = line.indexOf('"', i + 1);
      if (keyEnd < 0) return false;
      const field = fieldOf(line, i + 1, keyEnd);
      i = skipSpaces(line, keyEnd + 1);
      if (line.charCodeAt(i) !== 58 /* : */) return false;
      i = skipSpaces(line, i + 1);
      if (line.charCodeAt(i) !== 34) return false;
      const valueEnd = line.indexOf('"', i + 1);
      if (valueEnd < 0) return false;
      // (a key given twice: the last value counts, as with JSON.parse)
      if (field >= 0) {
        this.start[field] = i + 1;
        this.end[field] = valueEnd;
      }
      i = skipSpaces(line, valueEnd + 1);
      const c = line.charCodeAt(i);
      if (c === 125 /* } */) return skipSpaces(line, i + 1) === n;
      if (c !== 44 /* , */) return false;
      i = skipSpaces(line, i + 1);
    }
  }

  /** Where field number `field`'s string starts and ends in the line read (-1: not in it). */
  from(field: number): number {
    return this.start[field];
  }
  to(field: number): number {
    return this.start[field] < 0 ? -1 : this.end[field];
  }

  /** The string of field number `field` in the line read, or undefined. */
  get(field: number): string | undefined {
    const s = this.start[field];
    return s < 0 ? undefined : this.line.slice(s, this.end[field]);
  }
}

/** The index of the first character from `i` that is not a space (the only JSON white space left in such a line). */
function skipSpaces(line: string, i: number): number {
  while (line.charCodeAt(i) === 32) i++;
  return i;
}

/** The number of the known field named line[from, to), or -1. */
function fieldOf(line: string, from: number, to: number): number {
  const n = to - from;
  for (let f = 0; f < JSONL_FIELDS.length; f++)
    if (JSONL_FIELDS[f].length === n && line.startsWith(JSONL_FIELDS[f], from)) return f;
  return -1;
}

/**
 * One string for each distinct value (thousands of lines repeat the same speakers, roles, organizations, dates and
 * sources): found by value, or by a value's place in a line without making a string of it (a new string for every
 * field of every line, each hashed by the map, was a tenth of reading the lines).
 */
export class Interned {
  private byValue = new Map<string, string>();
  /** The values by their hash (hashOf): one, or several that share it. */
  private byHash = new Map<number, string | string[]>();

  /** The string for `s`. */
  of(s: string): string {
    const v = this.byValue.get(s);
    return v !== undefined ? v : this.add(s, hashOf(s, 0, s.length));
  }

  /** The string for line[from, to); `make` makes it when new (a copy: a slice would keep the whole line). */
  at(line: string, from: number, to: number, make: () => string): string {
    const h = hashOf(line, from, to),
      n = to - from;
    const c = this.byHash.get(h);
    if (typeof c === 'string') {
      if (c.length === n && line.startsWith(c, from)) return c;
    } else if (c) for (const v of c) if (v.length === n && line.startsWith(v, from)) return v;
    return this.add(make(), h);
  }

  private add(s: string, h: number): string {
    if (this.byValue.size >= 100_000) {
      this.byValue.clear();
      this.byHash.clear();
    }
    this.byValue.set(s, s);
    const c = this.byHash.get(h);
    if (c === undefined) this.byHash.set(h, s);
    else if (typeof c === 'string') this.byHash.set(h, [c, s]);
    else c.push(s);
    return s;
  }
}

/** A hash of s[from, to) (FNV-1a of its UTF-16 units), small enough to be a small integer. */
function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) & 0x3fffffff;
}
