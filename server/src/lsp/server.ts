// The language server: translates between the protocol and the engine.
// Documents are synced incrementally; each open draft is re-checked after a
// short pause in typing; the corpus is reloaded when its files change.
// Settings are read per workspace folder; findings silenced by comments or by the
// folder's .verbatim/accepted.yaml are dropped by the engine (engine/suppress.ts).
import { existsSync, readFileSync, statSync, unwatchFile, watch, watchFile, type FSWatcher } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  TextDocuments, TextDocumentSyncKind, DidChangeWatchedFilesNotification, FileChangeType, ResponseError, ErrorCodes,
  type CancellationToken, type Connection, type Diagnostic, type InitializeParams, type InitializeResult, type CodeAction, type Hover, type Location,
  type WorkspaceEdit, type WorkDoneProgressServerReporter, type WorkDoneProgressReporter, type ProgressToken,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../engine/corpus/corpus';
import { loadCorpusCached } from '../engine/corpus/cache';
import { Corpora, defaultCacheDir } from './corpora';
import { checkDraft, type CheckOptions, type CheckResult } from '../engine/engine';
import { decode } from '../engine/corpus/files';
import { LineIndex } from '../engine/text/positions';
import { proseOf } from '../engine/text/prose';
import { readProse } from '../engine/draft/analyze';
import { People } from '../engine/corpus/people';
import { addAcceptedEntry, findDirectives, Suppressions, suppressedBy } from '../engine/suppress';
import { VERSION } from '../engine/meta';
import { citationLocation, confirmationHover, findingHover, fileUri, fixActions, problemDiagnostic, toDiagnostic } from './convert';
import { DEFAULTS, readSettings, type Settings } from './settings';
import { expandFolderGlob, findDrafts, included, isGlob, languageOfFile, patternPath } from './globs';
import { AcceptedStore } from './accepted';
import { acceptAction, acceptArgs, ignoreLineAction } from './actions';
import { quoteHover, sheetRows } from './sheet';
import {
  ACCEPT_CLIENT_COMMAND, ACCEPT_SERVER_COMMAND, ACCEPTED_CHANGED, CHECK_DOCUMENT, CHECK_WORKSPACE, QUOTE_SHEET, REBUILD_INDEX, STATUS,
  type AcceptArgs, type AcceptedChangedParams, type CheckDocumentParams, type CheckWorkspaceParams, type CheckWorkspaceResult, type InitializationOptions,
  type QuoteSheet, type QuoteSheetParams, type RebuildIndexResult, type StatusParams,
} from './protocol';

interface Checked { version: number; result: CheckResult; lines: LineIndex }

/** Drafts larger than this are not checked from disk by a workspace check. */
const MAX_DRAFT_BYTES = 16 * 1024 * 1024;
const SERVER_COMMANDS = ['verbatim.server.rebuildIndex', 'verbatim.server.checkDocument', 'verbatim.server.checkWorkspace', ACCEPT_SERVER_COMMAND];

