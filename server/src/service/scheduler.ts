// When drafts are checked: after a pause in typing (verbatim.debounce), on open, on save, on
// command, or again after the corpus, the settings or an accepted list changed. A newer edit
// cancels a check that has not started; checks wait for the corpus to load (off the request path).
import type { Disposable, ServiceHost } from './host';
import type { Checked, DocumentStore, ServiceDocument, ServiceEvents } from './types';
import { pathOfUri } from './uris';
import type { Workspace } from './workspace';

/** What the scheduler needs of the service (VerbatimService is one). */
export interface SchedulerHost {
  readonly host: ServiceHost;
  readonly documents: DocumentStore;
  readonly events: ServiceEvents;
  readonly workspace: Workspace;
  readonly checked: Map<string, Checked>;
  readonly diskChecked: Map<string, string>;
  readonly workspaceChecked: Set<string>;
  log(message: string): void;
  prepare(path: string, uri?: string): Promise<void>;
  checkDocument(doc: ServiceDocument, status?: boolean): Promise<void>;
  cancelCheck(uri: string): void;
  checkDisk(uri: string, languageId: string): Promise<number | undefined>;
}

/** Why a check is due; whether it runs depends on verbatim.run, read when the time comes. */
export type CheckReason = 'open' | 'change' | 'save' | 'recheck';

export class CheckScheduler implements Disposable {
  private readonly timers = new Map<string, Disposable>();
  private readonly running = new Set<Promise<unknown>>();
  private diskGeneration = 0;
  private settingsReady: () => void = () => {};
  /** Checks wait for the first settings from the client (a draft opened at once is not checked with defaults). */
  private readonly firstSettings = new Promise<void>((resolve) => {
    this.settingsReady = resolve;
  });

  constructor(private readonly service: SchedulerHost) {}

  /** The first settings arrived: scheduled checks may run. */
  settingsArrived(): void {
    this.settingsReady();
  }

  didOpen(doc: ServiceDocument): void {
    this.schedule(doc.uri, 0, 'open');
  }

  didChange(doc: ServiceDocument): void {
    const path = this.service.workspace.draftPathOf(doc.uri, doc.languageId);
    const s = path && this.service.workspace.settingsFor(path);
    this.service.cancelCheck(doc.uri);
    if (s && s.run === 'onType') this.schedule(doc.uri, s.debounce, 'change');
  }

  didSave(doc: ServiceDocument): void {
    if (this.service.workspace.draftPathOf(doc.uri, doc.languageId)) this.schedule(doc.uri, 0, 'save');
  }

  didClose(doc: ServiceDocument): void {
    const { uri } = doc;
    this.cancel(uri);
    this.service.cancelCheck(uri);
    const service = this.service;
    service.checked.delete(uri);
    // A draft a workspace check covered keeps its findings (from the file on disk); any other is cleared.
    if (service.workspaceChecked.has(uri)) {
      this.track(
        Promise.resolve().then(async () => {
          if (service.documents.get(uri)) return;
          if ((await service.checkDisk(uri, doc.languageId)) === undefined && !service.documents.get(uri)) {
            service.events.publishDiagnostics(uri, []);
          }
        }),
      );
      return;
    }
    service.events.publishDiagnostics(uri, []);
  }

  private allowed(uri: string, path: string, why: CheckReason): boolean {
    const run = this.service.workspace.settingsFor(path).run;
    if (why === 'open') return run !== 'manual';
    if (why === 'change') return run === 'onType';
    if (why === 'save') return run === 'onSave';
    return run !== 'manual' || this.service.checked.has(uri);
  }

  schedule(uri: string, delay: number, why: CheckReason): void {
    this.cancel(uri);
    const timer = this.service.host.clock.setTimeout(() => {
      this.timers.delete(uri);
      this.track(this.checkSoon(uri, why));
    }, delay);
    this.timers.set(uri, timer);
  }

  private cancel(uri: string): void {
    this.timers.get(uri)?.dispose();
    this.timers.delete(uri);
  }

  private track(p: Promise<unknown>): void {
    const guarded = p.catch((e) => this.service.log(`check failed: ${(e as Error)?.stack ?? e}`));
    this.running.add(guarded);
    void guarded.finally(() => this.running.delete(guarded));
  }

  /** Loads the corpus first (with progress), then checks the document as it is by then. */
  private async checkSoon(uri: string, why: CheckReason): Promise<void> {
    await this.firstSettings;
    const service = this.service;
    const doc = service.documents.get(uri);
    if (!doc) return;
    const path = service.workspace.draftPathOf(doc.uri, doc.languageId);
    if (!path) {
      await service.checkDocument(doc); // clears what a former draft had
      return;
    }
    if (!this.allowed(uri, path, why)) return;
    await service.prepare(path, uri);
    const now = service.documents.get(uri);
    if (now && !this.timers.has(uri)) await service.checkDocument(now);
  }

  /** Checks one open draft now, loading its corpus first; false when it is not a draft. */
  async checkNow(uri: string): Promise<boolean> {
    const service = this.service;
    const doc = service.documents.get(uri);
    if (!doc) return false;
    const path = service.workspace.draftPathOf(doc.uri, doc.languageId);
    if (path) await service.prepare(path, uri);
    const now = service.documents.get(uri);
    if (now) await service.checkDocument(now);
    return !!path;
  }

  /** Re-checks open drafts (unless checks are manual and one was never checked) and drafts a workspace check read. */
  recheckAll(): void {
    for (const d of this.service.documents.all()) if (pathOfUri(d.uri)) this.schedule(d.uri, 0, 'recheck');
    if (this.service.diskChecked.size) this.track(this.recheckDisk());
  }

  private async recheckDisk(): Promise<void> {
    const generation = ++this.diskGeneration;
    const service = this.service;
    for (const [uri, languageId] of [...service.diskChecked]) {
      if (generation !== this.diskGeneration) return;
      if (service.documents.get(uri)) continue;
      const path = pathOfUri(uri);
      if (path) await service.prepare(path);
      await service.checkDisk(uri, languageId);
      await new Promise((r) => setImmediate(r));
    }
  }

  /** Resolves when no check is scheduled or running (for tests and for shutdown). */
  async whenIdle(): Promise<void> {
    for (let round = 0; round < 1000 && (this.timers.size || this.running.size); round++) {
      if (this.running.size) await Promise.all([...this.running]);
      else await new Promise((r) => setImmediate(r));
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) t.dispose();
    this.timers.clear();
  }
}
