// The language service: owns the workspace (folders, settings), the loaded corpora, the accepted
// lists, the open drafts' checks and their scheduling. It knows nothing of the protocol: it reads
// documents from a DocumentStore, reaches the machine through a ServiceHost, and tells the editor
// what changed through ServiceEvents. Features (features/*.ts) are functions of it and a document.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { StatusParams } from '../../../protocol/index';
import type { Corpus } from '../engine/index';
import type { Checked, DocumentStore, ServiceDocument, ServiceEvents } from './types';
export type { Checked, DocumentStore, ProgressReporter, ServiceDocument, ServiceEvents } from './types';
import { AcceptedStore } from './accepted';
import { Corpora, defaultCacheDir } from './corpora';
import { problemDiagnostic } from './convert';
import { diagnosticsOf } from './features/diagnostics';
import type { Disposable, ServiceHost } from './host';
import { readText } from './host';
import { languageOfFile } from './globs';
import { DraftChecks } from './draft-check';
import { CheckScheduler } from './scheduler';
import { Watching } from './watching';
import { Workspace } from './workspace';
import { fileUri, pathOfUri } from './uris';

/** Drafts larger than this are not checked from disk by a workspace check. */
export const MAX_DRAFT_BYTES = 16 * 1024 * 1024;

export class VerbatimService implements Disposable {
  readonly workspace: Workspace;
  readonly corpora: Corpora;
  readonly accepted: AcceptedStore;
  readonly scheduler: CheckScheduler;
  readonly watching: Watching;
  readonly checks: DraftChecks;
  /** The last check of each open draft. */
  readonly checked = new Map<string, Checked>();
  /** uri -> language of unopened drafts a workspace check published diagnostics for. */
  readonly diskChecked = new Map<string, string>();
  /** Every draft the last workspace check covered. */
  readonly workspaceChecked = new Set<string>();
  lastCheck: StatusParams['lastCheck'];
  private readonly loading = new Map<string, Promise<void>>();
  private readonly problemFiles = new Set<string>();
  private readonly acceptedProblemFiles = new Set<string>();

  constructor(
    readonly host: ServiceHost,
    readonly documents: DocumentStore,
    readonly events: ServiceEvents,
    cacheDir: string | false | undefined = undefined,
  ) {
    this.workspace = new Workspace(host);
    const dir = cacheDir === false ? undefined : cacheDir || defaultCacheDir();
    this.corpora = new Corpora(dir, (m) => host.log(m), host.fs);
    this.accepted = new AcceptedStore(host.fs, (file, problems) => this.publishAcceptedProblems(file, problems));
    this.checks = new DraftChecks(this);
    this.corpora.onChange = (key) => this.checks.worker?.forget(key);
    this.corpora.onBackgroundChange = () => {
      for (const c of this.corpora.values()) this.publishProblems(c);
      this.scheduler.recheckAll();
    };
    this.scheduler = new CheckScheduler(this);
    this.watching = new Watching(this);
  }

  /** Corpus folders for a draft (a corpus outside the workspace folders gets a watcher of its own). */
  corpusDirsFor(path: string): string[] {
    const dirs = this.workspace.corpusDirsFor(path);
    this.watching.watchOutside(dirs);
    return dirs;
  }

  log(message: string): void {
    this.host.log(message);
  }

  /** The loaded corpus of a draft, if it is loaded (loading is prepare()'s, off the request path). */
  corpusFor(path: string): Corpus | undefined {
    const dirs = this.corpusDirsFor(path);
    return dirs.length ? this.corpora.get(Corpora.key(dirs)) : undefined;
  }

  /** Loads the draft's corpus if it is not loaded, with progress and status around it. */
  async prepare(path: string, uri?: string): Promise<void> {
    const dirs = this.corpusDirsFor(path);
    if (!dirs.length) return;
    const key = Corpora.key(dirs);
    if (this.corpora.has(key)) return;
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.load(dirs, path, uri).finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    await pending;
  }

