// Reading one source file through its format reader, with the result cached
// on disk by the file's contents (a warm start reads no PDF twice), and the
// format's size limit. Every failure is a corpus.* problem on that file.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, MAX_SOURCE_BYTES, type CorpusProblem, type SourceFile } from '../files';
import { readFileBounded } from '../read-file';
import { FORMAT_LIMITS, formatOf, type Extraction, type FormatProblemCode, type SourceFormat } from './types';
import { composeSource } from './compose';
import type { Sidecars } from './sidecar';

/** Bump when a reader's output changes: cached extractions of older readers are not used. */
export const EXTRACT_VERSION = 3;

const CODE: Record<SourceFormat, FormatProblemCode> = {
  pdf: 'corpus.pdf',
  html: 'corpus.html',
  docx: 'corpus.docx',
  vtt: 'corpus.subtitles',
  srt: 'corpus.subtitles',
  eml: 'corpus.email',
};
const NAME: Record<SourceFormat, string> = {
  pdf: 'PDF',
  html: 'web page',
  docx: 'Word file',
  vtt: 'WebVTT file',
  srt: 'SRT file',
  eml: 'email',
};

// The readers and their libraries (PDF.js, mammoth, mailparser, linkedom …) are loaded on first use: a corpus of
// Markdown and JSONL never pays for them (about 50 MB of memory in the bundled server, and its start-up time).
async function run(format: SourceFormat, bytes: Uint8Array): Promise<Extraction> {
  switch (format) {
    case 'pdf':
      return (await import('./pdf')).readPdf(bytes);
    case 'docx':
      return (await import('./docx')).readDocx(bytes);
    case 'eml':
      return (await import('./email')).readEmail(bytes);
    default: {
      const d = decode(bytes);
      if (d.text === undefined)
        return {
          meta: {},
          body: '',
          places: [],
          markers: [],
          problems: [{ code: CODE[format], severity: 'warning', message: d.problem?.message ?? 'not text' }],
        };
      const x =
        format === 'html'
          ? (await import('./html')).readHtml(d.text)
          : format === 'vtt'
            ? (await import('./subtitles')).readVtt(d.text)
            : (await import('./subtitles')).readSrt(d.text);
      if (d.problem) x.problems.push({ code: CODE[format], severity: 'information', message: d.problem.message });
      return x;
    }
  }
}

function cachePath(cacheDir: string, key: string) {
  return join(cacheDir, 'extracted', `${key}.json`);
}

/** Cached extractions unused this long are removed (a cache hit marks its file as used). */
const UNUSED_DAYS = 60;
const pruned = new Set<string>();

function touch(file: string) {
  const now = new Date();
  try {
    utimesSync(file, now, now);
  } catch {
    /* a read-only cache is still a cache */
  }
}

/** Removes extractions no load has used for UNUSED_DAYS (once per cache folder and process). */
export function pruneExtractionCache(cacheDir: string) {
  if (pruned.has(cacheDir)) return;
  pruned.add(cacheDir);
  const dir = join(cacheDir, 'extracted'),
    before = Date.now() - UNUSED_DAYS * 86_400_000;
  try {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      try {
        if (statSync(file).mtimeMs < before) unlinkSync(file);
      } catch {
        /* gone already */
      }
    }
  } catch {
    /* no cache yet */
  }
}

/** The extraction of these bytes: from the cache, else read (and cached). */
export async function extractBytes(
  format: SourceFormat,
  bytes: Uint8Array,
  cacheDir?: string,
): Promise<{ extraction: Extraction; fromCache: boolean }> {
  const key = cacheDir ? `${format}-${EXTRACT_VERSION}-${createHash('sha1').update(bytes).digest('hex')}` : '';
  if (cacheDir) {
    try {
      const extraction = JSON.parse(readFileSync(cachePath(cacheDir, key), 'utf8')) as Extraction;
      touch(cachePath(cacheDir, key));
      return { extraction, fromCache: true };
    } catch {
      /* not cached yet */
    }
  }
  let extraction: Extraction;
  try {
    extraction = await run(format, bytes);
  } catch (e) {
    extraction = {
      meta: {},
      body: '',
      places: [],
      markers: [],
      problems: [
        {
          code: CODE[format],
          severity: 'warning',
          message: `the ${NAME[format]} could not be read (${(e as Error).message.split('\n')[0]}); skipped`,
        },
      ],
    };
  }
  if (extraction.body.length > MAX_SOURCE_BYTES) {
    extraction.body = extraction.body.slice(0, MAX_SOURCE_BYTES);
    extraction.problems.push({
      code: CODE[format],
      severity: 'warning',
      message: `its text is over ${MAX_SOURCE_BYTES / 1048576} M characters; only the start is read`,
    });
  }
  if (cacheDir) {
    try {
      const file = cachePath(cacheDir, key);
      mkdirSync(join(cacheDir, 'extracted'), { recursive: true });
      writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(extraction));
      renameSync(`${file}.${process.pid}.tmp`, file);
    } catch {
      /* a read-only cache folder: read again next time */
    }
  }
  return { extraction, fromCache: false };
}

/** One source file in a format, read into a SourceFile (or undefined, with problems, when nothing usable is in it). */
export async function extractFile(
  path: string,
  sidecars: Sidecars,
  problem: (p: CorpusProblem) => void,
  cacheDir?: string,
): Promise<SourceFile | undefined> {
  const format = formatOf(path);
  if (!format) return undefined;
  // Regular files only, bounded by the bytes actually read (read-file.ts): a FIFO or a device
  // named like a PDF never blocks the load.
  const read = readFileBounded(path, FORMAT_LIMITS[format]);
  if (!read.bytes) {
    const message = read.tooLarge
      ? `over the ${FORMAT_LIMITS[format] / 1048576} MB limit for one ${NAME[format]}; skipped`
      : `${read.problem}; skipped`;
    problem({
      file: path,
      code: read.tooLarge ? 'corpus.too-large' : 'corpus.unreadable',
      severity: 'warning',
      message,
    });
    return undefined;
  }
  const bytes = read.bytes;
  const { extraction } = await extractBytes(format, bytes, cacheDir);
  for (const p of extraction.problems) problem({ file: path, ...p });
  if (!extraction.body.trim() || !/\p{L}/u.test(extraction.body)) return undefined;
  return composeSource(path, format, extraction, sidecars.of(path));
}
