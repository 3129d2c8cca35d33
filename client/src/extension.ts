// The VS Code side of Verbatim: starts the bundled language server over IPC and adds the
// commands, the language status item and quiet-while-typing. Everything about checking
// lives in the server.
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { ACCEPT_CLIENT_COMMAND, STATUS, type InitializationOptions, type StatusParams } from '../../protocol/index';
import { CorpusStatus } from './status';
import { quietTypingMiddleware } from './typing';
import { registerCommands } from './commands';
import { registerSourceView, sourceViewMarkdown } from './sourceView';

let client: LanguageClient | undefined;

const DEFAULT_LANGUAGES = ['markdown', 'plaintext'];

/** Draft languages over every workspace folder (the server narrows per folder). */
function draftLanguages(): string[] {
  const all = new Set<string>();
  const scopes: (vscode.WorkspaceFolder | undefined)[] = vscode.workspace.workspaceFolders?.length
    ? [...vscode.workspace.workspaceFolders]
    : [undefined];
  for (const f of scopes)
    for (const l of vscode.workspace
      .getConfiguration('verbatim', f)
      .get<string[]>('drafts.languages', DEFAULT_LANGUAGES))
      all.add(l);
  return all.size ? [...all] : DEFAULT_LANGUAGES;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const output = vscode.window.createOutputChannel('Verbatim', { log: true });
  let languages = draftLanguages();
  const selector = () => languages.map((language) => ({ scheme: 'file', language }));
  const status = new CorpusStatus(selector());
  const quiet = quietTypingMiddleware(() => languages);
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector(),
    synchronize: { configurationSection: 'verbatim' },
    outputChannel: output,
    initializationOptions: {
      clientCommands: [ACCEPT_CLIENT_COMMAND],
      cacheDir: (context.storageUri ?? context.globalStorageUri).fsPath,
      sourceView: true,
    } satisfies InitializationOptions,
    middleware: quiet.middleware,
    markdown: sourceViewMarkdown,
  };
  client = new LanguageClient('verbatim', 'Verbatim', serverOptions, clientOptions);
  const c = client;
  context.subscriptions.push(
    output,
    status,
    ...quiet.disposables,
    ...registerCommands(c, output),
    registerSourceView(c),
  );
  context.subscriptions.push(
    c.onNotification(STATUS, (p: StatusParams) => status.update(p)),
    vscode.workspace.onDidCloseTextDocument((d) => status.forget(d.uri.toString())),
    // Trusting the workspace makes its own verbatim.corpus count: have the server read the settings again.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void c.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    }),
    // A new draft language needs a new document selector, which only a restart of the client gives.
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('verbatim.drafts.languages')) return;
      const now = draftLanguages();
      if (now.every((l) => languages.includes(l))) return;
      languages = now;
      c.clientOptions.documentSelector = selector();
      output.info(`draft languages are now ${now.join(', ')}; restarting the language server`);
      await c.restart();
    }),
  );
  await c.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
