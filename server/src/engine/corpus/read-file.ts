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

/** Reads a file of at most `maxBytes` bytes; never blocks, never reads more than `maxBytes + 1` bytes. */
export function readFileBounded(path: string, maxBytes: number): BoundedRead {
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
