// One source file into statements: who said which words, when, where.
// Markdown/text with front matter (statement, interview, transcript, release,
// article), JSONL statements, and people.yaml.
import type { Span } from '../types';
import { LineIndex } from '../text/positions';
import { proseOf } from '../text/prose';
import { People, ROLE_WORDS, type Person } from './people';
import { looksLikeOrg } from './orgs';
import type { CorpusProblem, SourceFile } from './files';
import { readProse } from '../draft/analyze';
import { isCalendarDate } from '../text/dates';
import type { DocKind, SourceDoc } from './source-doc';
import { extractedProse } from './formats/prose';

/** A `speaker` that names nobody. */
export const PRONOUN_SPEAKER = /^(he|she|they|it|we|i|him|her|them|you)$/i;

const KINDS = new Set(['statement', 'transcript', 'interview', 'release', 'article']);

export type { DocKind, SourceDoc } from './source-doc';

export interface Statement {
  id: number;
  doc: SourceDoc;
  /** Span in the file. */
  span: Span;
  /** The statement's words exactly as the source has them. */
  text: string;
  /** Offset of `text` in the file, when `text` is a slice of it (not for JSONL, whose strings are escaped). */
  base?: number;
  speaker?: string;
  person?: Person;
  role?: string;
  organization?: string;
  date?: string;
  /** Someone's own words (false for an article's narration, which only backs short fragments and facts). */
  speech: boolean;
  /** For a JSONL statement: its `source` and `url`. */
  title?: string;
  url?: string;
  /** Set when its file changed or went away (the statement stays in place so ids keep their meaning). */
  removed?: boolean;
}

export const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim()
    ? v.trim()
    : typeof v === 'number'
      ? String(v)
      : v instanceof Date
        ? v.toISOString().slice(0, 10)
        : undefined;

/** Front matter and prose of a Markdown/text source; registers its speakers. */
export function parseDoc(file: SourceFile, people: People, problem: (p: CorpusProblem) => void): SourceDoc {
  const prose = file.extracted ? extractedProse(file.text, file.extracted) : proseOf(file.path, file.text);
  const fm = prose.frontMatter ?? {};
  if (prose.frontMatterError)
    problem({
      file: file.path,
      code: 'corpus.frontmatter',
      severity: 'warning',
      line: 0,
      message: `${prose.frontMatterError}; the file is read as an article without metadata`,
    });
  for (const n of prose.notes ?? []) {
    problem({ file: file.path, code: 'corpus.too-large', severity: 'information', message: n }); // parts not read whole
  }
  let kind = (str(fm.kind) ?? '').toLowerCase();
  if (kind && !KINDS.has(kind))
    problem({
      file: file.path,
      code: 'corpus.frontmatter',
      severity: 'warning',
      line: 0,
      message:
        `unknown kind "${kind}" (expected statement, transcript, interview, release or article); read as ` +
        `${fm.speaker ? 'a statement' : 'an article'}`,
    });
  if (!KINDS.has(kind)) kind = fm.speaker ? 'statement' : Array.isArray(fm.speakers) ? 'transcript' : 'article';
  const date = str(fm.date);
  if (date && !isCalendarDate(date))
    problem({
      file: file.path,
      code: 'corpus.frontmatter',
      severity: 'warning',
      line: 0,
      message: `date "${date}" is not a calendar date written YYYY-MM-DD; dates from this file are not compared`,
    });
  const doc: SourceDoc = {
    path: file.path,
    text: file.text,
    lines: new LineIndex(file.text),
    kind: kind as DocKind,
    prose,
    title: str(fm.title),
    date: isCalendarDate(date) ? date : undefined,
    organization: str(fm.organization),
    speaker: str(fm.speaker),
    role: str(fm.role),
    place: str(fm.place),
    url: str(fm.url),
    extracted: file.extracted,
  };
  if (Array.isArray(fm.speakers)) {
    doc.speakers = fm.speakers
      .map((s) =>
        typeof s === 'string'
          ? { name: s }
          : {
              name: str((s as Record<string, unknown>)?.name) ?? '',
              role: str((s as Record<string, unknown>)?.role),
              organization: str((s as Record<string, unknown>)?.organization),
            },
      )
      .filter((s) => s.name);
    for (const s of doc.speakers)
      people.addSpeaker(s.name, s.role, s.organization, prose.frontMatterSpan && { doc, span: prose.frontMatterSpan });
  }
  if (doc.speaker && PRONOUN_SPEAKER.test(doc.speaker)) {
    problem({
      file: file.path,
      code: 'corpus.frontmatter',
      severity: 'warning',
      line: 0,
      message: `speaker "${doc.speaker}" is a pronoun, not a name; the words are read as nobody's`,
    });
    doc.speaker = undefined;
  }
  if (doc.kind === 'statement' || doc.kind === 'interview')
    people.addSpeaker(
      doc.speaker,
      doc.role,
      doc.organization,
      prose.frontMatterSpan && { doc, span: prose.frontMatterSpan },
    );
  if (doc.organization) people.addOrg(doc.organization);
  return doc;
}

