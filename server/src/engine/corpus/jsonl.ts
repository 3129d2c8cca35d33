// A JSONL source: one statement a line (`text`, `speaker`, optional `role`, `organization`, `date`, `source`, `url`).
import { LineIndex } from '../text/positions';
import { isCalendarDate } from '../text/dates';
import { ROLE_WORDS, type People } from './people';
import type { CorpusProblem, SourceFile } from './files';
import type { SourceDoc } from './source-doc';
import { PRONOUN_SPEAKER, str, type Statement } from './documents';
import { Interned, JSONL_FIELDS, JsonlLine } from './jsonl-fields';

const [TEXT, SPEAKER, ROLE, ORGANIZATION, DATE, SOURCE, URL] = [...JSONL_FIELDS.keys()];

/**
 * Whether JSON writes a string as it is (no quote, backslash, control character or lone surrogate to escape): then it
 * may stand in a JSONL line as it is.
 */
export function jsonWritesAsIs(text: string): boolean {
  // Most texts have no quote, backslash, control character or surrogate at all (a scan without the u flag is
  // quicker); those with one are looked at again for a lone surrogate.
  // eslint-disable-next-line no-control-regex -- the control characters are what JSON escapes
  if (!/["\\\u0000-\u001f\ud800-\udfff]/.test(text)) return true;
  // eslint-disable-next-line no-control-regex -- the control characters are what JSON escapes
  return !/["\\\u0000-\u001f]|[\ud800-\udfff]/u.test(text);
}

/**
 * One string for each distinct speaker, role, organization, date and source of the JSONL lines: thousands of lines
 * repeat them, and JSON.parse makes a new copy each time (memory, and a new hash for every map they key).
 */
const INTERNED = new Interned();
function intern(s: string | undefined): string | undefined {
  return s === undefined ? s : INTERNED.of(s);
}

/** isCalendarDate of the few dates thousands of lines repeat. */
const CALENDAR = new Map<string, boolean>();
function calendarDate(date: string): boolean {
  let ok = CALENDAR.get(date);
  if (ok === undefined) {
    if (CALENDAR.size >= 100_000) CALENDAR.clear();
    CALENDAR.set(date, (ok = isCalendarDate(date)));
  }
  return ok;
}

/**
 * A JSONL file's document: its text (and line index) read from its file when first asked. The statements are read
 * from the file's bytes line by line, their words copied out: a file's text is kept as UTF-16 when any character is
 * beyond Latin-1 (twice the memory of the lines' own text, for a whole file), and is seldom asked for.
 */
class JsonlDoc implements SourceDoc {
  readonly kind = 'jsonl';
  private lineIndex?: LineIndex;
  constructor(
    readonly path: string,
    private readonly file: SourceFile,
  ) {}
  get text(): string {
    return this.file.text;
  }
  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }
}

/**
 * The lines of a JSONL file, each with a copy of part of it: from the file's UTF-8 bytes while it has them (the
 * line decoded on its own, the copy from its bytes), else from its text.
 */
function eachLine(file: SourceFile, fn: (line: string, i: number, copy: (from: number, to: number) => string) => void) {
  const u = file.utf8;
  if (!u) {
    const text = file.text;
    let at = 0;
    file.text.split('\n').forEach((line, i) => {
      const start = at;
      at += line.length + 1;
      fn(line, i, (from, to) => text.slice(start + from, start + to));
    });
    return;
  }
  const b = Buffer.from(u.buffer, u.byteOffset, u.byteLength);
  let start = 0,
    line = '';
  const copy = (from: number, to: number) => {
    // (an ASCII line: a character a byte; else the bytes before each end counted)
    if (line.length === end - start) return b.toString('latin1', start + from, start + to);
    const at = start + Buffer.byteLength(line.slice(0, from));
    return b.toString('utf8', at, at + Buffer.byteLength(line.slice(from, to)));
  };
  let end = 0;
  for (let i = 0; ; i++) {
    const nl = b.indexOf(10, start);
    end = nl < 0 ? b.length : nl;
    line = b.toString('utf8', start, end);
    fn(line, i, copy);
    if (nl < 0) break;
    start = nl + 1;
  }
}
/** Statements of a JSONL file, one a line. */
export function jsonlStatements(
  file: SourceFile,
  people: People,
  problem: (p: CorpusProblem) => void,
  next: () => number,
): { doc: SourceDoc; statements: Statement[] } {
  const doc = new JsonlDoc(file.path, file);
  const statements: Statement[] = [];
  let at = 0;
  // A line of the common shape is read where it stands (jsonl-fields.ts); any other by JSON.parse.
  const reader = new JsonlLine();
  let o: Record<string, unknown> | undefined;
  let raw = '',
    copy = (from: number, to: number) => raw.slice(from, to);
  // (a field's string copied from the file: a slice of the line would keep it, for as long as the field is kept)
  const field = (f: number): unknown =>
    o
      ? o[JSONL_FIELDS[f]]
      : f === TEXT
        ? reader.get(f)
        : reader.from(f) < 0
          ? undefined
          : copy(reader.from(f), reader.to(f));
  // intern(str(field(f))), for a field of a line read where it stands found without a string of its own (but when
  // it has white space or other characters at either end for str() to trim).
  const internField = (f: number): string | undefined => {
    const from = o ? -1 : reader.from(f),
      to = reader.to(f);
    if (from >= 0 && to > from) {
      const a = raw.charCodeAt(from),
        z = raw.charCodeAt(to - 1);
      if (a > 32 && a < 127 && z > 32 && z < 127) return INTERNED.at(raw, from, to, () => copy(from, to));
    }
    return intern(str(field(f)));
  };
  eachLine(file, (line, i, copyOf) => {
    copy = copyOf;
    const start = at;
    at += line.length + 1;
    if (!line.trim()) return;
    raw = line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line;
    o = undefined;
    if (!reader.read(raw)) {
      try {
        o = JSON.parse(line) as Record<string, unknown>;
      } catch {
        problem({
          file: file.path,
          code: 'corpus.jsonl',
          severity: 'warning',
          line: i,
          message: `line ${i + 1} is not JSON; skipped`,
        });
        return;
      }
      if (!o || typeof o !== 'object' || Array.isArray(o)) {
        problem({
          file: file.path,
          code: 'corpus.jsonl',
          severity: 'warning',
          line: i,
          message: `line ${i + 1} is not a JSON object; skipped`,
        });
        return;
      }
    }
    const text = str(field(TEXT)),
      speaker = internField(SPEAKER);
    if (!text || !speaker) {
      problem({
        file: file.path,
        code: 'corpus.jsonl',
        severity: 'warning',
        line: i,
        message: `line ${i + 1} lacks ${!text ? '"text"' : '"speaker"'}; skipped`,
      });
      return;
    }
    if (PRONOUN_SPEAKER.test(speaker)) {
      problem({
        file: file.path,
        code: 'corpus.jsonl',
        severity: 'warning',
        line: i,
        message: `line ${i + 1}: speaker "${speaker}" is a pronoun, not a name; skipped`,
      });
      return;
    }
    const role = internField(ROLE) ?? (ROLE_WORDS.test(speaker) ? speaker : undefined),
      organization = internField(ORGANIZATION),
      date = internField(DATE);
    const lineSpan = { start, end: start + raw.length };
    const named = people.addJsonlSpeaker(speaker, role, organization, doc, lineSpan);
    const exactText = jsonWritesAsIs(text);
    const inLine = exactText ? raw.indexOf(text) : -1;
    const exact = inLine >= 0;
    statements.push({
      // The words copied from the file where they stand there unescaped (the line is not kept).
      id: next(),
      doc,
      span: exact ? { start: start + inLine, end: start + inLine + text.length } : lineSpan,
      text: exact ? copy(inLine, inLine + text.length) : text,
      base: exact ? start + inLine : undefined,
      speaker,
      person: named,
      role,
      organization,
      date: date !== undefined && calendarDate(date) ? date : undefined,
      speech: true,
      title: internField(SOURCE),
      url: str(field(URL)),
    });
  });
  return { doc, statements };
}
