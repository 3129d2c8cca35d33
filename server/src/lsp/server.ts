// The protocol layer: registers LSP handlers and converts between the protocol and the language
// service (server/src/service/), which does the work. Every handler is guarded: a bad request is
// an error response and a log line, never an exit.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressReporter,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ACCEPT_CLIENT_COMMAND,
  ACCEPT_SERVER_COMMAND,
  AcceptedChangedNotification,
  AcceptEditRequest,
  CheckDocumentRequest,
  CheckWorkspaceRequest,
  QuoteSheetRequest,
  RebuildIndexRequest,
  SourceTextRequest,
  StatusNotification,
  type AcceptArgs,
  type InitializationOptions,
} from '../../../protocol/index';
import { VERSION } from '../engine/index';
import { acceptApplied, acceptEdit } from '../service/features/acceptEdit';
import { codeActions } from '../service/features/codeActions';
import { definition } from '../service/features/definition';
import { hover } from '../service/features/hover';
import { quoteSheet } from '../service/features/quoteSheet';
import { sourceText } from '../service/features/sourceText';
import { checkWorkspace } from '../service/features/workspaceCheck';
import { nodeHost } from '../service/host';
import { configureSourceView } from '../service/source-view';
import { VerbatimService, type ProgressReporter } from '../service/service';
import { fileUri, pathOfUri } from '../service/uris';
import { WorkerChecker } from '../service/worker-checker';
import { guardNotification, guardRequest } from './guard';
import { SettingsSync } from './settingsSync';

const SOURCE_GLOB = '**/*.{md,markdown,txt,jsonl,yaml,yml,pdf,html,htm,docx,vtt,srt,eml}';
const SERVER_COMMANDS = [
  'verbatim.server.rebuildIndex',
  'verbatim.server.checkDocument',
  'verbatim.server.checkWorkspace',
  ACCEPT_SERVER_COMMAND,
];

