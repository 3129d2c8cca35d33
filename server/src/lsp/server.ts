// The language server: translates between the protocol and the engine.
// Documents are synced incrementally; each open draft is re-checked after a
// short pause in typing; the corpus is reloaded when its files change.
import { existsSync, statSync, watch, type FSWatcher } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  TextDocuments, TextDocumentSyncKind, DidChangeWatchedFilesNotification, FileChangeType,
  type Connection, type Diagnostic, type InitializeParams, type InitializeResult, type CodeAction, type Hover, type Location,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../engine/corpus/corpus';
import { checkDraft, type CheckResult } from '../engine/engine';
import { LineIndex } from '../engine/text/positions';
import { VERSION } from '../engine/meta';
import { citationLocation, confirmationHover, findingHover, fileUri, fixActions, problemDiagnostic, toDiagnostic } from './convert';
import { DEFAULTS, readSettings, type Settings } from './settings';

interface Checked { version: number; result: CheckResult; lines: LineIndex }

const DRAFT_LANGUAGES = new Set(['markdown', 'plaintext']);

export function startServer(connection: Connection) {
  const documents = new TextDocuments(TextDocument);
  const checked = new Map<string, Checked>();
  const timers = new Map<string, NodeJS.Timeout>();
  const corpora = new Map<string, Corpus>();      // corpus folder -> loaded corpus
  const problemFiles = new Set<string>();         // source files we published corpus.* diagnostics on
  const watchers: FSWatcher[] = [];
  let roots: string[] = [];
  let settings: Settings = DEFAULTS;
  let canConfigure = false, canWatch = false, canProgress = false;

  const log = (msg: string) => connection.console.log(`[verbatim] ${msg}`);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    roots = (params.workspaceFolders?.map((f) => fileURLToPath(f.uri)) ?? (params.rootUri ? [fileURLToPath(params.rootUri)] : params.rootPath ? [params.rootPath] : []));
    canConfigure = !!params.capabilities.workspace?.configuration;
    canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canProgress = !!params.capabilities.window?.workDoneProgress;
    if (params.initializationOptions) settings = readSettings(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        executeCommandProvider: { commands: ['verbatim.server.rebuildIndex', 'verbatim.server.checkDocument'] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'verbatim', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    await refreshSettings();
    if (canWatch) await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{md,markdown,txt,jsonl,yaml,yml}' }] });
    else startFsWatchers();
    if (canConfigure) connection.onDidChangeConfiguration(async () => { await refreshSettings(); corpora.clear(); recheckAll(); });
  });

  async function refreshSettings() {
    if (!canConfigure) return;
    try { settings = readSettings(await connection.workspace.getConfiguration('verbatim')); } catch { /* keep the last good settings */ }
  }

  /** Corpus folders for a draft: the setting resolved against the workspace folder holding it, else beside it. */
  function corpusDirsFor(draftPath: string): string[] {
    const root = roots.filter((r) => draftPath.startsWith(r + sep) || draftPath === r).sort((a, b) => b.length - a.length)[0];
    const bases = root ? [root] : ancestors(dirname(draftPath));
    for (const base of bases) {
      const dirs = settings.corpus.map((c) => (isAbsolute(c) ? c : join(base, c))).filter((d) => isDir(d));
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
    if (dirs.length === 1) return Corpus.load(dirs[0]);
    return Corpus.loadMany(dirs);
  }

  function publishProblems(c: Corpus) {
    const byFile = new Map<string, Diagnostic[]>();
    for (const p of c.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), problemDiagnostic(p)]);
    for (const f of problemFiles) if (!byFile.has(f)) connection.sendDiagnostics({ uri: fileUri(f), diagnostics: [] });
    problemFiles.clear();
    for (const [file, diagnostics] of byFile) { problemFiles.add(file); connection.sendDiagnostics({ uri: fileUri(file), diagnostics }); }
    for (const p of c.problems) if (p.severity !== 'information') log(`${p.file}: ${p.code} ${p.message}`);
  }

  function isDraft(doc: TextDocument): string | undefined {
    if (!DRAFT_LANGUAGES.has(doc.languageId) || !doc.uri.startsWith('file:')) return undefined;
    const path = fileURLToPath(doc.uri);
    if (corpusDirsFor(path).some((d) => path.startsWith(d + sep))) return undefined; // a source, not a draft
    return path;
  }

  function check(doc: TextDocument) {
    const path = isDraft(doc);
    if (!path) return;
    const corpus = corpusFor(path);
    if (!corpus) { connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] }); return; }
    const text = doc.getText();
    const started = Date.now();
    let result: CheckResult;
    try {
      result = checkDraft(corpus, doc.languageId === 'markdown' ? path.replace(/(\.[^./\\]*)?$/, '.md') : path.replace(/(\.[^./\\]*)?$/, '.txt'), text, { draftDate: settings.draftDate, reportUnverified: settings.reportUnverified, severity: settings.severity });
    } catch (e) {
      log(`check of ${path} failed: ${(e as Error).stack}`);
      return;
    }
    const ms = Date.now() - started;
    if (ms > 200) log(`slow check: ${path} (${text.length} characters) took ${ms} ms`);
    const lines = new LineIndex(text);
    checked.set(doc.uri, { version: doc.version, result, lines });
    connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: result.findings.map((f, i) => toDiagnostic(f, lines, i)) });
  }

  function schedule(doc: TextDocument, delay: number) {
    clearTimeout(timers.get(doc.uri));
    timers.set(doc.uri, setTimeout(() => { timers.delete(doc.uri); const d = documents.get(doc.uri); if (d) check(d); }, delay));
  }

  function recheckAll() { for (const d of documents.all()) if (settings.run !== 'manual') schedule(d, 0); }

  documents.onDidOpen((e) => { if (settings.run !== 'manual') schedule(e.document, 0); });
  documents.onDidChangeContent((e) => { if (settings.run === 'onType') schedule(e.document, settings.debounce); });
  documents.onDidSave((e) => { if (settings.run === 'onSave') schedule(e.document, 0); });
  documents.onDidClose((e) => { clearTimeout(timers.get(e.document.uri)); checked.delete(e.document.uri); connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }); });

  /** The check of a document, made now if the one on hand is stale. */
  function current(uri: string): Checked | undefined {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const c = checked.get(uri);
    if (c && c.version === doc.version) return c;
    check(doc);
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
    return null;
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
    const out: CodeAction[] = [];
    c.result.findings.forEach((f, i) => {
      if (f.span.start > e || f.span.end < s || !f.fixes.length) return;
      const diag = context.diagnostics.find((d) => d.code === f.code && c.lines.offset(d.range.start) === f.span.start) ?? toDiagnostic(f, c.lines, i);
      out.push(...fixActions(f, diag, textDocument.uri, doc.version, c.lines));
    });
    return out;
  });

  connection.onExecuteCommand(({ command, arguments: args }) => {
    if (command === 'verbatim.server.rebuildIndex') { corpora.clear(); recheckAll(); return true; }
    if (command === 'verbatim.server.checkDocument') { const d = documents.get(String(args?.[0] ?? '')); if (d) check(d); return true; }
    return null;
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const touched = changes.some((ch) => {
      const p = ch.uri.startsWith('file:') ? fileURLToPath(ch.uri) : '';
      return [...corpora.keys()].some((k) => k.split('\n').some((d) => p.startsWith(d + sep))) || (ch.type === FileChangeType.Created && /people\.ya?ml$/.test(p));
    });
    if (touched) { corpora.clear(); log('corpus changed; re-checking open drafts'); recheckAll(); }
  });

  function startFsWatchers() {
    // Editors without file watching (some LSP clients): watch the workspace's corpus folders ourselves.
    for (const r of roots) for (const c of settings.corpus) {
      const d = isAbsolute(c) ? c : join(r, c);
      if (!isDir(d)) continue;
      try { watchers.push(watch(d, { recursive: true }, () => { corpora.clear(); recheckAll(); })); } catch { /* not supported here */ }
    }
  }

  connection.onShutdown(() => { for (const w of watchers) w.close(); for (const t of timers.values()) clearTimeout(t); });
  void canProgress; void resolve; void existsSync;
  documents.listen(connection);
  connection.listen();
}

function isDir(p: string) { try { return statSync(p).isDirectory(); } catch { return false; } }
function ancestors(dir: string): string[] { const out: string[] = []; for (let d = dir; ; d = dirname(d)) { out.push(d); if (dirname(d) === d) break; } return out.slice(0, 6); }
