// The on-disk cache of a built corpus, keyed by its files' stamps (modification
// time and size; contents for files without one): a reopened workspace whose
// sources did not change starts warm, skipping the reading, parsing and
// indexing. The header keeps each file's SHA-1, and a file read later is held
// to it (corpus/disk-file.ts): contents changed under an unchanged stamp are
// caught when first read. One file per corpus key: a JSON header (documents,
// statements, people, hashes) followed by the index arrays. Only ever written to
// the cache folder given, never next to the sources.
import {
  closeSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { CorpusProblem, SourceFile } from './files';
import { walkCorpus } from './files';
import { readCorpusFiles, type ReadOptions } from './formats/load';
import { CachedDoc, CachedStatement, NONE, type StatementColumns } from './cached-entries';
import { contentHash, deferRead, DiskFile, materialize } from './disk-file';
import { CACHE_VERSION, corpusKey, readStampIndex, stampKey, writeStampIndex } from './cache-keys';
import { Corpus } from './corpus';
import { NgramIndex } from './ngrams';
import { PostingIndex } from './postings';
import { FactIndex } from './fact-index';
import type { SourceDoc, Statement } from './documents';

const KEEP = 4; // cache files kept per folder

export { CACHE_VERSION, corpusKey, stampKey } from './cache-keys';

const isPeople = (p: string) => /(^|[\\/])people\.ya?ml$/i.test(p);

type Ref = [number, number, number]; // doc index, start, end

/**
 * Writes the corpus to the cache folder under the key of its files' contents, and the stamp file that finds it from
 * their stamps. The keys default to the corpus's files now.
 */
export function saveCache(c: Corpus, dir: string, key?: string, stamps?: string): void {
  c.refreshStale(); // (what is saved is what the files hold)
  key ??= corpusKey([...c.files.values()]);
  const docIndex = new Map<SourceDoc, number>();
  const docs: SourceDoc[] = [];
  const docOf = (d: SourceDoc) => {
    let i = docIndex.get(d);
    if (i === undefined) {
      i = docs.length;
      docs.push(d);
      docIndex.set(d, i);
    }
    return i;
  };
  for (const d of c.docs) docOf(d);
  const personIndex = new Map(c.people.persons.map((p, i) => [p, i]));
  // Statements in columns: numbers, and strings as places in one table of distinct strings (0: none).
  const strings: string[] = [],
    stringIndex = new Map<string, number>();
  const sid = (v: string | undefined) => {
    if (v === undefined) return 0;
    let i = stringIndex.get(v);
    if (i === undefined) {
      i = strings.length + 1;
      strings.push(v);
      stringIndex.set(v, i);
    }
    return i;
  };
  const n = c.statements.length;
  const col = () => new Uint32Array(n);
  const cols = {
    stDoc: col(),
    stStart: col(),
    stEnd: col(),
    stBase: col(),
    stSpeaker: col(),
    stRole: col(),
    stOrg: col(),
    stDate: col(),
    stTitle: col(),
    stUrl: col(),
    stPerson: col(),
    stFlags: col(),
  };
  const texts: [number, string][] = []; // statements whose words are not a slice of their file (escaped JSONL strings)
  c.statements.forEach((st, i) => {
    cols.stDoc[i] = docOf(st.doc);
    cols.stStart[i] = st.span.start;
    cols.stEnd[i] = st.span.end;
    cols.stBase[i] = st.base ?? NONE;
    cols.stSpeaker[i] = sid(st.speaker);
    cols.stRole[i] = sid(st.role);
    cols.stOrg[i] = sid(st.organization);
    cols.stDate[i] = sid(st.date);
    cols.stTitle[i] = sid(st.title);
    cols.stUrl[i] = sid(st.url);
    cols.stPerson[i] = st.person ? personIndex.get(st.person)! : NONE;
    cols.stFlags[i] = (st.speech ? 1 : 0) | (st.removed ? 2 : 0);
    if (st.base === undefined) texts.push([i, st.text]);
  });
  const people = c.people.persons.map((p) => ({
    name: p.name,
    aliases: p.aliases,
    listed: p.listed,
    roles: p.roles.map((r) => ({
      title: r.title,
      organization: r.organization,
      src: r.source ? ([docOf(r.source.doc), r.source.span.start, r.source.span.end] as Ref) : undefined,
    })),
  }));
  const docMeta = docs.map((d) => ({
    path: d.path,
    kind: d.kind,
    title: d.title,
    date: d.date,
    organization: d.organization,
    speaker: d.speaker,
    role: d.role,
    place: d.place,
    url: d.url,
    speakers: d.speakers,
    fm: d.prose?.frontMatterSpan,
  }));
  const facts = c.facts.dump();
  const tri = c.index.tri.arrays(),
    uni = c.index.uni.arrays();
  const arrays: Record<string, Uint32Array> = {
    triKeys: tri.keys,
    triOffsets: tri.offsets,
    triIds: tri.ids,
    uniKeys: uni.keys,
    uniOffsets: uni.offsets,
    uniIds: uni.ids,
    ...facts,
    ...cols,
  };
  const header = {
    version: CACHE_VERSION,
    key,
    docCount: c.docs.length,
    docs: docMeta,
    statementCount: n,
    strings,
    texts,
    people,
    orgs: c.people.orgs,
    peopleKeys: c.people.dumpKeys(),
    problems: c.problems,
    hashes: [...c.files.values()].filter((f) => f.stamp !== undefined).map((f) => [f.path, contentHash(f)]),
    arrays: Object.entries(arrays).map(([name, a]) => [name, a.length]),
  };
  const head = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  const parts: Buffer[] = [len, head];
  const pad = (4 - ((4 + head.length) % 4)) % 4;
  parts.push(Buffer.alloc(pad));
  for (const a of Object.values(arrays)) parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `corpus-${key}.bin`);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat(parts));
  renameSync(tmp, file);
  prune(dir);
  writeStampIndex(dir, stamps ?? stampKey([...c.files.values()]), key);
}

