// A snapshot of a folder tree: every entry (dotfiles included) with its kind, size, content hash
// and modification time, folders included (a file created and removed again changes its
// folder's mtime). Two snapshots compare to a list of differences.
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Entry {
  kind: 'file' | 'dir' | 'link' | 'other';
  size: number;
  mtimeMs: number;
  hash?: string;
  target?: string;
}
export type Snapshot = Map<string, Entry>;

export function snapshot(root: string): Snapshot {
  const out: Snapshot = new Map();
  const visit = (p: string) => {
    const st = lstatSync(p);
    const rel = relative(root, p) || '.';
    if (st.isSymbolicLink()) {
      out.set(rel, { kind: 'link', size: st.size, mtimeMs: st.mtimeMs, target: readlinkSync(p) });
      return;
    }
    if (st.isDirectory()) {
      out.set(rel, { kind: 'dir', size: 0, mtimeMs: st.mtimeMs });
      for (const name of readdirSync(p).sort()) visit(join(p, name));
      return;
    }
    if (st.isFile()) {
      out.set(rel, {
        kind: 'file',
        size: st.size,
        mtimeMs: st.mtimeMs,
        hash: createHash('sha256').update(readFileSync(p)).digest('hex'),
      });
      return;
    }
    out.set(rel, { kind: 'other', size: st.size, mtimeMs: st.mtimeMs });
  };
  visit(root);
  return out;
}

/** What changed from `a` to `b`: added, removed and changed entries, in words. */
export function differences(a: Snapshot, b: Snapshot): string[] {
  const out: string[] = [];
  for (const [k, e] of b) if (!a.has(k)) out.push(`added ${e.kind} ${k}`);
  for (const [k, e] of a) {
    const f = b.get(k);
    if (!f) {
      out.push(`removed ${e.kind} ${k}`);
      continue;
    }
    if (f.kind !== e.kind) out.push(`${k}: ${e.kind} became ${f.kind}`);
    if (f.hash !== e.hash || f.size !== e.size) out.push(`${k}: content changed`);
    if (f.mtimeMs !== e.mtimeMs) out.push(`${k}: modification time changed (${e.mtimeMs} -> ${f.mtimeMs})`);
    if (f.target !== e.target) out.push(`${k}: link target changed`);
  }
  return out;
}
