// Accepted findings (`.verbatim/accepted.yaml`, a list of {code, text, draft?, note?}): a finding with
// that code whose draft text is the entry's text, compared without case, quotation marks, outer
// punctuation and extra whitespace. The caller (the language server) reads the file and passes the
// entries that apply to the draft at hand; the engine only matches them. Also here: reading the file
// safely, narrowing it to a draft, and adding an entry (the "accept" quick fix).
import { isMap, isSeq, parseDocument } from 'yaml';
import { LineIndex } from './text/positions';
import { compileGlob, MAX_GLOB_LENGTH, type Glob } from './text/glob';
import { readFileBounded } from './corpus/read-file';
import { decode } from './corpus/files';
import type { Finding } from './types';

/** One entry of `.verbatim/accepted.yaml`. */
export interface AcceptedEntry {
  code: string;
  text: string;
  draft?: string;
  note?: string;
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