function prune(dir: string) {
  try {
    const files = readdirSync(dir)
      .filter((f) => /^corpus-[0-9a-f]+\.bin$/.test(f))
      .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of files.slice(KEEP)) unlinkSync(join(dir, f));
  } catch {
    /* a cache that cannot be pruned is still a cache */
  }
}

/** The corpus cached under `key`, rebuilt around the files' own text, or undefined. */
export function loadCache(files: SourceFile[], dir: string, key: string): Corpus | undefined {
  let fd: number;
  try {
    fd = openSync(join(dir, `corpus-${key}.bin`), 'r');
  } catch {
    return undefined;
  }
  try {
    // The header, then the arrays into a buffer of their own (the arrays are views on it; the header's bytes are not
    // kept).
    const len = Buffer.alloc(4);
    if (readSync(fd, len, 0, 4, 0) !== 4) return undefined;
    const hl = len.readUInt32LE(0);
    const head = Buffer.alloc(hl);
    if (readSync(fd, head, 0, hl, 4) !== hl) return undefined;
    const header = JSON.parse(head.toString('utf8'));
    if (header.version !== CACHE_VERSION || header.key !== key) return undefined;
    const at = 4 + hl + ((4 - ((4 + hl) % 4)) % 4);
    const total = (header.arrays as [string, number][]).reduce((n, [, k]) => n + k, 0);
    const base = new ArrayBuffer(total * 4);
    for (let got = 0; got < base.byteLength;) {
      const want = Math.min(base.byteLength - got, 1 << 30);
      const k = readSync(fd, new Uint8Array(base, got, want), 0, want, at + got);
      if (k <= 0) return undefined; // a cut-short file
      got += k;
    }
    const arrays: Record<string, Uint32Array> = {};
    let off = 0;
    for (const [name, n] of header.arrays as [string, number][]) {
      arrays[name] = new Uint32Array(base, off, n);
      off += n * 4;
    }
    const byPath = new Map(files.map((f) => [f.path, f]));
    const c = new Corpus();
    if (!holdFiles(files, new Map(header.hashes as [string, string][]), c)) return undefined;
    // Documents and statements read their file's text when first asked (Utf8File decodes it then): a check
    // reads the text of the few statements it looks at.
    const docs: SourceDoc[] = (header.docs as Record<string, unknown>[]).map(
      (m) => new CachedDoc(m, byPath.get(m.path as string)),
    );
    const persons = (
      header.people as {
        name: string;
        aliases: string[];
        listed: boolean;
        roles: { title?: string; organization?: string; src?: Ref }[];
      }[]
    ).map((p) => ({
      name: p.name,
      aliases: p.aliases,
      listed: p.listed,
      roles: p.roles.map((r) => ({
        title: r.title,
        organization: r.organization,
        source: r.src ? { doc: docs[r.src[0]], span: { start: r.src[1], end: r.src[2] } } : undefined,
      })),
    }));
    c.people.restore(persons, header.peopleKeys as [string, number[]][], header.orgs as string[]);
    const columns: StatementColumns = {
      stDoc: arrays.stDoc,
      stStart: arrays.stStart,
      stEnd: arrays.stEnd,
      stBase: arrays.stBase,
      stSpeaker: arrays.stSpeaker,
      stRole: arrays.stRole,
      stOrg: arrays.stOrg,
      stDate: arrays.stDate,
      stTitle: arrays.stTitle,
      stUrl: arrays.stUrl,
      stPerson: arrays.stPerson,
      stFlags: arrays.stFlags,
      strings: [undefined, ...(header.strings as string[])],
      docs,
      persons: c.people.persons,
      texts: new Map(header.texts as [number, string][]),
    };
    const n = header.statementCount as number;
    for (const v of Object.values(columns)) if (v instanceof Uint32Array && v.length !== n) return undefined;
    for (let i = 0; i < n; i++) c.statements.push(new CachedStatement(i, columns));
    for (let i = 0; i < header.docCount; i++) c.docs.push(docs[i]);
    c.problems.push(...(header.problems as CorpusProblem[]));
    c.index = restoreNgrams(c.statements, arrays);
    c.facts = FactIndex.restore(c.statements, arrays);
    c.version++;
    return c;
  } catch {
    return undefined; // a damaged cache is rebuilt, never trusted
  } finally {
    closeSync(fd);
  }
}

