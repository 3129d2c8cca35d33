// A PDF, web page, Word file, subtitle file or email (or the sidecar metadata
// of one) changed on disk: read it again through its reader, off the request
// path, then take it into the corpus file by file.
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FORMAT_EXT, isSidecar, rereadFormatFile, type Corpus, type CorpusProblem } from '../engine/index';

/** The format files a changed path stands for: itself, the one a NAME.EXT.yaml describes, all beside a sources.yaml. */
function describedBy(path: string): string[] {
  if (FORMAT_EXT.test(path)) return [path];
  if (!isSidecar(path)) return [];
  if (/^sources\.ya?ml$/i.test(basename(path))) {
    try {
      return readdirSync(dirname(path))
        .filter((n) => FORMAT_EXT.test(n) && !n.startsWith('.'))
        .map((n) => join(dirname(path), n));
    } catch {
      return [];
    }
  }
  return [path.replace(/\.ya?ml$/i, '')];
}

/**
 * Starts reading the changed format files of a corpus again; `done` runs once
 * they are in. Returns the changed paths it took charge of.
 */
export function formatChanges(
  paths: string[],
  corpus: Corpus,
  cacheDir: string | undefined,
  log: (m: string) => void,
  done: () => void,
): Set<string> {
  const taken = new Set<string>();
  const targets = new Set<string>();
  for (const p of paths) {
    const d = describedBy(p);
    if (d.length || isSidecar(p)) taken.add(p);
    for (const t of d) targets.add(t);
  }
  if (!targets.size) return taken;
  void (async () => {
    for (const path of targets) {
      const problems: CorpusProblem[] = [];
      let file;
      try {
        file = await rereadFormatFile(path, problems, cacheDir);
      } catch (e) {
        log(`reading ${path} failed: ${(e as Error).message}`);
      }
      corpus.updateFile(path, file);
      // Problems on a file that went away are not kept: rereadFormatFile reports them for a file that is there.
      corpus.problems.push(...problems.filter((q) => !/ENOENT/.test(q.message)));
    }
    log(`updated ${targets.size} PDF/web/Word/subtitle/email file${targets.size === 1 ? '' : 's'}`);
    done();
  })();
  return taken;
}
