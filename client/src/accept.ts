// "Accept this quotation/fact": asks the server for the edit that adds an entry to
// .verbatim/accepted.yaml in the draft's workspace folder (the only file this command writes),
// applies it, saves the file and tells the server. The server builds the same edit for every
// editor; this side only decides the folder and applies.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ACCEPTED_FILE, AcceptedChangedNotification, AcceptEditRequest, type AcceptArgs } from '../../protocol/index';

export async function acceptFinding(client: LanguageClient, args: AcceptArgs): Promise<boolean> {
  if (!args || typeof args.uri !== 'string' || typeof args.code !== 'string' || typeof args.text !== 'string')
    return false;
  const draft = vscode.Uri.parse(args.uri);
  // The folder is the one VS Code says holds the draft, not whatever the arguments name.
  const folder = vscode.workspace.getWorkspaceFolder(draft);
  if (!folder || folder.uri.scheme !== 'file') {
    const msg =
      "Verbatim: accepted findings are kept in the workspace folder; open the draft's folder as a workspace first.";
    void vscode.window.showWarningMessage(msg);
    return false;
  }
  const target = vscode.Uri.joinPath(folder.uri, ...ACCEPTED_FILE.split('/'));
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  let result;
  try {
    const params = { ...args, folder: folder.uri.toString(), acceptedText: open?.getText() };
    result = await client.sendRequest(AcceptEditRequest, params);
  } catch (e) {
    const choice = await vscode.window.showErrorMessage(`Verbatim: ${(e as Error).message}`, 'Open accepted.yaml');
    if (choice) await vscode.window.showTextDocument(target);
    return false;
  }
  if (result.alreadyAccepted || !result.edit) {
    void vscode.window.showInformationMessage('Verbatim: already accepted.');
    return true;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  const edited = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  if (edited?.isDirty) await edited.save();
  await client.sendNotification(AcceptedChangedNotification, { uri: target.toString() });
  const what = args.code.startsWith('quote.') ? 'quotation' : 'fact';
  const where = `${ACCEPTED_FILE}${args.draft ? ` for ${args.draft}` : ''}`;
  void vscode.window.showInformationMessage(`Verbatim: accepted this ${what} in ${where}.`, 'Open').then((c) => {
    if (c) void vscode.window.showTextDocument(target);
  });
  return true;
}
