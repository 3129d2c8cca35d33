// Reading a corpus folder from disk: recursive walk (symbolic-link loops and
// unreadable folders are reported, not followed forever; links leaving the
// corpus folder are reported, not followed), size limits, binary files and text
// encodings. Files are read by readFileBounded (read-file.ts): regular files
// only, never blocking, bounded by the bytes actually read. Nothing here ever writes.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, basename, sep } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { readFileBounded, ReadScratch } from './read-file';
import { FORMAT_EXT, type ExtractedInfo, type FormatProblemCode } from './formats/types';

export interface CorpusProblem {
  file: string;
  code:
    | 'corpus.unreadable'
    | 'corpus.encoding'
    | 'corpus.binary'
    | 'corpus.too-large'
    | 'corpus.frontmatter'
    | 'corpus.jsonl'
    | 'corpus.people'
    | 'corpus.transcript'
    | 'corpus.empty'
    | 'corpus.missing'
    | FormatProblemCode;
  message: string;
  line?: number;
  severity: 'error' | 'warning' | 'information';
}

/** `extracted`: set for a file read through a format reader (PDF, HTML, …): `text` is its extracted text. */
export interface SourceFile {
  path: string;
  text: string;
  extracted?: ExtractedInfo;
  /** A UTF-8 file's bytes (byte-order marks left out) until its text is first read (then dropped). */
  utf8?: Uint8Array;
  /**
   * The file's modification time and size on disk when it was read (stampOf), for the on-disk cache's key; a file
   * without one (extracted formats, files handed over by an editor) is keyed by its contents.
   */
  stamp?: string;
}

/**
 * A UTF-8 source file whose text is decoded when first read. A corpus built from the files reads every text at
 * once; one taken from the on-disk cache reads only the files whose statements a check looks at (decoding all of
 * them was half of a cached load).
 */
class Utf8File implements SourceFile {
  private decoded?: string;
  constructor(
    readonly path: string,
    public utf8: Uint8Array | undefined,
    readonly stamp?: string,
  ) {}
  get text(): string {
    if (this.decoded === undefined) {
      const b = this.utf8!;
      this.decoded = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
      this.utf8 = undefined;
    }
    return this.decoded;
  }
}

/** Byte-order marks at the start (two at most, as decode() drops them). */
function withoutBom(b: Uint8Array): Uint8Array {
  for (let k = 0; k < 2 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf; k++) b = b.subarray(3);
  return b;
}

/** Whether bytes hold only ASCII white space (a non-ASCII character is decoded to be sure). */
function blank(b: Uint8Array): boolean {
  let other = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    if (c < 0x80) return false;
    other = true;
  }
  return !other || !Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8').trim();
}

export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;
const SOURCE_EXT = /\.(md|markdown|txt|jsonl|ya?ml)$/i;

/** Decodes bytes as text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252, saying so. */
export function decode(bytes: Uint8Array): {
  text?: string;
  problem?: { code: CorpusProblem['code']; message: string };
} {
  const head = bytes.subarray(0, 8192);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (head.includes(0))
    return { problem: { code: 'corpus.binary', message: 'binary file (it holds NUL bytes); skipped' } };
  // Validated first (simdutf, a few milliseconds), then decoded by Buffer: the same text as a fatal TextDecoder, which
  // drops one byte-order mark (the second test drops a second one), in less time.
  if (isUtf8(bytes)) {
    let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  }
  return {
    text: new TextDecoder('windows-1252').decode(bytes),
    problem: {
      code: 'corpus.encoding',
      message: 'not valid UTF-8; read as Windows-1252 (Latin-1). Save it as UTF-8 to be sure of its characters',
    },
  };
}

/**
 * `onFormatFile` receives the PDFs, web pages, Word files, subtitles and emails (read by formats/load.ts), in walk
 * order. `defer`: the text files are not read, only found and stamped, and handed to it (corpus/disk-file.ts: a
 * file read when its text is first asked for).
 */