  private async load(dirs: string[], path: string, uri: string | undefined): Promise<void> {
    const folders = dirs.map((d) => this.workspace.relative(d));
    const progress = await this.events
      .beginProgress('Verbatim', `Indexing ${folders.join(', ')}…`)
      .catch(() => undefined);
    this.events.status({
      uri,
      state: 'indexing',
      corpus: { folders, files: 0, statements: 0, people: 0, problems: 0 },
    });
    try {
      // Built in slices off the request path: the server keeps answering while a large corpus is indexed.
      const corpus = await this.corpora.load(dirs, (p) => {
        const what = p.phase === 'indexing' ? 'statements' : 'files';
        const percent = p.total ? Math.min(99, Math.round((100 * p.done) / p.total)) : 0;
        progress?.report(percent, `${p.phase === 'indexing' ? 'Indexing' : 'Reading'} ${p.done} of ${p.total} ${what}`);
      });
      this.publishProblems(corpus);
      const people = corpus.people.persons.length;
      progress?.report(undefined, `${corpus.docs.length} files, ${corpus.liveStatements} statements, ${people} people`);
    } catch (e) {
      this.log(`loading the corpus ${dirs.join(', ')} failed: ${(e as Error).stack}`);
    }
    progress?.done();
    this.events.status(this.statusFor(path, uri));
  }

  statusFor(path: string, uri?: string): StatusParams {
    const dirs = this.corpusDirsFor(path);
    const lastCheck = this.lastCheck;
    if (!dirs.length) {
      const corpus = this.workspace
        .settingsFor(path)
        .corpus.map((c) => JSON.stringify(c))
        .join(', ');
      const against = this.workspace.rootOf(path) ?? 'the folders above the draft';
      return {
        uri,
        state: 'noCorpus',
        lastCheck,
        message: `No corpus folder: verbatim.corpus is ${corpus}, read against ${against}.`,
      };
    }
    const folders = dirs.map((d) => this.workspace.relative(d));
    const key = Corpora.key(dirs);
    const c = this.corpora.get(key);
    if (!c)
      return {
        uri,
        state: 'indexing',
        lastCheck,
        corpus: { folders, files: 0, statements: 0, people: 0, problems: 0 },
      };
    const info = this.corpora.info.get(key);
    const problems = c.problems.filter((p) => p.severity !== 'information').length;
    const corpus = {
      folders,
      files: c.docs.length,
      statements: c.statements.length,
      people: c.people.persons.length,
      problems,
      indexedAt: info?.at,
      indexMs: info?.ms,
    };
    return { uri, state: 'ready', lastCheck, corpus };
  }

