// An in-memory workspace for the language service: files in a map, timers that run on the next
// turn of the event loop (a debounce is never waited for), a log kept for assertions.
import { basename, sep } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CorpusProblem, SourceFile } from '../../server/src/engine/index';
import type { Disposable, EntryKind, ServiceFileSystem, ServiceHost } from '../../server/src/service/host';
import type { ProgressReporter, ServiceDocument, ServiceEvents } from '../../server/src/service/service';
import type { StatusParams } from '../../protocol/index';

const SOURCE = /\.(md|markdown|txt|jsonl)$/i;

export class MemoryFileSystem implements ServiceFileSystem {
  readonly files = new Map<string, string>();
  reads = 0;

  write(path: string, text: string): void {
    this.files.set(path, text);
  }

  kind(path: string): EntryKind | undefined {
    if (this.files.has(path)) return 'file';
    for (const p of this.files.keys()) if (p.startsWith(path + sep)) return 'folder';
    return undefined;
  }
  stamp(path: string): string {
    const text = this.files.get(path);
    return text === undefined ? 'none' : `${text.length}:${hash(text)}`;
  }
  list(folder: string): string[] {
    const names = new Set<string>();
    for (const p of this.files.keys())
      if (p.startsWith(folder + sep)) names.add(p.slice(folder.length + 1).split(sep)[0]);
    return [...names];
  }
  readBytes(path: string, maxBytes: number): { bytes?: Uint8Array; error?: string } {
    this.reads++;
    const text = this.files.get(path);
    if (text === undefined) return { error: 'ENOENT' };
    const bytes = new TextEncoder().encode(text);
    return bytes.length > maxBytes ? { error: `over ${maxBytes} bytes` } : { bytes };
  }
  async readCorpusFolders(folders: string[], _onProblem: (p: CorpusProblem) => void): Promise<SourceFile[]> {
    return [...this.files]
      .filter(
        ([p]) => folders.some((f) => p.startsWith(f + sep)) && (SOURCE.test(p) || /^people\.ya?ml$/i.test(basename(p))),
      )
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([path, text]) => ({ path, text }));
  }
  watchFolder(): Disposable | undefined {
    return undefined;
  }
  watchFile(): Disposable {
    return { dispose: () => {} };
  }
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}

export function memoryHost(fs: MemoryFileSystem, logs: string[] = []): ServiceHost {
  return {
    fs,
    clock: {
      now: () => Date.now(),
      setTimeout(run) {
        const t = setImmediate(run);
        return { dispose: () => clearImmediate(t) };
      },
    },
    log: (m) => logs.push(m),
  };
}

/** What the service told the editor. */
export class RecordedEvents implements ServiceEvents {
  readonly diagnostics = new Map<string, { diagnostics: Diagnostic[]; version?: number }>();
  readonly statuses: StatusParams[] = [];
  publishDiagnostics(uri: string, diagnostics: Diagnostic[], version?: number): void {
    this.diagnostics.set(uri, { diagnostics, version });
  }
  status(params: StatusParams): void {
    this.statuses.push(params);
  }
  async beginProgress(): Promise<ProgressReporter | undefined> {
    return undefined;
  }
  watchFiles(): boolean {
    return true;
  }
  codes(uri: string): string[] {
    return (this.diagnostics.get(uri)?.diagnostics ?? []).map((d) => String(d.code));
  }
}

/** Open documents, edited by replacing their text. */
export class MemoryDocuments {
  private readonly docs = new Map<string, ServiceDocument>();
  set(uri: string, text: string, languageId = 'markdown'): ServiceDocument {
    const version = (this.docs.get(uri)?.version ?? 0) + 1;
    const doc = { uri, languageId, version, getText: () => text };
    this.docs.set(uri, doc);
    return doc;
  }
  close(uri: string): ServiceDocument | undefined {
    const doc = this.docs.get(uri);
    this.docs.delete(uri);
    return doc;
  }
  get(uri: string): ServiceDocument | undefined {
    return this.docs.get(uri);
  }
  all(): ServiceDocument[] {
    return [...this.docs.values()];
  }
}