export function walkCorpus(
  root: string,
  onProblem: (p: CorpusProblem) => void,
  maxDepth = 32,
  onFormatFile?: (path: string) => void,
  defer?: (path: string, stamp: string) => SourceFile,
): SourceFile[] {
  const out: SourceFile[] = [];
  const seen = new Set<string>();
  // Files read now are decoded at once, each read into the same buffer; but for JSONL files, whose statements are
  // read from their bytes (jsonl.ts).
  const scratch = defer ? undefined : new ReadScratch();
  try {
    if (!statSync(realpathSync(root)).isDirectory()) throw new Error('not a folder');
  } catch (e) {
    onProblem({
      file: root,
      code: 'corpus.missing',
      severity: 'error',
      message: `corpus folder ${root} cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    });
    return out;
  }
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }
  const rootPrefix = realRoot.endsWith(sep) ? realRoot : realRoot + sep;
  const insideRoot = (real: string) => real === realRoot || real.startsWith(rootPrefix);
  const visit = (dir: string, depth: number) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seen.has(real)) {
      onProblem({
        file: dir,
        code: 'corpus.unreadable',
        severity: 'information',
        message: 'folder reached again through a symbolic link; not read twice',
      });
      return;
    }
    seen.add(real);
    if (depth > maxDepth) {
      onProblem({
        file: dir,
        code: 'corpus.unreadable',
        severity: 'warning',
        message: `folder nested deeper than ${maxDepth} levels; not read`,
      });
      return;
    }
    let entries: string[];
    try {
      entries = namesIn(dir, onProblem).sort();
    } catch (e) {
      onProblem({
        file: dir,
        code: 'corpus.unreadable',
        severity: 'warning',
        message: `folder cannot be read: ${(e as NodeJS.ErrnoException).code}`,
      });
      return;
    }
    for (const name of entries) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const p = join(dir, name);
      let st;
      try {
        st = lstatSync(p);
        if (st.isSymbolicLink()) {
          const real = realpathSync(p);
          if (!insideRoot(real)) {
            const message = 'symbolic link to a place outside the corpus folder; not followed';
            onProblem({ file: p, code: 'corpus.unreadable', severity: 'warning', message });
            continue;
          }
          st = statSync(p);
        }
      } catch (e) {
        onProblem({
          file: p,
          code: 'corpus.unreadable',
          severity: 'warning',
          message: `cannot be read: ${(e as NodeJS.ErrnoException).code}`,
        });
        continue;
      }
      if (st.isDirectory()) {
        visit(p, depth + 1);
        continue;
      }
      if (FORMAT_EXT.test(name)) {
        if (onFormatFile) onFormatFile(p);
        else
          onProblem({
            file: p,
            code: 'corpus.unreadable',
            severity: 'information',
            message:
              'PDF, web page, Word, subtitle and email sources are read only by the asynchronous loader; skipped',
          });
        continue;
      }
      if (!SOURCE_EXT.test(name)) continue;
      if (/\.ya?ml$/i.test(name) && !/^people\.ya?ml$/i.test(basename(name))) continue;
      const stamp = stampOf(st);
      if (defer) out.push(defer(p, stamp));
      else {
        const f = readSourceFile(p, onProblem, stamp, /\.jsonl$/i.test(name) ? undefined : scratch);
        if (f) out.push(f);
      }
    }
  };
  visit(root, 0);
  return out;
}

/** A source file's stamp: its modification time and size (what a cache of the corpus is keyed by). */
export const stampOf = (st: { mtimeMs: number; size: number }) => `${st.mtimeMs}:${st.size}`;

/** A file's stamp now, or undefined when it cannot be stat'ed. */
export function stampNow(path: string): string | undefined {
  try {
    return stampOf(statSync(path));
  } catch {
    return undefined;
  }
}

/**
 * Reads one text source file as the walk does: bounded, decoded (UTF-8, else UTF-16 with a byte-order mark, else
 * Windows-1252, said), empty and binary files reported and left out. A UTF-8 file's text is decoded when first read;
 * with `scratch`, it is read into that buffer and decoded at once.
 */
export function readSourceFile(
  p: string,
  onProblem: (p: CorpusProblem) => void,
  stamp?: string,
  scratch?: ReadScratch,
): SourceFile | undefined {
  const read = readFileBounded(p, MAX_SOURCE_BYTES, scratch);
  if (!read.bytes) {
    const code = read.tooLarge ? 'corpus.too-large' : 'corpus.unreadable';
    onProblem({ file: p, code, severity: 'warning', message: `${read.problem}; skipped` });
    return undefined;
  }
  const bytes = read.bytes;
  const utf8 = bytes[0] !== 0xff && bytes[0] !== 0xfe && !bytes.subarray(0, 8192).includes(0) && isUtf8(bytes);
  if (utf8) {
    const body = withoutBom(bytes);
    if (blank(body)) {
      onProblem({ file: p, code: 'corpus.empty', severity: 'information', message: 'empty file' });
      return undefined;
    }
    if (!scratch) return new Utf8File(p, body, stamp);
    return { path: p, text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'), stamp };
  }
  const d = decode(bytes);
  if (d.problem)
    onProblem({
      file: p,
      code: d.problem.code,
      severity: d.text === undefined ? 'warning' : 'information',
      message: d.problem.message,
    });
  if (d.text === undefined) return undefined;
  if (!d.text.trim()) {
    onProblem({ file: p, code: 'corpus.empty', severity: 'information', message: 'empty file' });
    return undefined;
  }
  return { path: p, text: d.text, stamp };
}

/**
 * The names in a folder; a name that is not valid UTF-8 (it could not be opened by its decoded name) is reported and
 * left out.
 */
function namesIn(dir: string, onProblem: (p: CorpusProblem) => void): string[] {
  const names: string[] = [];
  for (const raw of readdirSync(dir, { encoding: 'buffer' })) {
    const name = raw.toString('utf8');
    if (Buffer.from(name, 'utf8').equals(raw)) {
      names.push(name);
      continue;
    }
    if (raw[0] === 0x2e) continue; // a hidden file is skipped anyway
    const bytes = [...raw].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    const message = `the file name is not valid UTF-8 (bytes ${bytes}); skipped: rename it to read it`;
    onProblem({ file: join(dir, name), code: 'corpus.unreadable', severity: 'warning', message });
  }
  return names;
}