export function startServer(connection: Connection): VerbatimService {
  const documents = new TextDocuments(TextDocument);
  const log = (msg: string) => connection.console.log(`[verbatim] ${msg}`);
  const caps = {
    watch: false,
    relativeWatch: false,
    progress: false,
    applyEdit: false,
    createFiles: false,
    folders: false,
  };
  let clientCommands = new Set<string>();
  let cacheDir: string | false | undefined;

  const progressOf = (reporter: WorkDoneProgressReporter): ProgressReporter => ({
    report(percentage, message) {
      if (percentage !== undefined && message !== undefined) reporter.report(percentage, message);
      else if (percentage !== undefined) reporter.report(percentage);
      else if (message !== undefined) reporter.report(message);
    },
    done: () => reporter.done(),
  });
  const service = new VerbatimService(
    nodeHost(log),
    documents,
    {
      publishDiagnostics: (uri, diagnostics, version) =>
        void connection.sendDiagnostics({ uri, version, diagnostics }).catch(() => undefined),
      status: (params) => void connection.sendNotification(StatusNotification, params).catch(() => undefined),
      async beginProgress(title, message) {
        if (!caps.progress) return undefined;
        const reporter = await connection.window.createWorkDoneProgress();
        reporter.begin(title, undefined, message);
        return progressOf(reporter);
      },
      watchFiles(folder) {
        if (!folder) return caps.watch;
        if (!caps.relativeWatch) return false;
        const watchers = [{ globPattern: { baseUri: fileUri(folder), pattern: SOURCE_GLOB } }];
        void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(log);
        return true;
      },
    },
    undefined,
  );
  const workerScript = checkWorkerScript();
  if (workerScript) service.checks.worker = new WorkerChecker(workerScript, log);
  const settings = new SettingsSync(connection, service);
  const guardReq = guardRequest(log);
  const guardNote = guardNotification(log);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    service.workspace.roots = folders.map(pathOfUri).filter((p): p is string => !!p);
    if (!params.workspaceFolders && !params.rootUri && typeof params.rootPath === 'string')
      service.workspace.roots = [params.rootPath];
    const c = params.capabilities ?? {};
    settings.canConfigure = !!c.workspace?.configuration;
    caps.watch = !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    caps.relativeWatch = caps.watch && !!c.workspace?.didChangeWatchedFiles?.relativePatternSupport;
    caps.progress = !!c.window?.workDoneProgress;
    caps.applyEdit = !!c.workspace?.applyEdit && !!c.workspace?.workspaceEdit?.documentChanges;
    caps.createFiles = !!c.workspace?.workspaceEdit?.resourceOperations?.includes('create');
    caps.folders = !!c.workspace?.workspaceFolders;
    service.watching.editorWatches = caps.watch;
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    configureSourceView(init);
    clientCommands = new Set(Array.isArray(init.clientCommands) ? init.clientCommands.map(String) : []);
    cacheDir =
      init.cacheDir === false ? false : typeof init.cacheDir === 'string' && init.cacheDir ? init.cacheDir : undefined;
    service.corpora.cacheDir = cacheDir === false ? undefined : (cacheDir ?? service.corpora.cacheDir);
    if (params.initializationOptions) settings.fromInitializationOptions(params.initializationOptions);
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

  connection.onInitialized(
    guardNote('initialized', async () => {
      if (caps.folders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guardNote('workspace folders', async (e) => {
            const removed = new Set(e.removed.map((f) => pathOfUri(f.uri)));
            const added = e.added.map((f) => pathOfUri(f.uri)).filter((p): p is string => !!p);
            service.workspace.roots = [...service.workspace.roots.filter((r) => !removed.has(r)), ...added];
            await settings.refresh();
            service.workspace.clearGlobs();
            service.watching.watchWorkspace();
            service.scheduler.recheckAll();
          }),
        );
      }
      await settings.refresh();
      service.scheduler.settingsArrived();
      if (caps.watch) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: SOURCE_GLOB }],
        });
      } else service.watching.watchWorkspace();
    }),
  );

  // Registered before initialized, so that no change is missed (VS Code: synchronize.configurationSection).
  connection.onDidChangeConfiguration(guardNote('configuration', (p) => settings.changed(p?.settings)));

  documents.onDidOpen((e) => guardNote('didOpen', () => service.scheduler.didOpen(e.document))());
  documents.onDidChangeContent((e) => guardNote('didChange', () => service.scheduler.didChange(e.document))());
  documents.onDidSave((e) => guardNote('didSave', () => service.scheduler.didSave(e.document))());
  documents.onDidClose((e) => guardNote('didClose', () => service.scheduler.didClose(e.document))());

  connection.onHover(guardReq('hover', ({ textDocument, position }) => hover(service, textDocument.uri, position)));
  connection.onDefinition(
    guardReq('definition', ({ textDocument, position }) => definition(service, textDocument.uri, position)),
  );
  connection.onCodeAction(
    guardReq('codeAction', ({ textDocument, range, context }) => {
      const accept = clientCommands.has(ACCEPT_CLIENT_COMMAND)
        ? ACCEPT_CLIENT_COMMAND
        : caps.applyEdit
          ? ACCEPT_SERVER_COMMAND
          : undefined;
      return codeActions(service, textDocument.uri, range, context?.diagnostics ?? [], accept);
    }),
  );

  async function runWorkspaceCheck(token?: CancellationToken, workDoneToken?: string | number) {
    // The client's own progress token when it sent one (VS Code shows it as a cancellable notification),
    // else one of ours.
    let reporter: WorkDoneProgressReporter | undefined;
    let own: WorkDoneProgressServerReporter | undefined;
    if (workDoneToken !== undefined) reporter = connection.window.attachWorkDoneProgress(workDoneToken);
    else if (caps.progress) reporter = own = await connection.window.createWorkDoneProgress().catch(() => undefined);
    reporter?.begin('Verbatim: checking drafts', 0, 'Finding drafts…', true);
    const cancelled = () => !!token?.isCancellationRequested || !!own?.token.isCancellationRequested;
    return checkWorkspace(service, reporter && progressOf(reporter), cancelled);
  }

  async function rebuildIndex() {
    const started = Date.now();
    const all = await service.rebuild();
    const sum = (f: (c: (typeof all)[number]) => number) => all.reduce((n, c) => n + f(c), 0);
    return {
      corpora: all.length,
      files: sum((c) => c.docs.length),
      statements: sum((c) => c.statements.length),
      people: sum((c) => c.people.persons.length),
      ms: Date.now() - started,
    };
  }

  /** For clients without the verbatim.acceptFinding command: the accept edit applied through workspace/applyEdit. */
  async function acceptThroughEdit(args: AcceptArgs): Promise<boolean> {
    const result = acceptEdit(service, args, caps.createFiles);
    if (!result.edit) return true;
    const applied = await connection.workspace.applyEdit({ label: 'Verbatim: accept finding', edit: result.edit });
    if (!applied.applied) {
      log(`accepting in ${result.file} was refused: ${applied.failureReason ?? 'no reason given'}`);
      return false;
    }
    acceptApplied(service, args.folder, result.edit);
    return true;
  }

  connection.onRequest(
    CheckWorkspaceRequest,
    guardReq('checkWorkspace', (params, token) => runWorkspaceCheck(token, params?.workDoneToken)),
  );
  connection.onRequest(
    RebuildIndexRequest,
    guardReq('rebuildIndex', () => rebuildIndex()),
  );
  connection.onRequest(
    QuoteSheetRequest,
    guardReq('quoteSheet', (params) => quoteSheet(service, params?.uri)),
  );
  connection.onRequest(
    CheckDocumentRequest,
    guardReq('checkDocument', (params) => service.scheduler.checkNow(String(params?.uri))),
  );
  connection.onRequest(
    SourceTextRequest,
    guardReq('sourceText', (params) => sourceText(service, params?.uri)),
  );
  connection.onRequest(
    AcceptEditRequest,
    guardReq('acceptEdit', (params) => acceptEdit(service, params, true)),
  );
  connection.onNotification(
    AcceptedChangedNotification,
    guardNote('acceptedChanged', ({ uri }) => {
      const path = pathOfUri(uri);
      service.accepted.invalidate(path ? dirname(dirname(path)) : undefined);
      service.scheduler.recheckAll();
    }),
  );

  connection.onExecuteCommand(
    guardReq('executeCommand', async ({ command, arguments: args }) => {
      if (command === 'verbatim.server.rebuildIndex') return (await rebuildIndex(), true);
      if (command === 'verbatim.server.checkDocument')
        return (await service.scheduler.checkNow(String(args?.[0] ?? '')), true);
      if (command === 'verbatim.server.checkWorkspace') return runWorkspaceCheck();
      if (command === ACCEPT_SERVER_COMMAND) return acceptThroughEdit(args?.[0] as AcceptArgs);
      return null;
    }),
  );

  const KIND = {
    [FileChangeType.Created]: 'created',
    [FileChangeType.Changed]: 'changed',
    [FileChangeType.Deleted]: 'deleted',
  } as const;
  connection.onDidChangeWatchedFiles(
    guardNote('watchedFiles', ({ changes }) => {
      service.watching.watchedFilesChanged(changes.map((c) => ({ uri: c.uri, kind: KIND[c.type] ?? 'changed' })));
    }),
  );

  connection.onShutdown(() => service.dispose());
  documents.listen(connection);
  connection.listen();
  return service;
}

/** The bundled check worker beside the bundled server (none when running from sources). */
function checkWorkerScript(): string | undefined {
  if (typeof __dirname !== 'string') return undefined;
  const script = join(__dirname, 'check-worker.cjs');
  return existsSync(script) ? script : undefined;
}
