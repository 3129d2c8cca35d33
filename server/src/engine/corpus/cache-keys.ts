// The keys of the on-disk cache (corpus/cache.ts). A cache file is named by the contents of the
// corpus's files (corpusKey: the same sources give the same key on any machine, after a fresh
// clone or a copy, as in CI); a small stamp file names it by the files' stamps (stampKey:
// modification times and sizes), so that a warm start on the same machine finds it without reading
// a single source. Stamp files are hints: the cache's header keeps each file's SHA-1, and a file is
// held to it when first read (corpus/disk-file.ts).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from './files';
import { contentHash } from './disk-file';

/** Bump when the cached shape or the way statements and indexes are built changes. */
export const CACHE_VERSION = 8;
const KEEP_STAMPS = 16; // stamp files kept per folder

const byPath = (files: SourceFile[]) => [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

/** The key of the files' contents (each file's SHA-1; a file not read yet is read). */
export function corpusKey(files: SourceFile[]): string {
  const h = createHash('sha1').update(`verbatim-cache-${CACHE_VERSION}\n`);
  for (const f of byPath(files)) h.update(f.path).update('\0').update(contentHash(f)).update('\n');
  return h.digest('hex').slice(0, 24);
}

/** The key of the files' stamps (a file without a stamp, such as an extracted PDF, by its contents). */
export function stampKey(files: SourceFile[]): string {
  const h = createHash('sha1').update(`verbatim-stamps-${CACHE_VERSION}\n`);
  for (const f of byPath(files))
    h.update(f.path)
      .update('\0')
      .update(f.stamp !== undefined ? `stamp ${f.stamp}` : contentHash(f))
      .update('\n');
  return h.digest('hex').slice(0, 24);
}

/** The corpus key a stamp key was last seen with, if any. */
export function readStampIndex(dir: string, stamps: string): string | undefined {
  try {
    const key = readFileSync(join(dir, `stamps-${stamps}`), 'utf8').trim();
    return /^[0-9a-f]{24}$/.test(key) ? key : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers that files with these stamps hold the corpus of `key` (a hint; failures are ignored). */
export function writeStampIndex(dir: string, stamps: string, key: string): void {
  try {
    const file = join(dir, `stamps-${stamps}`);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${key}\n`);
    renameSync(tmp, file);
    const old = readdirSync(dir)
      .filter((f) => /^stamps-[0-9a-f]+$/.test(f))
      .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of old.slice(KEEP_STAMPS)) unlinkSync(join(dir, f));
  } catch {
    /* without the hint, the next start reads the sources to find the key */
  }
}
