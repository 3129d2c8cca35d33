// The team's accepted findings: `.verbatim/accepted.yaml` in each workspace folder, read when
// it changes (by modification time and size, so a check never sees a stale list) and narrowed
// to the draft at hand by each entry's `draft` (a path or glob relative to the folder).
// The file is read bounded (a regular file of at most MAX_ACCEPTED_BYTES: a link to /dev/zero or a
// FIFO is a problem on line 1, not a hang).
import { join } from 'node:path';
import { parseAccepted, type AcceptedEntry, type AcceptedFile } from '../engine/index';
import { ACCEPTED_FILE } from '../../../protocol/index';
import { matchesAny, patternPath } from './globs';
import type { ServiceFileSystem } from './host';

interface Loaded extends AcceptedFile {
  stamp: string;
  pending?: string;
}

/** The largest accepted list read (a list of thousands of entries is far below this). */
export const MAX_ACCEPTED_BYTES = 2 * 1024 * 1024;

export class AcceptedStore {
  private loaded = new Map<string, Loaded>();

  /** Called with the file and its problems whenever a file is (re)read. */
  constructor(
    private fs: Pick<ServiceFileSystem, 'stamp' | 'readBytes'>,
    private onRead: (file: string, problems: AcceptedFile['problems']) => void = () => {},
  ) {}

  private stampOf(file: string): string {
    return this.fs.stamp(file);
  }

  /** The file's text (undefined when missing); throws with the reason when it cannot be read. */
  readText(folder: string): string | undefined {
    const file = AcceptedStore.fileOf(folder);
    if (this.stampOf(file) === 'none') return undefined;
    const read = this.fs.readBytes(file, MAX_ACCEPTED_BYTES);
    if (!read.bytes) throw new Error(read.error ?? 'unreadable');
    return new TextDecoder('utf-8').decode(read.bytes);
  }

  static fileOf(folder: string): string {
    return join(folder, ...ACCEPTED_FILE.split('/'));
  }

  /** Every entry of the folder's file (none when there is no file). */
  entries(folder: string): AcceptedEntry[] {
    const file = AcceptedStore.fileOf(folder);
    const stamp = this.stampOf(file);
    const had = this.loaded.get(folder);
    if (had && had.stamp === stamp) return had.entries;
    let parsed: AcceptedFile = { entries: [], problems: [] };
    if (stamp !== 'none') {
      try {
        parsed = parseAccepted(this.readText(folder) ?? '');
      } catch (e) {
        parsed = { entries: [], problems: [{ line: 0, message: `cannot be read: ${(e as Error).message}` }] };
      }
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
    this.loaded.set(folder, {
      ...parseAccepted(text),
      stamp: this.stampOf(AcceptedStore.fileOf(folder)),
      pending: text,
    });
  }

  /** The unsaved text given to pending(), while the file on disk has not changed since. */
  pendingText(folder: string): string | undefined {
    const had = this.loaded.get(folder);
    return had?.pending !== undefined && had.stamp === this.stampOf(AcceptedStore.fileOf(folder))
      ? had.pending
      : undefined;
  }

  /** Forget what was read (the next check reads again). */
  invalidate(folder?: string) {
    if (folder) this.loaded.delete(folder);
    else this.loaded.clear();
  }
}
