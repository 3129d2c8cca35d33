// The workspace as the service sees it: its folders, the settings of each, which corpus folders a
// draft is checked against, and which documents are drafts at all.
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { CheckOptions } from '../engine/index';
import { boundedCache, charsOf } from './bounded-cache';
import { expandFolderGlob, included, isGlob } from './globs';
import type { ServiceHost } from './host';
import { DEFAULTS, type Settings } from './settings';
import { pathOfUri } from './uris';

/** How many folders above a draft outside every workspace folder are searched for its corpus. */
const ANCESTOR_LEVELS = 6;

export class Workspace {
  /** Workspace folders (paths). */
  roots: string[] = [];
  /** Settings without a folder (and for editors that push them). */
  settings: Settings = DEFAULTS;
  readonly folderSettings = new Map<string, Settings>();
  /** Expanded corpus globs, by folder and pattern: about a megabyte of paths at most. */
  private readonly globCache = boundedCache<string[]>(1 << 20, charsOf);

  constructor(private readonly host: ServiceHost) {}

  /** The workspace folder holding a path (the innermost). */
  rootOf(path: string): string | undefined {
    return this.roots.filter((r) => path.startsWith(r + sep) || path === r).sort((a, b) => b.length - a.length)[0];
  }

  settingsFor(path: string): Settings {
    const root = this.rootOf(path);
    return (root && this.folderSettings.get(root)) || this.settings;
  }

  /** Forget expanded corpus globs (folders were added or removed, or settings changed). */
  clearGlobs(): void {
    this.globCache.clear();
  }

  /** A path relative to its workspace folder, for messages. */
  relative(path: string): string {
    const root = this.roots.find((x) => path.startsWith(x + sep));
    return root ? relative(root, path) : path;
  }

  /** Corpus entries resolved against a base folder: folders that exist, and globs (in a workspace folder) expanded. */
  resolveCorpus(base: string, entries: string[], globs: boolean): string[] {
    const out: string[] = [];
    for (const entry of entries) {
      if (isGlob(entry)) {
        if (!globs) continue;
        const key = `${base}\0${entry}`;
        let dirs = this.globCache.get(key);
        if (!dirs) {
          dirs = expandFolderGlob(this.host.fs, base, entry);
          this.globCache.set(key, dirs);
          if (!dirs.length) this.host.log(`verbatim.corpus: "${entry}" matches no folder in ${base}`);
        }
        out.push(...dirs);
      } else {
        const dir = isAbsolute(entry) ? entry : join(base, entry);
        if (this.host.fs.kind(dir) === 'folder') out.push(dir);
      }
    }
    return [...new Set(out)];
  }

  /** Corpus folders for a draft: the setting resolved against the workspace folder holding it, else beside it. */
  corpusDirsFor(draftPath: string): string[] {
    const root = this.rootOf(draftPath);
    const s = this.settingsFor(draftPath);
    const bases = root ? [root] : ancestors(dirname(draftPath));
    for (const base of bases) {
      const dirs = this.resolveCorpus(base, s.corpus, !!root);
      if (dirs.length || root) return dirs;
    }
    return [];
  }

  /** The corpus folders of a workspace folder's own settings. */
  corpusDirsOfRoot(root: string): string[] {
    return this.resolveCorpus(root, (this.folderSettings.get(root) ?? this.settings).corpus, true);
  }

  /** The folder a draft's include/exclude patterns are read against. */
  private baseOf(path: string): string | undefined {
    return this.rootOf(path) ?? this.corpusDirsFor(path).map(dirname)[0] ?? dirname(path);
  }

  /** The draft's path when a document is a draft: a file in a draft language, not a source, not excluded. */
  draftPathOf(uri: unknown, languageId: unknown): string | undefined {
    const path = pathOfUri(uri);
    if (!path || typeof languageId !== 'string') return undefined;
    const s = this.settingsFor(path);
    if (!s.languages.includes(languageId)) return undefined;
    if (path.includes(`${sep}.verbatim${sep}`)) return undefined;
    if (this.corpusDirsFor(path).some((d) => path.startsWith(d + sep))) return undefined; // a source, not a draft
    if (!included(this.baseOf(path), path, s.include, s.exclude)) return undefined;
    return path;
  }

  /** The check options of a draft (without the accepted entries, which the service adds). */
  checkOptionsFor(path: string): CheckOptions {
    const s = this.settingsFor(path);
    return { draftDate: s.draftDate, reportUnverified: s.reportUnverified, severity: s.severity };
  }
}

/** The path the engine reads a draft as: the language decides Markdown or plain text, not the extension. */
export function enginePath(path: string, languageId: string): string {
  return path.replace(/(\.[^./\\]*)?$/, languageId === 'markdown' ? '.md' : '.txt');
}

function ancestors(dir: string): string[] {
  const out: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    out.push(d);
    if (dirname(d) === d) break;
  }
  return out.slice(0, ANCESTOR_LEVELS);
}
