// The read-only view of a source's extracted text (a PDF, web page, Word file,
// subtitle file or email): verbatim-source URIs, whose text the language
// server gives. Go to Definition and hover links open it at the statement.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

const SOURCE_SCHEME = 'verbatim-source';
const SOURCE_TEXT = 'verbatim/sourceText';

export function registerSourceView(client: LanguageClient): vscode.Disposable {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
      const r = await client.sendRequest<{ text: string } | null>(SOURCE_TEXT, { uri: uri.toString() });
      return r?.text ?? `Verbatim has no text for ${uri.path}.`;
    },
  };
  return vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, provider);
}
