// "Accept this quotation/fact": the WorkspaceEdit that adds an entry to a workspace folder's
// .verbatim/accepted.yaml (creating it if needed). Every editor gets the same edit: VS Code asks
// for it (verbatim/acceptEdit) and applies it; other editors run the server's command, which
// applies it through workspace/applyEdit.
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import type { AcceptEditParams, AcceptEditResult } from '../../../../protocol/index';
import { addAcceptedEntry, LineIndex } from '../../engine/index';
import { AcceptedStore } from '../accepted';
import type { VerbatimService } from '../service';
import { fileUri, pathOfUri } from '../uris';
import { ServiceError } from './errors';

/** The longest text or note an entry takes (a quotation is at most a paragraph). */
const MAX_ENTRY_TEXT = 10_000;

export function acceptEdit(
  service: VerbatimService,
  params: AcceptEditParams,
  canCreateFiles: boolean,
): AcceptEditResult {
  const folder = pathOfUri(params?.folder);
  if (!folder || !service.workspace.roots.includes(folder)) {
    throw new ServiceError('invalidParams', 'accepting needs one of the workspace folders');
  }
  if (typeof params.code !== 'string' || typeof params.text !== 'string' || params.text.length > MAX_ENTRY_TEXT) {
    throw new ServiceError('invalidParams', 'accepting needs a finding code and its text');
  }
  const file = AcceptedStore.fileOf(folder);
  const target = fileUri(file);
  let before: string | undefined;
  if (typeof params.acceptedText === 'string') before = params.acceptedText;
  else {
    // Build on what the editor holds if an earlier accept is still unsaved there.
    try {
      before = service.accepted.pendingText(folder) ?? service.accepted.readText(folder);
    } catch (e) {
      throw new ServiceError('invalidRequest', `${file} cannot be read: ${(e as Error).message}`);
    }
  }
  const entry = {
    code: params.code,
    text: params.text,
    draft: typeof params.draft === 'string' ? params.draft : undefined,
    note: typeof params.note === 'string' ? params.note.slice(0, MAX_ENTRY_TEXT) : undefined,
  };
  let after: string;
  try {
    after = addAcceptedEntry(before ?? '', entry);
  } catch (e) {
    throw new ServiceError('invalidRequest', (e as Error).message);
  }
  if (after === before) return { file: target, alreadyAccepted: true };
  if (before === undefined && !canCreateFiles) {
    throw new ServiceError(
      'invalidRequest',
      `create ${file} first: this editor cannot create files through the language server`,
    );
  }
  const whole = new LineIndex(before ?? '').range({ start: 0, end: (before ?? '').length });
  const edit: WorkspaceEdit = {
    documentChanges: [
      ...(before === undefined ? [{ kind: 'create' as const, uri: target, options: { ignoreIfExists: true } }] : []),
      { textDocument: { uri: target, version: null }, edits: [{ range: whole, newText: after }] },
    ],
  };
  return { file: target, edit, alreadyAccepted: false };
}

/** After the editor applied an accept edit: use its text until the file on disk changes, and re-check. */
export function acceptApplied(service: VerbatimService, folderUri: string, edit: WorkspaceEdit | undefined): void {
  const folder = pathOfUri(folderUri);
  const change = edit?.documentChanges?.find((c) => 'edits' in c);
  const first = change && 'edits' in change ? change.edits[0] : undefined;
  const text = first && 'newText' in first ? first.newText : undefined;
  if (folder && text !== undefined) service.accepted.pending(folder, text);
  else if (folder) service.accepted.invalidate(folder);
  service.scheduler.recheckAll();
}
