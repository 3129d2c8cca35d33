// Reading one file from disk, safely whatever the path names: only regular files (a FIFO, a
// device, a socket or a /proc, /sys or /dev entry is refused, never opened in a way that could
// block), bounded by the bytes actually read, not by what `stat` claims (a /proc file says 0
// bytes and holds gigabytes). Used for corpus files, drafts given to the CLI, the quotation
// sheet's target and `.verbatim/accepted.yaml` (the language server reads it with this too).
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';

export interface BoundedRead {
  /** The file's bytes, when it could be read whole within the limit. */
  bytes?: Buffer;
  /** Why not, in words a writer understands ("not a regular file (a named pipe)"). */
  problem?: string;
  /** The file is over the limit. */
  tooLarge?: boolean;
}

const SYSTEM_FOLDERS = /^\/(?:proc|sys|dev)(?:\/|$)/;
const CHUNK = 1 << 20;

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

const errorText = (e: unknown) => {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EAGAIN' || code === 'EWOULDBLOCK') return 'it would block (a pipe or device)';
  return code ?? (e as Error).message;
};

const megabytes = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MB`;

/**
 * A buffer files are read into one after another (ReadScratch), grown when a file needs more: the bytes of a file
 * decoded at once need no memory of their own (fresh memory is paid for page by page when first written).
 */
export class ReadScratch {
  buf = Buffer.allocUnsafe(0);
  /** The buffer, at least `n` bytes long, its first `keep` bytes kept when it grows. */
  room(n: number, keep = 0): Buffer {
    if (this.buf.length < n) {
      const old = this.buf;
      this.buf = Buffer.allocUnsafe(Math.max(n, old.length * 2));
      old.copy(this.buf, 0, 0, keep);
    }
    return this.buf;
  }
}

/**
 * Reads a file of at most `maxBytes` bytes; never blocks, never reads more than `maxBytes + 1` bytes. With `scratch`,
 * the bytes are a view of its buffer, valid until the next read into it.
 */
export function readFileBounded(path: string, maxBytes: number, scratch?: ReadScratch): BoundedRead {
  let real: string;
  try {
    real = realpathSync.native(path);
  } catch (e) {
    return { problem: `cannot be read: ${errorText(e)}` };
  }
  if (process.platform !== 'win32' && SYSTEM_FOLDERS.test(real))
    return { problem: `a system file (${real}), not a document; not read` };
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { problem: `cannot be read: ${errorText(e)}` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      return { problem: `${st.isDirectory() ? 'a folder' : `not a regular file (${kindOf(st)})`}; not read` };
    if (st.size > maxBytes)
      return { tooLarge: true, problem: `${megabytes(st.size)} is over the ${megabytes(maxBytes)} limit` };
    if (scratch) return readInto(fd, st.size, maxBytes, scratch);
    const parts: Buffer[] = [];
    let total = 0;
    // The first read sized by what stat says (right for every ordinary file); then 1 MB at a time.
    for (
      let want = Math.min(maxBytes + 1, Math.max(st.size + 1, 4096));
      ;
      want = Math.min(CHUNK, maxBytes + 1 - total)
    ) {
      const buf = Buffer.allocUnsafe(want);
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      parts.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
      if (total > maxBytes) return { tooLarge: true, problem: `over the ${megabytes(maxBytes)} limit` };
    }
    return { bytes: parts.length === 1 ? parts[0] : Buffer.concat(parts, total) };
  } catch (e) {
    return { problem: `cannot be read: ${errorText(e)}` };
  } finally {
    closeSync(fd);
  }
}

/** readFileBounded's reading into a scratch buffer (grown as the file turns out longer than stat said). */
function readInto(fd: number, size: number, maxBytes: number, scratch: ReadScratch): BoundedRead {
  let total = 0;
  for (let want = Math.min(maxBytes + 1, Math.max(size + 1, 4096)); ;) {
    const buf = scratch.room(want, total);
    const n = readSync(fd, buf, total, want - total, null);
    if (n === 0) break;
    total += n;
    if (total > maxBytes) return { tooLarge: true, problem: `over the ${megabytes(maxBytes)} limit` };
    if (total === want) want = Math.min(total + CHUNK, maxBytes + 1);
  }
  return { bytes: scratch.buf.subarray(0, total) };
}
