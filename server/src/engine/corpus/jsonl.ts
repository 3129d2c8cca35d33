// A JSONL source: one statement a line (`text`, `speaker`, optional `role`, `organization`, `date`, `source`, `url`).
import { LineIndex } from '../text/positions';
import { isCalendarDate } from '../text/dates';
import { ROLE_WORDS, type People } from './people';
import type { CorpusProblem, SourceFile } from './files';
import type { SourceDoc } from './source-doc';
import { PRONOUN_SPEAKER, str, type Statement } from './documents';
import { JSONL_FIELDS, JsonlLine } from './jsonl-fields';

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
const INTERNED = new Map<string, string>();
function intern(s: string | undefined): string | undefined {
  if (s === undefined) return s;
  const v = INTERNED.get(s);
  if (v !== undefined) return v;
  if (INTERNED.size >= 100_000) INTERNED.clear();
  INTERNED.set(s, s);
  return s;
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

/** Statements of a JSONL file, one a line. */
export function jsonlStatements(
  file: SourceFile,
  people: People,
  problem: (p: CorpusProblem) => void,
  next: () => number,
): { doc: SourceDoc; statements: Statement[] } {
  const doc: SourceDoc = { path: file.path, text: file.text, lines: new LineIndex(file.text), kind: 'jsonl' };
  const statements: Statement[] = [];
  let at = 0;
  // A line of the common shape is read where it stands (jsonl-fields.ts); any other by JSON.parse.
  const reader = new JsonlLine();
  let o: Record<string, unknown> | undefined;
  const field = (f: number): unknown => (o ? o[JSONL_FIELDS[f]] : reader.get(f));
  file.text.split('\n').forEach((line, i) => {
    const start = at;
    at += line.length + 1;
    if (!line.trim()) return;
    const raw = line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line;
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
      speaker = intern(str(field(SPEAKER)));
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
    const role = intern(str(field(ROLE))) ?? (ROLE_WORDS.test(speaker) ? speaker : undefined),
      organization = intern(str(field(ORGANIZATION))),
      date = intern(str(field(DATE)));
    const lineSpan = { start, end: start + raw.length };
    const named = people.addJsonlSpeaker(speaker, role, organization, doc, lineSpan);
    const exactText = jsonWritesAsIs(text);
    const inLine = exactText ? raw.indexOf(text) : -1;
    const exact = inLine >= 0;
    statements.push({
      // The words as a slice of the file's text where they stand there unescaped (no copy of them is kept).
      id: next(),
      doc,
      span: exact ? { start: start + inLine, end: start + inLine + text.length } : lineSpan,
      text: exact ? file.text.slice(start + inLine, start + inLine + text.length) : text,
      base: exact ? start + inLine : undefined,
      speaker,
      person: named,
      role,
      organization,
      date: date !== undefined && calendarDate(date) ? date : undefined,
      speech: true,
      title: intern(str(field(SOURCE))),
      url: str(field(URL)),
    });
  });
  return { doc, statements };
}
