// Globs in settings: `verbatim.corpus` entries that name folders by pattern, and the
// `verbatim.drafts.include` / `verbatim.exclude` patterns that say which files are drafts.
// Patterns are matched with minimatch against paths relative to the workspace folder,
// with forward slashes on every platform. Patterns come from files anyone can commit (workspace
// settings, accepted.yaml), so they are bounded: no extglobs (`+(…)`, the backtracking kind),
// few braces, few wildcards, a few hundred characters at most; a pattern beyond that matches nothing.
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { Minimatch } from 'minimatch';
import { boundedCache } from './bounded-cache';
import type { ServiceFileSystem } from './host';

/** The longest pattern read, and the most `*`/`?` wildcards one may hold. */
export const MAX_PATTERN_LENGTH = 300;
export const MAX_PATTERN_WILDCARDS = 8;

const posix = (p: string) => p.split(sep).join('/');
const OPTS = {
  dot: true,
  noext: true,
  braceExpandMax: 32,
  nocase: process.platform === 'win32' || process.platform === 'darwin',
} as const;
/** Compiled patterns (none for a pattern beyond the bounds), weighed by pattern length. */
const compiled = boundedCache<{ matcher?: Minimatch }>(1 << 20, (_m, pattern) => 16 * pattern.length);

/** Whether a pattern is within the bounds above. */
export function isBoundedPattern(pattern: string): boolean {
  if (pattern.length > MAX_PATTERN_LENGTH) return false;
  const wildcards = pattern.replace(/\*\*/g, '').match(/[*?]/g)?.length ?? 0;
  return wildcards <= MAX_PATTERN_WILDCARDS;
}

function mm(pattern: string): Minimatch | undefined {
  const had = compiled.get(pattern);
  if (had) return had.matcher;
  let m: Minimatch | undefined;
  try {
    m = isBoundedPattern(pattern) ? new Minimatch(posix(pattern), OPTS) : undefined;
  } catch {
    m = undefined;
  }
  compiled.set(pattern, { matcher: m });
  return m;
}
const matches = (pattern: string, path: string) => mm(pattern)?.match(path) ?? false;

export const isGlob = (pattern: string) => mm(pattern)?.hasMagic() ?? /[*?[\]{}]/.test(pattern);

/** Folders never walked when looking for corpus folders or drafts. */
export const SKIP_DIRS = new Set('node_modules .git .hg .svn .verbatim .vscode-test .venv __pycache__'.split(' '));

/**
 * The folders a corpus glob selects, below `base` (or below the glob's own fixed start when it
 * is absolute), sorted. Only folders: a corpus is read folder by folder.
 */
export function expandFolderGlob(
  fs: Pick<ServiceFileSystem, 'list' | 'kind'>,
  base: string,
  pattern: string,
  maxDepth = 8,
  maxDirs = 20000,
): string[] {
  if (!isBoundedPattern(pattern)) return [];
  const full = posix(isAbsolute(pattern) ? pattern : join(base, pattern)).replace(/\/+$/, '');
  const parts = full.split('/');
  const fixed: string[] = [];
  for (const p of parts) {
    if (isGlob(p)) break;
    fixed.push(p);
  }
  const root = fixed.join('/') || '/';
  const rest = parts.slice(fixed.length);
  const depth = rest.includes('**') ? maxDepth : rest.length;
  const matcher = mm(full);
  if (!matcher) return [];
  const out: string[] = [];
  let seen = 0;
  const walk = (dir: string, d: number) => {
    if (d > depth || seen > maxDirs) return;
    for (const name of fs.list(dir).sort()) {
      if (SKIP_DIRS.has(name)) continue;
      const p = dir === '/' ? `/${name}` : `${dir}/${name}`;
      if (fs.kind(p) !== 'folder') continue;
      seen++;
      if (matcher.match(p)) out.push(p.split('/').join(sep));
      walk(p, d + 1);
    }
  };
  walk(root, 1);
  return out;
}

/**
 * Whether any pattern matches the path (relative, forward slashes); a pattern without a slash also
 * matches the file name.
 */
export function matchesAny(rel: string, patterns: string[]): boolean {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  return patterns.some((p) => matches(p, rel) || (!p.includes('/') && matches(p, name)));
}

/** The path as include/exclude patterns see it: relative to `base` when inside it, else absolute. */
export function patternPath(base: string | undefined, path: string): string {
  if (base) {
    const r = relative(base, path);
    if (r && !r.startsWith('..') && !isAbsolute(r)) return posix(r);
  }
  return posix(path);
}

/** Whether a file is a draft by the include and exclude patterns. */
export function included(base: string | undefined, path: string, include: string[], exclude: string[]): boolean {
  const rel = patternPath(base, path);
  if (exclude.length && matchesAny(rel, exclude)) return false;
  return !include.length || matchesAny(rel, include);
}

/** The language a draft file on disk is in, by its extension. */
export function languageOfFile(path: string): string | undefined {
  const ext = /\.([^./\\]+)$/.exec(basename(path))?.[1]?.toLowerCase();
  if (!ext) return undefined;
  if (['md', 'markdown', 'mdown', 'mkd', 'mkdn', 'mdwn'].includes(ext)) return 'markdown';
  if (['txt', 'text'].includes(ext)) return 'plaintext';
  return undefined;
}

/**
 * Draft files below `root`: files in one of `languages` (by extension), not in a skipped or
 * corpus folder, kept by `accept`. Stops after `max` drafts (truncated then says so).
 */
export function findDrafts(
  fs: Pick<ServiceFileSystem, 'list' | 'kind'>,
  root: string,
  languages: string[],
  skip: (dir: string) => boolean,
  accept: (path: string) => boolean,
  max = 5000,
): { files: string[]; truncated: boolean } {
  const files: string[] = [];
  let truncated = false,
    visited = 0;
  const walk = (dir: string, depth: number) => {
    if (truncated || depth > 32) return;
    for (const name of fs.list(dir).sort()) {
      if (truncated) return;
      if (name.startsWith('.') || SKIP_DIRS.has(name)) continue;
      const p = join(dir, name);
      const kind = fs.kind(p);
      if (!kind) continue;
      if (++visited > 200_000) {
        truncated = true;
        return;
      }
      if (kind === 'folder') {
        if (!skip(p)) walk(p, depth + 1);
        continue;
      }
      if (kind !== 'file') continue;
      const lang = languageOfFile(p);
      if (!lang || !languages.includes(lang) || !accept(p)) continue;
      if (files.length >= max) {
        truncated = true;
        return;
      }
      files.push(p);
    }
  };
  walk(root, 0);
  return { files, truncated };
}