  /** corpus.* problems as diagnostics on the source files (and cleared where they are gone). */
  publishProblems(corpus: Corpus): void {
    const byFile = new Map<string, Diagnostic[]>();
    for (const p of corpus.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), problemDiagnostic(p)]);
    for (const f of this.problemFiles) if (!byFile.has(f)) this.events.publishDiagnostics(fileUri(f), []);
    this.problemFiles.clear();
    for (const [file, diagnostics] of byFile) {
      this.problemFiles.add(file);
      this.events.publishDiagnostics(fileUri(file), diagnostics);
    }
    for (const p of corpus.problems) if (p.severity !== 'information') this.log(`${p.file}: ${p.code} ${p.message}`);
  }

  private publishAcceptedProblems(file: string, problems: { line: number; message: string }[]): void {
    const uri = fileUri(file);
    if (problems.length) this.log(`${file}: ${problems.map((p) => `line ${p.line + 1}: ${p.message}`).join('; ')}`);
    if (!problems.length && !this.acceptedProblemFiles.has(uri)) return;
    if (problems.length) this.acceptedProblemFiles.add(uri);
    else this.acceptedProblemFiles.delete(uri);
    const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 0 } });
    const diagnostics = problems.map((p) => ({
      range: at(p.line),
      severity: 2 as const,
      code: 'accepted.invalid',
      source: 'verbatim',
      message: p.message,
    }));
    this.events.publishDiagnostics(uri, diagnostics);
  }

  /** The check options of a draft, accepted entries included. */
  optionsFor(path: string) {
    return {
      ...this.workspace.checkOptionsFor(path),
      accepted: this.accepted.forDraft(this.workspace.rootOf(path), path),
    };
  }

  cacheDir(): string | undefined {
    return this.corpora.cacheDir;
  }

  /** A newer edit: stop a check of the draft that is running in the worker. */
  cancelCheck(uri: string): void {
    this.checks.cancel(uri);
  }

  /** Checks an open document (its corpus must be loaded) and publishes the diagnostics, unless a newer edit came. */
  async checkDocument(doc: ServiceDocument, status = true): Promise<void> {
    const path = this.workspace.draftPathOf(doc.uri, doc.languageId);
    if (!path) {
      if (this.checked.delete(doc.uri)) this.events.publishDiagnostics(doc.uri, []);
      return;
    }
    const draft = { uri: doc.uri, path, languageId: doc.languageId, text: doc.getText(), version: doc.version };
    const c = this.checks.wantsWorker(draft) ? await this.checks.checkInWorker(draft) : this.checks.checkHere(draft);
    const now = this.documents.get(doc.uri);
    // Closed meanwhile, or edited (the newer edit's check publishes).
    if (c === 'cancelled' || !now || now.version !== doc.version) return;
    if (!c) {
      this.checked.delete(doc.uri);
      this.events.publishDiagnostics(doc.uri, []);
    } else {
      this.checked.set(doc.uri, c);
      this.diskChecked.delete(doc.uri);
      this.events.publishDiagnostics(doc.uri, diagnosticsOf(c), doc.version);
    }
    if (status) this.events.status(this.statusFor(path, doc.uri));
  }

  /**
   * Checks a draft that is not open, from disk (a long one in the worker): the number of findings, or
   * undefined when it was not checked (or was opened meanwhile, which its own check covers).
   */
  async checkDisk(uri: string, languageId: string): Promise<number | undefined> {
    const path = this.workspace.draftPathOf(uri, languageId);
    const text = path ? this.readDraft(path) : undefined;
    let c: Checked | undefined | 'cancelled';
    if (path && text !== undefined) {
      const draft = { uri, path, languageId, text, version: 0 };
      c = this.checks.wantsWorker(draft) ? await this.checks.checkInWorker(draft) : this.checks.checkHere(draft);
    }
    if (c === 'cancelled' || this.documents.get(uri)) return undefined;
    if (!c) {
      if (this.diskChecked.delete(uri)) this.events.publishDiagnostics(uri, []);
      return undefined;
    }
    this.diskChecked.set(uri, languageId);
    this.events.publishDiagnostics(uri, diagnosticsOf(c));
    return c.result.findings.length;
  }

  /** A draft file's text, bounded; undefined when it cannot be read. */
  readDraft(path: string): string | undefined {
    return readText(this.host.fs, path, MAX_DRAFT_BYTES);
  }

  /** The open document's text, or the file's on disk; with the language it is read in. */
  draftText(uri: string): { path: string; text: string; languageId: string } | undefined {
    const path = pathOfUri(uri);
    if (!path) return undefined;
    const doc = this.documents.get(uri);
    const languageId = doc?.languageId ?? languageOfFile(path) ?? 'plaintext';
    const text = doc ? doc.getText() : this.readDraft(path);
    return text === undefined ? undefined : { path, text, languageId };
  }

  /** The check of an open document, made now if the one on hand is stale and its corpus is loaded. */
  current(uri: string): Checked | undefined {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const c = this.checked.get(uri);
    if (c && c.version === doc.version) return c;
    const path = this.workspace.draftPathOf(doc.uri, doc.languageId);
    // With verbatim.run: manual, a hover or a code action does not check a draft nobody asked to check.
    if (!path || (!c && this.workspace.settingsFor(path).run === 'manual')) return undefined;
    if (!this.corpusFor(path)) return undefined; // loading: the scheduled check will publish
    const draft = { uri, path, languageId: doc.languageId, text: doc.getText(), version: doc.version };
    if (this.checks.wantsWorker(draft)) return undefined; // the worker's check will publish
    void this.checkDocument(doc, false);
    return this.checked.get(uri);
  }

  /** Forget every corpus and accepted list; load again what open and checked drafts need, and re-check. */
  async rebuild(): Promise<Corpus[]> {
    this.corpora.clear();
    this.workspace.clearGlobs();
    this.accepted.invalidate();
    const paths = this.documents.all().map((d) => this.workspace.draftPathOf(d.uri, d.languageId));
    for (const uri of this.diskChecked.keys()) paths.push(pathOfUri(uri));
    for (const p of paths) if (p) await this.prepare(p);
    this.scheduler.recheckAll();
    return [...this.corpora.values()];
  }

  dispose(): void {
    this.scheduler.dispose();
    this.watching.dispose();
    this.checks.worker?.dispose();
  }
}
