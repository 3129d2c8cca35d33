// Keeping corpora and accepted lists current as files change. Editors that watch files for the
// server (VS Code) report changes through watchedFilesChanged(); for the others the service
// watches the workspace's corpus folders and accepted lists itself. A corpus outside every
// workspace folder is watched on its own: through the editor when it can watch a folder by
// base and pattern, else by the service.
import { dirname, join, sep } from 'node:path';
import { AcceptedStore } from './accepted';
import type { Corpus } from '../engine/index';
import type { AcceptedStore as Accepted } from './accepted';
import type { Corpora } from './corpora';
import type { Disposable, ServiceHost } from './host';
import type { ServiceEvents } from './types';
import { pathOfUri } from './uris';
import type { Workspace } from './workspace';

/** What watching needs of the service (VerbatimService is one). */
export interface WatchingHost {
  readonly host: ServiceHost;
  readonly events: ServiceEvents;
  readonly workspace: Workspace;
  readonly corpora: Corpora;
  readonly accepted: Accepted;
  readonly scheduler: { recheckAll(): void };
  log(message: string): void;
  publishProblems(corpus: Corpus): void;
}

export interface FileChange {
  uri: string;
  kind: 'created' | 'changed' | 'deleted';
}

const isAcceptedFile = (p: string) => p.endsWith(`${sep}.verbatim${sep}accepted.yaml`);

export class Watching implements Disposable {
  /** Whether the editor watches the workspace folders for the service. */
  editorWatches = false;
  private readonly own: Disposable[] = [];
  private readonly outside: Disposable[] = [];
  private readonly watchedOutside = new Set<string>();

  constructor(private readonly service: WatchingHost) {}

  /** Watch the workspace's corpus folders and accepted lists, unless the editor does. Called again on changes. */
  watchWorkspace(): void {
    for (const w of this.own.splice(0)) w.dispose();
    if (this.editorWatches) return;
    const { service } = this;
    for (const root of service.workspace.roots) {
      for (const dir of service.workspace.corpusDirsOfRoot(root)) this.watchCorpusFolder(dir, this.own);
      const file = AcceptedStore.fileOf(root);
      this.own.push(
        service.host.fs.watchFile(file, () => {
          service.accepted.invalidate(root);
          service.scheduler.recheckAll();
        }),
      );
    }
  }

  private watchCorpusFolder(dir: string, into: Disposable[]): void {
    const { service } = this;
    const w = service.host.fs.watchFolder(dir, (name) => {
      if (!name) {
        service.corpora.clear();
        service.scheduler.recheckAll();
        return;
      }
      this.sourcesChanged([join(dir, name)]);
    });
    if (w) into.push(w);
  }

  /** Corpus folders outside every workspace folder get a watcher of their own. */
  watchOutside(dirs: string[]): void {
    for (const dir of dirs) {
      if (this.watchedOutside.has(dir) || this.service.workspace.rootOf(dir)) continue;
      this.watchedOutside.add(dir);
      if (!this.service.events.watchFiles(dir)) this.watchCorpusFolder(dir, this.outside);
    }
  }

  private sourcesChanged(paths: string[]): void {
    if (!this.service.corpora.filesChanged(paths)) return;
    for (const c of this.service.corpora.values()) this.service.publishProblems(c);
    this.service.scheduler.recheckAll();
  }

  /** Changes the editor reports (workspace/didChangeWatchedFiles). */
  watchedFilesChanged(changes: FileChange[]): void {
    const { service } = this;
    const paths = changes.map((c) => ({ kind: c.kind, path: pathOfUri(c.uri) ?? '' })).filter((c) => c.path);
    const acceptedChanged = paths.filter((c) => isAcceptedFile(c.path));
    for (const c of acceptedChanged) service.accepted.invalidate(dirname(dirname(c.path)));
    if (paths.some((c) => c.kind !== 'changed')) service.workspace.clearGlobs();
    const loaded = [...service.corpora.keys()].flatMap((k) => k.split('\n'));
    const touched = paths.some(({ kind, path }) => {
      if (path.includes(`${sep}.verbatim${sep}`)) return false;
      return loaded.some((d) => path.startsWith(d + sep)) || (kind === 'created' && /people\.ya?ml$/.test(path));
    });
    if (touched) {
      // Each changed source is taken into the loaded corpus on its own; no rebuild (but for people.yaml).
      if (service.corpora.filesChanged(paths.map((c) => c.path))) {
        for (const c of service.corpora.values()) service.publishProblems(c);
      }
      service.log('corpus changed; re-checking open drafts');
      service.scheduler.recheckAll();
    } else if (acceptedChanged.length) {
      service.log('accepted.yaml changed; re-checking');
      service.scheduler.recheckAll();
    }
  }

  dispose(): void {
    for (const w of [...this.own.splice(0), ...this.outside.splice(0)]) w.dispose();
  }
}