/**
 * The corpus's files, as the cache lists them. Files found by their stamps and not read yet are held to the contents
 * the cache was built from when first read; people.yaml (which every attribution depends on) is compared now: false
 * when it differs. Files already read are the ones the key was made of.
 */
function holdFiles(files: SourceFile[], hashes: Map<string, string>, c: Corpus): boolean {
  for (const f of files) {
    const expected = hashes.get(f.path);
    if (expected === undefined) {
      // A file without a stamp has its contents in the key; one with a stamp and no hash was left out (empty, binary).
      if (f.stamp === undefined) c.files.set(f.path, f);
      continue;
    }
    c.files.set(f.path, f);
    if (!(f instanceof DiskFile)) continue;
    if (isPeople(f.path)) {
      if (contentHash(f) !== expected) return false;
    } else {
      f.expected = expected;
      f.onStale = (p) => c.stale.add(p);
    }
  }
  return true;
}

function restoreNgrams(statements: Statement[], a: Record<string, Uint32Array>): NgramIndex {
  const n = new NgramIndex(statements);
  n.tri = PostingIndex.fromArrays(a.triKeys, a.triOffsets, a.triIds);
  n.uni = PostingIndex.fromArrays(a.uniKeys, a.uniOffsets, a.uniIds);
  return n;
}

/** What the cache folder holds for files found by a walk: the corpus, or the files read and the keys to save under. */
export interface OpenedCache {
  corpus?: Corpus;
  /** The files to build from when there is no corpus (read as the walk reads them, problems reported). */
  files: SourceFile[];
  key: string;
  stamps: string;
}

/**
 * Finds the cached corpus of the files a deferred walk found: by their stamps without reading them when this machine
 * saw the same stamps before, else by their contents (read now; the stamp file is written for next time).
 */
export function openCache(found: SourceFile[], dir: string, onProblem: (p: CorpusProblem) => void): OpenedCache {
  const stamps = stampKey(found);
  const known = readStampIndex(dir, stamps);
  const warm = known ? loadCache(found, dir, known) : undefined;
  if (warm && known) return { corpus: warm, files: found, key: known, stamps };
  const problems: CorpusProblem[] = [];
  const files = materialize(found, (p) => problems.push(p));
  const key = corpusKey(files);
  const corpus = loadCache(files, dir, key);
  if (corpus) writeStampIndex(dir, stamps, key);
  else problems.forEach(onProblem); // (a cached corpus has its problems in its header)
  return { corpus, files, key, stamps };
}

/**
 * loadCorpusCached with every format (PDFs and the rest read asynchronously, their text from the extraction cache when
 * unchanged).
 */
export async function loadCorpusCachedAsync(
  dirs: string[],
  cacheDir: string,
  opts: ReadOptions = {},
): Promise<{ corpus: Corpus; fromCache: boolean }> {
  const problems: CorpusProblem[] = [];
  const found = await readCorpusFiles(dirs, problems, { ...opts, cacheDir, defer: deferRead });
  const opened = openCache(found, cacheDir, (p) => problems.push(p));
  if (opened.corpus) return { corpus: opened.corpus, fromCache: true };
  const corpus = await Corpus.build(opened.files, problems);
  trySave(corpus, cacheDir, opened);
  return { corpus, fromCache: false };
}

/** Reads the folders, then takes the corpus from the cache when the files are unchanged, else builds and caches it. */
export function loadCorpusCached(dirs: string[], cacheDir: string): { corpus: Corpus; fromCache: boolean } {
  const problems: CorpusProblem[] = [];
  const found = dirs.flatMap((d) => walkCorpus(d, (p) => problems.push(p), undefined, undefined, deferRead));
  const opened = openCache(found, cacheDir, (p) => problems.push(p));
  if (opened.corpus) return { corpus: opened.corpus, fromCache: true };
  const corpus = Corpus.fromFiles(opened.files, problems);
  trySave(corpus, cacheDir, opened);
  return { corpus, fromCache: false };
}

function trySave(corpus: Corpus, dir: string, opened: OpenedCache) {
  try {
    saveCache(corpus, dir, opened.key, opened.stamps);
  } catch {
    /* read-only or full disk: work without a cache */
  }
}