export function startServer(connection: Connection) {
  const documents = new TextDocuments(TextDocument);
  const checked = new Map<string, Checked>();
  const timers = new Map<string, NodeJS.Timeout>();
  const corpora = new Corpora(undefined, (m) => log(m)); // corpus folders (joined by \n) -> loaded corpus
  const problemFiles = new Set<string>();         // source files we published corpus.* diagnostics on
  const watchers: FSWatcher[] = [];
  const polled: string[] = [];                    // files watched with fs.watchFile (accepted.yaml without client watching)
  const indexInfo = corpora.info;
  const loading = new Map<string, Promise<void>>();
  const globCache = new Map<string, string[]>();
  const diskChecked = new Map<string, string>();  // uri -> language of unopened drafts a workspace check published diagnostics for
  const wasWorkspaceChecked = new Set<string>(); // every draft the last workspace check covered
  const acceptedProblemFiles = new Set<string>();
  let roots: string[] = [];
  let settings: Settings = DEFAULTS;              // settings without a folder (and for editors that push them)
  const folderSettings = new Map<string, Settings>();
  const watchedOutside = new Set<string>();       // corpus folders outside every workspace folder, watched on their own
  const outsideWatchers: FSWatcher[] = [];
  let canRelativeWatch = false;
  let canConfigure = false, canWatch = false, canProgress = false, canApplyEdit = false, canCreateFiles = false, hasFolders = false;
  let clientCommands = new Set<string>();
  let lastCheck: StatusParams['lastCheck'];
  // Checks wait for the first settings from the client (a draft opened at once is not checked with the defaults).
  let settingsReady: () => void = () => {};
  const firstSettings = new Promise<void>((r) => { settingsReady = r; });

  const log = (msg: string) => connection.console.log(`[verbatim] ${msg}`);
  const accepted = new AcceptedStore((file, problems) => {
    const uri = fileUri(file);
    if (problems.length) log(`${file}: ${problems.map((p) => `line ${p.line + 1}: ${p.message}`).join('; ')}`);
    if (!problems.length && !acceptedProblemFiles.has(uri)) return;
    if (problems.length) acceptedProblemFiles.add(uri); else acceptedProblemFiles.delete(uri);
    connection.sendDiagnostics({ uri, diagnostics: problems.map((p) => ({ range: { start: { line: p.line, character: 0 }, end: { line: p.line, character: 0 } }, severity: 2, code: 'accepted.invalid', source: 'verbatim', message: p.message })) });
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    roots = (params.workspaceFolders?.map((f) => fileURLToPath(f.uri)) ?? (params.rootUri ? [fileURLToPath(params.rootUri)] : params.rootPath ? [params.rootPath] : []));
    const caps = params.capabilities;
    canConfigure = !!caps.workspace?.configuration;
    canWatch = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canRelativeWatch = canWatch && !!caps.workspace?.didChangeWatchedFiles?.relativePatternSupport;
    canProgress = !!caps.window?.workDoneProgress;
    canApplyEdit = !!caps.workspace?.applyEdit && !!caps.workspace?.workspaceEdit?.documentChanges;
    canCreateFiles = !!caps.workspace?.workspaceEdit?.resourceOperations?.includes('create');
    hasFolders = !!caps.workspace?.workspaceFolders;
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    clientCommands = new Set(Array.isArray(init.clientCommands) ? init.clientCommands.map(String) : []);
    corpora.cacheDir = init.cacheDir === false ? undefined : typeof init.cacheDir === 'string' && init.cacheDir ? init.cacheDir : defaultCacheDir();
    if (params.initializationOptions) settings = readSettings(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        executeCommandProvider: { commands: SERVER_COMMANDS },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'verbatim', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    if (hasFolders) connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
      const removed = new Set(e.removed.map((f) => fileURLToPath(f.uri)));
      roots = [...roots.filter((r) => !removed.has(r)), ...e.added.map((f) => fileURLToPath(f.uri))];
      await refreshSettings();
      globCache.clear();
      if (!canWatch) startFsWatchers();
      recheckAll();
    });
    await refreshSettings();
    settingsReady();
    if (canWatch) await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{md,markdown,txt,jsonl,yaml,yml}' }] });
    else startFsWatchers();
  });

  // Registered before initialized, so that no change is missed; the client sends it (VS Code: synchronize.configurationSection).
  connection.onDidChangeConfiguration(async (p) => {
    if (canConfigure) await refreshSettings();
    else if (p?.settings && typeof p.settings === 'object' && 'verbatim' in p.settings) settings = readSettings((p.settings as { verbatim: unknown }).verbatim);
    globCache.clear();
    if (!canWatch) startFsWatchers();
    log('settings changed; re-checking');
    recheckAll();
  });

  /** Pulls the settings of every workspace folder (and the global ones) from the client. */
  async function refreshSettings() {
    if (!canConfigure) return;
    try {
      const items = [{ section: 'verbatim' }, ...roots.map((r) => ({ scopeUri: fileUri(r), section: 'verbatim' }))];
      const [global, ...perFolder] = await connection.workspace.getConfiguration(items);
      settings = readSettings(global);
      folderSettings.clear();
      roots.forEach((r, i) => folderSettings.set(r, readSettings(perFolder[i] ?? global)));
    } catch { /* keep the last good settings */ }
  }

  /** The workspace folder holding a path (the innermost). */
  function rootOf(path: string): string | undefined {
    return roots.filter((r) => path.startsWith(r + sep) || path === r).sort((a, b) => b.length - a.length)[0];
  }
  function settingsFor(path: string): Settings { const r = rootOf(path); return (r && folderSettings.get(r)) || settings; }

  /** Corpus entries resolved against a base folder: folders that exist; globs (only inside a workspace folder) expanded. */
  function resolveCorpus(base: string, entries: string[], globs: boolean): string[] {
    const out: string[] = [];
    for (const c of entries) {
      if (isGlob(c)) {
        if (!globs) continue;
        const key = `${base}\0${c}`;
        let dirs = globCache.get(key);
        if (!dirs) { dirs = expandFolderGlob(base, c); globCache.set(key, dirs); if (!dirs.length) log(`verbatim.corpus: "${c}" matches no folder in ${base}`); }
        out.push(...dirs);
      } else {
        const d = isAbsolute(c) ? c : join(base, c);
        if (isDir(d)) out.push(d);
      }
    }
    return [...new Set(out)];
  }

  /** Corpus folders for a draft: the setting resolved against the workspace folder holding it, else beside it. */
  function corpusDirsFor(draftPath: string): string[] {
    const dirs = findCorpusDirs(draftPath);
    watchOutside(dirs);
    return dirs;
  }

  /**
   * The '**' watcher registered in onInitialized covers the workspace folders only (VS Code reads a
   * string glob against them): a corpus outside them (a `sources` folder beside a draft outside the
   * workspace, an absolute verbatim.corpus) is watched on its own, through the client with a
   * relative pattern when it can, else with fs.watch.
   */
  function watchOutside(dirs: string[]) {
    for (const d of dirs) {
      if (watchedOutside.has(d) || rootOf(d)) continue;
      watchedOutside.add(d);
      if (canRelativeWatch) {
        void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: { baseUri: fileUri(d), pattern: '**/*.{md,markdown,txt,jsonl,yaml,yml}' } }] });
        continue;
      }
      try {
        outsideWatchers.push(watch(d, { recursive: true }, (_event, name) => {
          if (!name) { corpora.clear(); recheckAll(); return; }
          if (corpora.filesChanged([join(d, String(name))])) { for (const c of corpora.values()) publishProblems(c); recheckAll(); }
        }));
      } catch { /* not supported here */ }
    }
  }

  function findCorpusDirs(draftPath: string): string[] {
    const root = rootOf(draftPath);
    const s = settingsFor(draftPath);
    const bases = root ? [root] : ancestors(dirname(draftPath));
    for (const base of bases) {
      const dirs = resolveCorpus(base, s.corpus, !!root);
      if (dirs.length || root) return dirs;
    }
    return [];
  }

  function corpusFor(draftPath: string): Corpus | undefined {
    const dirs = corpusDirsFor(draftPath);
    if (!dirs.length) return undefined;
    const key = dirs.join('\n');
    let c = corpora.get(key);
    if (!c) {
      const started = Date.now();
      c = loadCorpora(dirs);
      corpora.set(key, c);
      log(`corpus ${dirs.join(', ')}: ${c.docs.length} files, ${c.statements.length} statements, ${c.people.persons.length} people in ${Date.now() - started} ms`);
      publishProblems(c);
    }
    return c;
  }

  function loadCorpora(dirs: string[]): Corpus {
    return corpora.cacheDir ? loadCorpusCached(dirs, corpora.cacheDir).corpus : Corpus.loadMany(dirs);
  }

  /** corpusFor, noting how long a load took for the status item. */
  function timedCorpusFor(path: string): Corpus | undefined {
    const key = corpusDirsFor(path).join('\n');
    const had = corpora.has(key);
    const started = Date.now();
    const c = corpusFor(path);
    if (c && !had) indexInfo.set(key, { ms: Date.now() - started, at: new Date().toISOString(), fromCache: false });
    return c;
  }

  /** Loads the draft's corpus if it is not loaded, with work-done progress and status notifications around it. */
  async function prepare(path: string, uri?: string): Promise<void> {
    const dirs = corpusDirsFor(path);
    if (!dirs.length) return;
    const key = dirs.join('\n');
    if (corpora.has(key)) return;
    let p = loading.get(key);
    if (!p) {
      p = (async () => {
        let progress: WorkDoneProgressServerReporter | undefined;
        if (canProgress) { try { progress = await connection.window.createWorkDoneProgress(); } catch { progress = undefined; } }
        progress?.begin('Verbatim', undefined, `Indexing ${dirs.map(rel).join(', ')}…`);
        void connection.sendNotification(STATUS, { uri, state: 'indexing', corpus: { folders: dirs.map(rel), files: 0, statements: 0, people: 0, problems: 0 } } satisfies StatusParams);
        try {
          // Built in slices off the request path: the server keeps answering while a large corpus is indexed.
          const c = await corpora.load(dirs, (p) => progress?.report(p.total ? Math.min(99, Math.round((100 * p.done) / p.total)) : 0, `${p.phase === 'indexing' ? 'Indexing' : 'Reading'} ${p.done} of ${p.total} ${p.phase === 'indexing' ? 'statements' : 'files'}`));
          publishProblems(c);
          progress?.report(`${c.docs.length} files, ${c.liveStatements} statements, ${c.people.persons.length} people`);
        } catch (e) { log(`loading the corpus ${dirs.join(', ')} failed: ${(e as Error).stack}`); }
        progress?.done();
        void connection.sendNotification(STATUS, statusFor(path, uri));
      })().finally(() => loading.delete(key));
      loading.set(key, p);
    }
    await p;
  }

  function statusFor(path: string, uri?: string): StatusParams {
    const dirs = corpusDirsFor(path);
    if (!dirs.length) {
      const s = settingsFor(path);
      return { uri, state: 'noCorpus', lastCheck, message: `No corpus folder: verbatim.corpus is ${s.corpus.map((c) => JSON.stringify(c)).join(', ')}, read against ${rootOf(path) ?? 'the folders above the draft'}.` };
    }
    const key = dirs.join('\n');
    const c = corpora.get(key);
    if (!c) return { uri, state: 'indexing', lastCheck, corpus: { folders: dirs.map(rel), files: 0, statements: 0, people: 0, problems: 0 } };
    const info = indexInfo.get(key);
    return {
      uri, state: 'ready', lastCheck,
      corpus: { folders: dirs.map(rel), files: c.docs.length, statements: c.statements.length, people: c.people.persons.length, problems: c.problems.filter((p) => p.severity !== 'information').length, indexedAt: info?.at, indexMs: info?.ms },
    };
  }

  function publishProblems(c: Corpus) {
    const byFile = new Map<string, Diagnostic[]>();
    for (const p of c.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), problemDiagnostic(p)]);
    for (const f of problemFiles) if (!byFile.has(f)) connection.sendDiagnostics({ uri: fileUri(f), diagnostics: [] });
    problemFiles.clear();
    for (const [file, diagnostics] of byFile) { problemFiles.add(file); connection.sendDiagnostics({ uri: fileUri(file), diagnostics }); }
    for (const p of c.problems) if (p.severity !== 'information') log(`${p.file}: ${p.code} ${p.message}`);
  }

  /** The folder a draft's include/exclude patterns are read against. */
  function baseOf(path: string): string | undefined {
    return rootOf(path) ?? corpusDirsFor(path).map(dirname)[0] ?? dirname(path);
  }

  /** The draft's path when a document is a draft: a file in a draft language, not a source, not excluded. */
  function draftPathOf(uri: string, languageId: string | undefined): string | undefined {
    if (!uri.startsWith('file:') || !languageId) return undefined;
    const path = fileURLToPath(uri);
    const s = settingsFor(path);
    if (!s.languages.includes(languageId)) return undefined;
    if (path.includes(`${sep}.verbatim${sep}`)) return undefined;
    if (corpusDirsFor(path).some((d) => path.startsWith(d + sep))) return undefined; // a source, not a draft
    if (!included(baseOf(path), path, s.include, s.exclude)) return undefined;
    return path;
  }
  const isDraft = (doc: TextDocument) => draftPathOf(doc.uri, doc.languageId);

  /** The path the engine reads a draft as: the language decides Markdown or plain text, not the extension. */
  const enginePath = (path: string, languageId: string) => languageId === 'markdown' ? path.replace(/(\.[^./\\]*)?$/, '.md') : path.replace(/(\.[^./\\]*)?$/, '.txt');

  function optionsFor(path: string): CheckOptions {
    const s = settingsFor(path);
    return { draftDate: s.draftDate, reportUnverified: s.reportUnverified, severity: s.severity, accepted: accepted.forDraft(rootOf(path), path) };
  }

  /** Checks a draft's text; undefined when it has no corpus or the check failed. */
  function checkText(path: string, languageId: string, text: string): { result: CheckResult; lines: LineIndex } | undefined {
    const corpus = timedCorpusFor(path);
    if (!corpus) return undefined;
    const started = Date.now();
    let result: CheckResult;
    try {
      result = checkDraft(corpus, enginePath(path, languageId), text, optionsFor(path));
    } catch (e) {
      log(`check of ${path} failed: ${(e as Error).stack}`);
      return undefined;
    }
    const ms = Date.now() - started;
    if (ms > 200) log(`slow check: ${path} (${text.length} characters) took ${ms} ms`);
    lastCheck = { uri: fileUri(path), at: new Date().toISOString(), ms, findings: result.findings.length };
    return { result, lines: new LineIndex(text) };
  }

  function check(doc: TextDocument, status = true) {
    const path = isDraft(doc);
    if (!path) {
      if (checked.delete(doc.uri)) connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      return;
    }
    const c = checkText(path, doc.languageId, doc.getText());
    if (!c) {
      checked.delete(doc.uri);
      connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      if (status) void connection.sendNotification(STATUS, statusFor(path, doc.uri));
      return;
    }
    checked.set(doc.uri, { version: doc.version, ...c });
    diskChecked.delete(doc.uri);
    connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: c.result.findings.map((f, i) => toDiagnostic(f, c.lines, i)) });
    if (status) void connection.sendNotification(STATUS, statusFor(path, doc.uri));
  }

  /** Checks a draft that is not open, from disk; returns the number of findings, or undefined when it was not checked. */
  function checkDisk(uri: string, languageId: string): number | undefined {
    const path = draftPathOf(uri, languageId);
    const text = path ? readDraft(path) : undefined;
    const c = path && text !== undefined ? checkText(path, languageId, text) : undefined;
    if (!c) {
      if (diskChecked.delete(uri)) connection.sendDiagnostics({ uri, diagnostics: [] });
      return undefined;
    }
    diskChecked.set(uri, languageId);
    connection.sendDiagnostics({ uri, diagnostics: c.result.findings.map((f, i) => toDiagnostic(f, c.lines, i)) });
    return c.result.findings.length;
  }

  /** Why a check is due; whether it runs depends on verbatim.run, read when the time comes. */
  type Reason = 'open' | 'change' | 'save' | 'recheck';
  const allowed = (uri: string, path: string, why: Reason) => {
    const run = settingsFor(path).run;
    return why === 'open' ? run !== 'manual' : why === 'change' ? run === 'onType' : why === 'save' ? run === 'onSave' : run !== 'manual' || checked.has(uri);
  };

  function schedule(doc: TextDocument, delay: number, why: Reason) {
    clearTimeout(timers.get(doc.uri));
    timers.set(doc.uri, setTimeout(() => { timers.delete(doc.uri); void checkSoon(doc.uri, why); }, delay));
  }

  /** Loads the corpus first (with progress), then checks the document as it is by then. */
  async function checkSoon(uri: string, why: Reason) {
    await firstSettings;
    const d = documents.get(uri);
    if (!d) return;
    const path = isDraft(d);
    if (!path) { check(d); return; } // clears what a former draft had
    if (!allowed(uri, path, why)) return;
    await prepare(path, uri);
    const now = documents.get(uri);
    if (now && !timers.has(uri)) check(now);
  }

  /** Re-checks what has been checked: open drafts (unless checks are manual and this one was never checked) and drafts a workspace check covered. */
  function recheckAll() {
    for (const d of documents.all()) if (d.uri.startsWith('file:')) schedule(d, 0, 'recheck');
    if (diskChecked.size) void recheckDisk();
  }

  let diskGeneration = 0;
  async function recheckDisk() {
    const generation = ++diskGeneration;
    for (const [uri, languageId] of [...diskChecked]) {
      if (generation !== diskGeneration) return;
      if (documents.get(uri)) continue;
      const path = fileURLToPath(uri);
      await prepare(path);
      checkDisk(uri, languageId);
      await new Promise((r) => setImmediate(r));
    }
  }

  documents.onDidOpen((e) => schedule(e.document, 0, 'open'));
  documents.onDidChangeContent((e) => { const p = isDraft(e.document); if (p && settingsFor(p).run === 'onType') schedule(e.document, settingsFor(p).debounce, 'change'); });
  documents.onDidSave((e) => { if (isDraft(e.document)) schedule(e.document, 0, 'save'); });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    checked.delete(uri);
    // A draft a workspace check covered keeps its findings (from the file on disk); any other is cleared.
    if (wasWorkspaceChecked.has(uri)) { setTimeout(() => { if (!documents.get(uri) && checkDisk(uri, e.document.languageId) === undefined) connection.sendDiagnostics({ uri, diagnostics: [] }); }, 0); return; }
    connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  /** The check of a document, made now if the one on hand is stale. */
  function current(uri: string): Checked | undefined {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const c = checked.get(uri);
    if (c && c.version === doc.version) return c;
    // With verbatim.run: manual, a hover or a code action does not check a draft nobody asked to check.
    if (!c && doc.uri.startsWith('file:') && settingsFor(fileURLToPath(doc.uri)).run === 'manual') return undefined;
    check(doc, false);
    return checked.get(uri);
  }

  const rel = (p: string) => { const r = roots.find((x) => p.startsWith(x + sep)); return r ? relative(r, p) : p; };

  connection.onHover(({ textDocument, position }): Hover | null => {
    const c = current(textDocument.uri);
    if (!c) return null;
    const at = c.lines.offset(position);
    const f = c.result.findings.find((x) => x.span.start <= at && at <= x.span.end);
    if (f) return { contents: findingHover(f, rel), range: c.lines.range(f.span) };
    const ok = c.result.confirmations.find((x) => x.span.start <= at && at <= x.span.end);
    if (ok) return { contents: confirmationHover(ok, rel), range: c.lines.range(ok.span) };
    const q = quoteHover(c.result.quotes, at);
    return q ? { contents: { kind: 'markdown', value: q.value }, range: c.lines.range(q.span) } : null;
  });

  connection.onDefinition(({ textDocument, position }): Location | null => {
    const c = current(textDocument.uri);
    if (!c) return null;
    const at = c.lines.offset(position);
    const hit = [...c.result.findings, ...c.result.confirmations].find((x) => x.span.start <= at && at <= x.span.end && x.citation);
    return hit?.citation ? citationLocation(hit.citation) : null;
  });

  connection.onCodeAction(({ textDocument, range, context }): CodeAction[] => {
    const c = current(textDocument.uri);
    const doc = documents.get(textDocument.uri);
    if (!c || !doc) return [];
    const s = c.lines.offset(range.start), e = c.lines.offset(range.end);
    const fixes: CodeAction[] = [], silencers: CodeAction[] = [];
    const text = doc.getText();
    const path = fileURLToPath(doc.uri);
    const root = rootOf(path);
    const acceptCommand = clientCommands.has(ACCEPT_CLIENT_COMMAND) ? ACCEPT_CLIENT_COMMAND : canApplyEdit ? ACCEPT_SERVER_COMMAND : undefined;
    c.result.findings.forEach((f, i) => {
      if (f.span.start > e || f.span.end < s) return;
      const diag = context.diagnostics.find((d) => d.code === f.code && c.lines.offset(d.range.start) === f.span.start) ?? toDiagnostic(f, c.lines, i);
      fixes.push(...fixActions(f, diag, textDocument.uri, doc.version, c.lines));
      if (doc.languageId === 'markdown') silencers.push(ignoreLineAction(f, diag, textDocument.uri, doc.version, text, c.lines));
      if (root && acceptCommand) silencers.push(acceptAction(f, diag, acceptCommand, acceptArgs(f, text, doc.uri, fileUri(root), patternPath(root, path))));
    });
    return [...fixes, ...silencers];
  });

  /** Check every draft of the workspace folders; diagnostics for each, open or not. */
  async function checkWorkspace(token?: CancellationToken, workDoneToken?: ProgressToken): Promise<CheckWorkspaceResult> {
    const started = Date.now();
    // The client's own progress token when it sent one (VS Code shows it as a cancellable notification), else one of ours.
    let progress: WorkDoneProgressReporter | undefined, own: WorkDoneProgressServerReporter | undefined;
    if (workDoneToken !== undefined) progress = connection.window.attachWorkDoneProgress(workDoneToken);
    else if (canProgress) { try { progress = own = await connection.window.createWorkDoneProgress(); } catch { progress = undefined; } }
    progress?.begin('Verbatim: checking drafts', 0, 'Finding drafts…', true);
    const cancelled = () => !!token?.isCancellationRequested || !!own?.token.isCancellationRequested;
    const files: { uri: string; languageId: string }[] = [];
    let truncated = false;
    for (const root of roots) {
      const s = folderSettings.get(root) ?? settings;
      const corpusDirs = resolveCorpus(root, s.corpus, true);
      const found = findDrafts(root, s.languages, (dir) => corpusDirs.some((d) => dir === d || dir.startsWith(d + sep)),
        (p) => !!draftPathOf(fileUri(p), languageOfFile(p)));
      truncated ||= found.truncated;
      for (const p of found.files) files.push({ uri: fileUri(p), languageId: languageOfFile(p)! });
    }
    const result: CheckWorkspaceResult = { drafts: 0, findings: 0, draftsWithFindings: 0, unreadable: 0, ms: 0, truncated, cancelled: false };
    const now = new Set(files.map((f) => f.uri));
    for (const uri of [...diskChecked.keys()]) if (!now.has(uri)) { diskChecked.delete(uri); connection.sendDiagnostics({ uri, diagnostics: [] }); }
    wasWorkspaceChecked.clear();
    for (let i = 0; i < files.length; i++) {
      if (cancelled()) { result.cancelled = true; break; }
      const { uri, languageId } = files[i];
      const path = fileURLToPath(uri);
      progress?.report(Math.round((i / files.length) * 100), `${i + 1}/${files.length} ${rel(path)}`);
      await prepare(path);
      let n: number | undefined;
      const open = documents.get(uri);
      if (open) { check(open, false); n = checked.get(uri)?.result.findings.length; } else n = checkDisk(uri, languageId);
      wasWorkspaceChecked.add(uri);
      if (n === undefined) { result.unreadable++; continue; }
      result.drafts++;
      result.findings += n;
      if (n) result.draftsWithFindings++;
      await new Promise((r) => setImmediate(r));
    }
    result.ms = Date.now() - started;
    progress?.done();
    log(`workspace check: ${result.drafts} drafts, ${result.findings} findings in ${result.ms} ms${truncated ? ' (stopped at the limit of drafts)' : ''}${result.cancelled ? ' (cancelled)' : ''}`);
    const first = files[0] && fileURLToPath(files[0].uri);
    if (first) void connection.sendNotification(STATUS, statusFor(first));
    return result;
  }

  async function rebuildIndex(): Promise<RebuildIndexResult> {
    const started = Date.now();
    corpora.clear();
    indexInfo.clear();
    globCache.clear();
    accepted.invalidate();
    const paths = documents.all().map((d) => isDraft(d)).filter((p): p is string => !!p);
    for (const uri of diskChecked.keys()) paths.push(fileURLToPath(uri));
    for (const p of paths) await prepare(p);
    const all = [...corpora.values()];
    recheckAll();
    return { corpora: all.length, files: sum(all.map((c) => c.docs.length)), statements: sum(all.map((c) => c.statements.length)), people: sum(all.map((c) => c.people.persons.length)), ms: Date.now() - started };
  }

  async function quoteSheet({ uri }: QuoteSheetParams): Promise<QuoteSheet> {
    if (typeof uri !== 'string' || !uri.startsWith('file:')) throw new ResponseError(ErrorCodes.InvalidParams, 'the quotation sheet needs the URI of a draft file');
    const path = fileURLToPath(uri);
    const doc = documents.get(uri);
    const languageId = doc?.languageId ?? languageOfFile(path) ?? 'plaintext';
    const text = doc ? doc.getText() : readDraft(path);
    if (text === undefined) throw new ResponseError(ErrorCodes.InvalidParams, `${path} cannot be read`);
    await prepare(path, uri);
    const corpus = timedCorpusFor(path);
    const epath = enginePath(path, languageId);
    const lines = new LineIndex(text);
    if (!corpus) {
      const p = proseOf(epath, text);
      const quotes = readProse(p.text, p.blocks, new People()).quotes;
      return { uri, file: rel(path), corpus: false, rows: sheetRows(text, lines, undefined, quotes, () => undefined, rel) };
    }
    const opts = optionsFor(path);
    const raw = checkDraft(corpus, epath, text, { ...opts, suppress: false });
    const directives = findDirectives(epath, text);
    const sup = directives.length ? new Suppressions(text, directives) : undefined;
    return { uri, file: rel(path), corpus: true, rows: sheetRows(text, lines, raw, raw.quotes, (f) => suppressedBy(f, text, sup, opts.accepted), rel) };
  }

  /** For clients without the verbatim.acceptFinding command: the entry added through workspace/applyEdit. */
  async function acceptThroughEdit(args: AcceptArgs): Promise<boolean> {
    const folder = typeof args?.folder === 'string' && args.folder.startsWith('file:') ? fileURLToPath(args.folder) : undefined;
    if (!folder || !roots.includes(folder)) throw new ResponseError(ErrorCodes.InvalidParams, 'accepting needs one of the workspace folders');
    const file = AcceptedStore.fileOf(folder);
    // Build on what the editor holds if an earlier accept is still unsaved there.
    const pending = accepted.pendingText(folder);
    const before = pending ?? (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    const after = addAcceptedEntry(before ?? '', { code: String(args.code), text: String(args.text), draft: args.draft, note: args.note });
    if (after === before) return true;
    if (before === undefined && !canCreateFiles) throw new ResponseError(ErrorCodes.InvalidRequest, `create ${file} first: this editor cannot create files through the language server`);
    const target = fileUri(file);
    const whole = new LineIndex(before ?? '').range({ start: 0, end: (before ?? '').length });
    const edit: WorkspaceEdit = {
      documentChanges: [
        ...(before === undefined ? [{ kind: 'create' as const, uri: target, options: { ignoreIfExists: true } }] : []),
        { textDocument: { uri: target, version: null }, edits: [{ range: whole, newText: after }] },
      ],
    };
    const r = await connection.workspace.applyEdit({ label: 'Verbatim: accept finding', edit });
    if (!r.applied) { log(`accepting in ${file} was refused: ${r.failureReason ?? 'no reason given'}`); return false; }
    accepted.pending(folder, after); // the editor may keep the edit unsaved: use it until the file on disk changes
    recheckAll();
    return true;
  }

  connection.onRequest(CHECK_WORKSPACE, (params: CheckWorkspaceParams | undefined, token: CancellationToken) => checkWorkspace(token, params?.workDoneToken));
  connection.onRequest(REBUILD_INDEX, () => rebuildIndex());
  connection.onRequest(QUOTE_SHEET, (params: QuoteSheetParams) => quoteSheet(params));
  connection.onRequest(CHECK_DOCUMENT, async ({ uri }: CheckDocumentParams) => {
    const d = documents.get(uri);
    if (!d) return false;
    const path = isDraft(d);
    if (path) await prepare(path, uri);
    check(d);
    return !!path;
  });
  connection.onNotification(ACCEPTED_CHANGED, ({ uri }: AcceptedChangedParams) => {
    const folder = typeof uri === 'string' && uri.startsWith('file:') ? dirname(dirname(fileURLToPath(uri))) : undefined;
    accepted.invalidate(folder);
    recheckAll();
  });

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command === 'verbatim.server.rebuildIndex') { await rebuildIndex(); return true; }
    if (command === 'verbatim.server.checkDocument') { const d = documents.get(String(args?.[0] ?? '')); if (d) { const p = isDraft(d); if (p) await prepare(p, d.uri); check(d); } return true; }
    if (command === 'verbatim.server.checkWorkspace') return checkWorkspace();
    if (command === ACCEPT_SERVER_COMMAND) return acceptThroughEdit(args?.[0] as AcceptArgs);
    return null;
  });

  const isAcceptedFile = (p: string) => p.endsWith(`${sep}.verbatim${sep}accepted.yaml`);

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const paths = changes.map((ch) => ({ type: ch.type, path: ch.uri.startsWith('file:') ? fileURLToPath(ch.uri) : '' }));
    const acceptedChanged = paths.filter((c) => isAcceptedFile(c.path));
    for (const c of acceptedChanged) accepted.invalidate(dirname(dirname(c.path)));
    if (paths.some((c) => c.type !== FileChangeType.Changed)) globCache.clear();
    const touched = paths.some(({ type, path: p }) => {
      if (p.includes(`${sep}.verbatim${sep}`)) return false;
      return [...corpora.keys()].some((k) => k.split('\n').some((d) => p.startsWith(d + sep))) || (type === FileChangeType.Created && /people\.ya?ml$/.test(p));
    });
    if (touched) {
      // Each changed source is taken into the loaded corpus on its own; no rebuild (but for people.yaml).
      if (corpora.filesChanged(paths.map((c) => c.path))) for (const c of corpora.values()) publishProblems(c);
      log('corpus changed; re-checking open drafts');
      recheckAll();
    }
    else if (acceptedChanged.length) { log('accepted.yaml changed; re-checking'); recheckAll(); }
  });

  function startFsWatchers() {
    // Editors without file watching (some LSP clients): watch the workspace's corpus folders, and accepted.yaml, ourselves.
    for (const w of watchers.splice(0)) w.close();
    for (const f of polled.splice(0)) unwatchFile(f);
    for (const r of roots) {
      const s = folderSettings.get(r) ?? settings;
      for (const d of resolveCorpus(r, s.corpus, true)) {
        try {
          watchers.push(watch(d, { recursive: true }, (_event, name) => {
            if (!name) { corpora.clear(); recheckAll(); return; }
            if (corpora.filesChanged([join(d, String(name))])) { for (const c of corpora.values()) publishProblems(c); recheckAll(); }
          }));
        } catch { /* not supported here */ }
      }
      const file = AcceptedStore.fileOf(r);
      watchFile(file, { interval: 250, persistent: false }, () => { accepted.invalidate(r); recheckAll(); });
      polled.push(file);
    }
  }

  connection.onShutdown(() => { for (const w of [...watchers, ...outsideWatchers]) w.close(); for (const f of polled) unwatchFile(f); for (const t of timers.values()) clearTimeout(t); });
  documents.listen(connection);
  connection.listen();
}

function readDraft(path: string): string | undefined {
  try {
    if (statSync(path).size > MAX_DRAFT_BYTES) return undefined;
    return decode(readFileSync(path)).text;
  } catch { return undefined; }
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
function isDir(p: string) { try { return statSync(p).isDirectory(); } catch { return false; } }
function ancestors(dir: string): string[] { const out: string[] = []; for (let d = dir; ; d = dirname(d)) { out.push(d); if (dirname(d) === d) break; } return out.slice(0, 6); }
