// The team's accepted findings: `.verbatim/accepted.yaml` in each workspace folder, read when
// it changes (by modification time and size, so a check never sees a stale list) and narrowed
// to the draft at hand by each entry's `draft` (a path or glob relative to the folder).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAccepted, type AcceptedEntry, type AcceptedFile } from '../engine/suppress';
import { ACCEPTED_FILE } from './protocol';
import { matchesAny, patternPath } from './globs';

interface Loaded extends AcceptedFile { stamp: string; pending?: string }

function stampOf(file: string): string {
  try { const st = statSync(file); return `${st.mtimeMs}:${st.size}`; } catch { return 'none'; }
}

export class AcceptedStore {
  private loaded = new Map<string, Loaded>();

  /** Called with the file and its problems whenever a file is (re)read. */
  constructor(private onRead: (file: string, problems: AcceptedFile['problems']) => void = () => {}) {}

  static fileOf(folder: string): string { return join(folder, ...ACCEPTED_FILE.split('/')); }

  /** Every entry of the folder's file (none when there is no file). */
  entries(folder: string): AcceptedEntry[] {
    const file = AcceptedStore.fileOf(folder);
    const stamp = stampOf(file);
    const had = this.loaded.get(folder);
    if (had && had.stamp === stamp) return had.entries;
    let parsed: AcceptedFile = { entries: [], problems: [] };
    if (stamp !== 'none') {
      try { parsed = parseAccepted(readFileSync(file, 'utf8')); } catch (e) { parsed = { entries: [], problems: [{ line: 0, message: `cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }] }; }
    }
    this.loaded.set(folder, { ...parsed, stamp });
    if (had || stamp !== 'none') this.onRead(file, parsed.problems);
    return parsed.entries;
  }

  /** The entries that apply to one draft: those without `draft`, and those whose `draft` names it. */
  forDraft(folder: string | undefined, draftPath: string): AcceptedEntry[] {
    if (!folder) return [];
    const rel = patternPath(folder, draftPath);
    return this.entries(folder).filter((e) => !e.draft || matchesAny(rel, [e.draft.replace(/^\.\//, '')]));
  }

  /**
   * Text an editor holds for the file but may not have saved (an edit applied through the
   * protocol): used until the file on disk changes.
   */
  pending(folder: string, text: string) {
    this.loaded.set(folder, { ...parseAccepted(text), stamp: stampOf(AcceptedStore.fileOf(folder)), pending: text });
  }

  /** The unsaved text given to pending(), while the file on disk has not changed since. */
  pendingText(folder: string): string | undefined {
    const had = this.loaded.get(folder);
    return had?.pending !== undefined && had.stamp === stampOf(AcceptedStore.fileOf(folder)) ? had.pending : undefined;
  }

  /** Forget what was read (the next check reads again). */
  invalidate(folder?: string) { if (folder) this.loaded.delete(folder); else this.loaded.clear(); }
}
