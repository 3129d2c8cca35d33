// What the language service needs from the machine, behind interfaces so that tests can hand it
// an in-memory workspace: a file system (bounded reads of regular files, folder listings,
// watching), a clock (timers) and a logger. nodeHost() is the real one.
import { readdirSync, statSync, unwatchFile, watch, watchFile } from 'node:fs';
import {
  decode,
  readCorpusFiles,
  readFileBounded,
  type CorpusProblem,
  type ReadOptions,
  type SourceFile,
} from '../engine/index';

export interface Disposable {
  dispose(): void;
}

export type EntryKind = 'file' | 'folder' | 'other';

export interface ServiceFileSystem {
  /** What is at a path (following links), or undefined when nothing is. */
  kind(path: string): EntryKind | undefined;
  /** A stamp that changes when the file changes (modification time and size); 'none' when it is missing. */
  stamp(path: string): string;
  /** Names in a folder ([] when it cannot be read). */
  list(folder: string): string[];
  /**
   * A regular file's bytes, reading at most `maxBytes` (a longer file is refused): never a FIFO,
   * device or socket, and never trusting the size `stat` claims.
   */
  readBytes(path: string, maxBytes: number): { bytes?: Uint8Array; error?: string };
  /**
   * Every source file of some corpus folders, problems reported (the engine's walk on disk, with
   * PDFs, web pages, Word files, subtitles and emails extracted a few at a time, cached by contents).
   */
  readCorpusFolders(
    folders: string[],
    onProblem: (p: CorpusProblem) => void,
    options?: ReadOptions,
  ): Promise<SourceFile[]>;
  /** Calls back on any change below a folder (name relative to it, when known). */
  watchFolder(folder: string, onChange: (name: string | undefined) => void): Disposable | undefined;
  /** Calls back when one file changes (polled). */
  watchFile(file: string, onChange: () => void): Disposable;
}

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): Disposable;
}

export interface ServiceHost {
  fs: ServiceFileSystem;
  clock: Clock;
  log(message: string): void;
}

/** A file's text decoded the way the engine decodes sources, or undefined when it cannot be read. */
export function readText(fs: Pick<ServiceFileSystem, 'readBytes'>, path: string, maxBytes: number): string | undefined {
  const read = fs.readBytes(path, maxBytes);
  return read.bytes ? decode(read.bytes).text : undefined;
}

/** Reads a regular file up to maxBytes (the engine's bounded reader: never a FIFO or device, never trusting stat). */
export function readRegularFile(path: string, maxBytes: number): { bytes?: Uint8Array; error?: string } {
  const read = readFileBounded(path, maxBytes);
  return read.bytes ? { bytes: read.bytes } : { error: read.problem };
}

export function nodeFileSystem(): ServiceFileSystem {
  return {
    kind(path) {
      try {
        const st = statSync(path);
        return st.isFile() ? 'file' : st.isDirectory() ? 'folder' : 'other';
      } catch {
        return undefined;
      }
    },
    stamp(path) {
      try {
        const st = statSync(path);
        return `${st.mtimeMs}:${st.size}`;
      } catch {
        return 'none';
      }
    },
    list(folder) {
      try {
        return readdirSync(folder);
      } catch {
        return [];
      }
    },
    readBytes: readRegularFile,
    readCorpusFolders(folders, onProblem, options) {
      const problems: CorpusProblem[] = [];
      return readCorpusFiles(folders, problems, options).then((files) => {
        problems.forEach(onProblem);
        return files;
      });
    },
    watchFolder(folder, onChange) {
      try {
        const w = watch(folder, { recursive: true }, (_event, name) => onChange(name ? String(name) : undefined));
        w.on('error', () => w.close());
        return { dispose: () => w.close() };
      } catch {
        return undefined; // not supported here
      }
    },
    watchFile(file, onChange) {
      watchFile(file, { interval: 250, persistent: false }, onChange);
      return { dispose: () => unwatchFile(file) };
    },
  };
}

export function nodeHost(log: (message: string) => void): ServiceHost {
  return {
    fs: nodeFileSystem(),
    clock: {
      now: () => Date.now(),
      setTimeout(run, ms) {
        const t = setTimeout(run, ms);
        return { dispose: () => clearTimeout(t) };
      },
    },
    log,
  };
}