function trimmed(text: string, s: number, e: number): Span {
  while (s < e && isSpace(text, s)) s++;
  while (e > s && isSpace(text, e - 1)) e--;
  return { start: s, end: e };
}

/** /\s/ on text[i], without the regex for ASCII. */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(text[i]);
}

const TURN = /^([\p{Lu}][\p{L}\p{M}'’.\- ]{0,60}?)\s*:\s+/u;

/** The statements of a parsed document. */
export function docStatements(
  doc: SourceDoc,
  people: People,
  problem: (p: CorpusProblem) => void,
  next: () => number,
): Statement[] {
  const out: Statement[] = [];
  const prose = doc.prose!;
  const add = (
    span: Span,
    speaker: string | undefined,
    role: string | undefined,
    organization: string | undefined,
    speech: boolean,
  ) => {
    if (span.end <= span.start) return;
    const text = doc.text.slice(span.start, span.end);
    const named =
      speaker && !ROLE_WORDS.test(speaker) && !looksLikeOrg(speaker)
        ? (people.person(speaker) ?? people.lookup(speaker)[0])
        : undefined;
    out.push({
      id: next(),
      doc,
      span,
      text,
      base: span.start,
      speaker,
      person: named,
      role: role ?? (speaker && ROLE_WORDS.test(speaker) ? speaker : undefined),
      organization,
      date: doc.date,
      speech,
    });
  };
  const blocks = prose.blocks.map((b) => trimmed(prose.text, b.start, b.end)).filter((b) => b.end > b.start);
  switch (doc.kind) {
    case 'statement':
    case 'interview':
      for (const b of blocks)
        add(
          b,
          doc.speaker ?? doc.organization,
          doc.role,
          doc.organization ?? (doc.speaker && looksLikeOrg(doc.speaker) ? doc.speaker : undefined),
          true,
        );
      break;
    case 'transcript': {
      let current: { name: string; role?: string; organization?: string } | undefined;
      let turns = 0;
      for (const b of blocks) {
        const m = TURN.exec(prose.text.slice(b.start, b.end));
        if (m && m[1].split(/\s+/).length <= 6) {
          const listed =
            doc.speakers?.find((s) => s.name.toLowerCase() === m[1].toLowerCase()) ??
            doc.speakers?.find((s) => people.lookup(m[1]).some((p) => p.name === s.name));
          current = listed ?? { name: m[1] };
          turns++;
          add(
            trimmed(prose.text, b.start + m[0].length, b.end),
            current.name,
            current.role,
            listed ? (current.organization ?? doc.organization) : undefined,
            true,
          );
        } else
          add(
            b,
            current?.name,
            current?.role,
            current && doc.speakers?.includes(current as never)
              ? (current.organization ?? doc.organization)
              : current?.organization,
            !!current,
          );
      }
      if (!turns)
        problem({
          file: doc.path,
          code: 'corpus.transcript',
          severity: 'warning',
          line: 0,
          message: 'transcript has no "Name: words" turns; its words are not attributed to anyone',
        });
      break;
    }
    case 'release':
    case 'article': {
      // A release speaks for its organization; an article's narration is nobody's words.
      for (const b of blocks)
        add(
          b,
          doc.kind === 'release' ? doc.organization : undefined,
          undefined,
          doc.organization,
          doc.kind === 'release',
        );
      const reading = readProse(prose.text, prose.blocks, people);
      for (const q of reading.quotes) {
        const ref = q.attribution?.ref;
        const span = q.span;
        if (!ref) {
          add(span, undefined, undefined, undefined, true);
          continue;
        }
        if (ref.kind === 'person')
          add(span, ref.person.name, ref.person.roles[0]?.title, ref.person.roles[0]?.organization, true);
        else if (ref.kind === 'org') add(span, ref.org, undefined, ref.org, true);
        else if (ref.kind === 'role') add(span, ref.role, ref.role, ref.org, true);
        else add(span, ref.name, undefined, undefined, true);
      }
      break;
    }
  }
  return out;
}
