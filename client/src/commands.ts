// The commands of the palette (contributes.commands in package.json) and the accept command
// behind a quick fix. Each asks the server through Verbatim's own requests (protocol/index.ts).
import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import {
  ACCEPT_CLIENT_COMMAND,
  CHECK_DOCUMENT,
  CHECK_WORKSPACE,
  REBUILD_INDEX,
  type AcceptArgs,
  type CheckDocumentParams,
  type CheckWorkspaceParams,
  type CheckWorkspaceResult,
  type RebuildIndexResult,
} from '../../protocol/index';
import { showQuoteSheet } from './quoteSheet';
import { acceptFinding } from './accept';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function registerCommands(client: LanguageClient, output: vscode.LogOutputChannel): vscode.Disposable[] {
  const failed = (what: string) => (e: unknown) => {
    output.error(`${what}: ${(e as Error).message}`);
    void vscode.window.showErrorMessage(`Verbatim: ${what} failed: ${(e as Error).message}`);
  };
  return [
    vscode.commands.registerCommand('verbatim.checkWorkspace', async () => {
      try {
        const r = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: 'Verbatim', cancellable: true },
          async (progress, cancel) => {
            // The server reports on this token ("3/12 drafts/story.md"); cancelling cancels the request.
            const workDoneToken = `verbatim-check-workspace-${Date.now()}`;
            let done = 0;
            const sub = client.onProgress(WorkDoneProgress.type, workDoneToken, (v) => {
              if (v.kind === 'end') return;
              const increment = v.percentage !== undefined ? v.percentage - done : undefined;
              if (v.percentage !== undefined) done = v.percentage;
              progress.report({ message: v.message, increment });
            });
            try {
              return await client.sendRequest<CheckWorkspaceResult>(
                CHECK_WORKSPACE,
                { workDoneToken } satisfies CheckWorkspaceParams,
                cancel,
              );
            } finally {
              sub.dispose();
            }
          },
        );
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        const msg =
          `Verbatim checked ${plural(r.drafts, 'draft')}: ${plural(r.findings, 'finding')} ` +
          `in ${plural(r.draftsWithFindings, 'draft')}` +
          (r.unreadable ? `; ${r.unreadable} not checked (unreadable or without a corpus)` : '') +
          (r.truncated ? '; stopped at the limit of drafts' : '') +
          `${r.cancelled ? ' (cancelled)' : ''}.`;
        void vscode.window.showInformationMessage(msg);
      } catch (e) {
        failed('checking the workspace')(e);
      }
    }),
    vscode.commands.registerCommand('verbatim.checkDocument', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return;
      try {
        const ok = await client.sendRequest<boolean>(CHECK_DOCUMENT, {
          uri: doc.uri.toString(),
        } satisfies CheckDocumentParams);
        if (!ok)
          void vscode.window.showInformationMessage(
            'Verbatim: this file is not a draft (see the verbatim.drafts.* and verbatim.exclude settings) ' +
              'or is a source.',
          );
      } catch (e) {
        failed('checking the draft')(e);
      }
    }),
    vscode.commands.registerCommand('verbatim.rebuildIndex', async () => {
      try {
        const r = await client.sendRequest<RebuildIndexResult>(REBUILD_INDEX, {});
        void vscode.window.setStatusBarMessage(
          `Verbatim: indexed ${plural(r.files, 'file')}, ${plural(r.statements, 'statement')}, ` +
            `${plural(r.people, 'person', 'people')} in ${r.ms} ms`,
          5000,
        );
      } catch (e) {
        failed('rebuilding the index')(e);
      }
    }),
    vscode.commands.registerCommand('verbatim.showQuoteSheet', () => showQuoteSheet(client, output)),
    vscode.commands.registerCommand('verbatim.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('verbatim.openSource', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const locations = await vscode.commands.executeCommand<vscode.Location[] | vscode.LocationLink[]>(
        'vscode.executeDefinitionProvider',
        editor.document.uri,
        editor.selection.active,
      );
      const first = locations?.[0];
      if (!first) {
        void vscode.window.showInformationMessage('Verbatim: no source for the text under the cursor.');
        return;
      }
      const uri = 'targetUri' in first ? first.targetUri : first.uri;
      const range = 'targetRange' in first ? first.targetRange : first.range;
      await vscode.window.showTextDocument(uri, { selection: range, viewColumn: vscode.ViewColumn.Beside });
    }),
    vscode.commands.registerCommand(ACCEPT_CLIENT_COMMAND, (args: AcceptArgs) =>
      acceptFinding(client, args).catch(failed('accepting the finding')),
    ),
  ];
}
