// "Accept this quotation/fact": adds an entry to .verbatim/accepted.yaml in the draft's
// workspace folder (the only file this command writes), through a WorkspaceEdit when the file
// is open in an editor, else through workspace.fs. The server drops the matching findings.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { addAcceptedEntry } from '../../server/src/engine/suppress';
import { ACCEPTED_CHANGED, ACCEPTED_FILE, type AcceptArgs, type AcceptedChangedParams } from '../../server/src/lsp/protocol';

export async function acceptFinding(client: LanguageClient, args: AcceptArgs): Promise<boolean> {
  if (!args || typeof args.uri !== 'string' || typeof args.code !== 'string' || typeof args.text !== 'string') return false;
  const draft = vscode.Uri.parse(args.uri);
  // The folder is the one VS Code says holds the draft, not whatever the arguments name.
  const folder = vscode.workspace.getWorkspaceFolder(draft);
  if (!folder || folder.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage('Verbatim: accepted findings are kept in the workspace folder; open the draft\'s folder as a workspace first.');
    return false;
  }
  const target = vscode.Uri.joinPath(folder.uri, ...ACCEPTED_FILE.split('/'));
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  let before: string | undefined;
  if (open) before = open.getText();
  else {
    try { before = new TextDecoder().decode(await vscode.workspace.fs.readFile(target)); } catch { before = undefined; }
  }
  let after: string;
  try {
    after = addAcceptedEntry(before ?? '', { code: args.code, text: args.text, draft: args.draft, note: args.note });
  } catch (e) {
    const choice = await vscode.window.showErrorMessage(`Verbatim: ${(e as Error).message}`, 'Open accepted.yaml');
    if (choice) await vscode.window.showTextDocument(target);
    return false;
  }
  if (after === before) { void vscode.window.showInformationMessage('Verbatim: already accepted.'); return true; }
  if (open) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(target, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), after);
    if (!await vscode.workspace.applyEdit(edit)) return false;
    await open.save();
  } else {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, ACCEPTED_FILE.split('/')[0]));
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(after));
  }
  await client.sendNotification(ACCEPTED_CHANGED, { uri: target.toString() } satisfies AcceptedChangedParams);
  const what = args.code.startsWith('quote.') ? 'quotation' : 'fact';
  void vscode.window.showInformationMessage(`Verbatim: accepted this ${what} in ${ACCEPTED_FILE}${args.draft ? ` for ${args.draft}` : ''}.`, 'Open').then((c) => { if (c) void vscode.window.showTextDocument(target); });
  return true;
}
