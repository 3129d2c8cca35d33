// The read-only view of a source's extracted text (a PDF, web page, Word file,
// subtitle file or email): verbatim-source URIs, whose text the language
// server gives. Go to Definition opens it at the statement; hover links run
// verbatim.showSourceText, the one command the hovers are trusted to run.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SHOW_SOURCE_TEXT, SOURCE_SCHEME, SourceTextRequest } from '../../protocol/index';

/** For the client options: hovers may run the command that opens the source view, and nothing else. */
export const sourceViewMarkdown = { isTrusted: { enabledCommands: [SHOW_SOURCE_TEXT] } };

export function registerSourceView(client: LanguageClient): vscode.Disposable {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
      const r = await client.sendRequest(SourceTextRequest, { uri: uri.toString() });
      return r?.text ?? `Verbatim has no text for ${uri.path}.`;
    },
  };
  const show = async (uri: unknown, line: unknown) => {
    if (typeof uri !== 'string' || !uri.startsWith(`${SOURCE_SCHEME}:`)) return;
    const at = new vscode.Position(typeof line === 'number' && line >= 0 ? line : 0, 0);
    await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(at, at), preview: true });
  };
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, provider),
    vscode.commands.registerCommand(SHOW_SOURCE_TEXT, show),
  );
}
