// The VS Code side of Verbatim: starts the bundled language server over IPC
// and adds commands. Everything about checking lives in the server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const output = vscode.window.createOutputChannel('Verbatim', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'markdown' }, { scheme: 'file', language: 'plaintext' }],
    synchronize: { configurationSection: 'verbatim' },
    outputChannel: output,
  };
  client = new LanguageClient('verbatim', 'Verbatim', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('verbatim.rebuildIndex', () => client?.sendRequest('workspace/executeCommand', { command: 'verbatim.server.rebuildIndex', arguments: [] })),
    vscode.commands.registerCommand('verbatim.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('verbatim.openSource', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const locations = await vscode.commands.executeCommand<vscode.Location[] | vscode.LocationLink[]>('vscode.executeDefinitionProvider', editor.document.uri, editor.selection.active);
      const first = locations?.[0];
      if (!first) { vscode.window.showInformationMessage('Verbatim: no source for the text under the cursor.'); return; }
      const uri = 'targetUri' in first ? first.targetUri : first.uri;
      const range = 'targetRange' in first ? first.targetRange : first.range;
      await vscode.window.showTextDocument(uri, { selection: range });
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
