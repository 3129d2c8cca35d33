// Verbatim's own messages between the language server and its clients (beyond LSP itself), typed
// as RequestType / NotificationType pairs. The server (server/src/lsp/) and the VS Code client
// (client/src/) both import this folder and nothing else of each other; other editors can send the
// same method names. This file imports no engine code, so that the client bundle holds none.
import { NotificationType, RequestType, RequestType0 } from 'vscode-jsonrpc';
import type { WorkspaceEdit } from 'vscode-languageserver-types';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

/** The corpus and the last check, for a status item. */
export interface StatusParams {
  /** The draft this is about (the one just checked, or whose corpus is being indexed). */
  uri?: string;
  /** indexing: the corpus is being read; ready: checks run; noCorpus: no corpus folder found for the draft. */
  state: 'indexing' | 'ready' | 'noCorpus';
  corpus?: {
    folders: string[];
    files: number;
    statements: number;
    people: number;
    /** corpus.* problems other than notes (information). */
    problems: number;
    /** When the index was built (ISO time) and how long it took. */
    indexedAt?: string;
    indexMs?: number;
  };
  lastCheck?: { uri: string; at: string; ms: number; findings: number; skipped?: string };
  /** In words, for a tooltip (what is missing, what to set). */
  message?: string;
}
/** Notification, server -> client. */
export const STATUS = 'verbatim/status';
export const StatusNotification = new NotificationType<StatusParams>(STATUS);

/** workDoneToken: report progress on the client's token (created by the client); cancel the request to stop. */
export interface CheckWorkspaceParams {
  workDoneToken?: string | number;
}
export interface CheckWorkspaceResult {
  drafts: number;
  findings: number;
  draftsWithFindings: number;
  unreadable: number;
  ms: number;
  truncated: boolean;
  cancelled: boolean;
}
/** Request, client -> server: check every draft in the workspace folders; diagnostics are published for each. */
export const CHECK_WORKSPACE = 'verbatim/checkWorkspace';
export const CheckWorkspaceRequest = new RequestType<CheckWorkspaceParams | undefined, CheckWorkspaceResult, void>(
  CHECK_WORKSPACE,
);

export interface RebuildIndexResult {
  corpora: number;
  files: number;
  statements: number;
  people: number;
  ms: number;
}
/** Request, client -> server: re-read every corpus, then re-check. */
export const REBUILD_INDEX = 'verbatim/rebuildIndex';
export const RebuildIndexRequest = new RequestType0<RebuildIndexResult, void>(REBUILD_INDEX);

export interface CheckDocumentParams {
  uri: string;
}
/** Request, client -> server: check one draft now (for `verbatim.run`: manual); false when it is not a draft. */
export const CHECK_DOCUMENT = 'verbatim/checkDocument';
export const CheckDocumentRequest = new RequestType<CheckDocumentParams, boolean, void>(CHECK_DOCUMENT);

export interface QuoteSheetParams {
  uri: string;
}
export interface QuoteSheetRow {
  /** The quotation's words in the draft, and where. */
  text: string;
  range: Range;
  speakerAsWritten?: string;
  /**
   * Who the attribution resolves to: a person's full name or an organization; absent when the draft does not say or is
   * unclear.
   */
  speaker?: string;
  /** Whether the corpus knows the resolved speaker. */
  speakerInCorpus?: boolean;
  /** direct, partial, title (a work, a slogan), scare (a word held at a distance), question (a reporter's). */
  kind?: 'direct' | 'partial' | 'title' | 'scare' | 'question';
  /** Inside another quotation (a speaker quoting someone); not checked on its own. */
  nested?: boolean;
  /** verified, misattributed, altered, unverified, ignored (a comment), accepted (accepted.yaml) or not checked. */
  status: 'verified' | 'misattributed' | 'altered' | 'unverified' | 'ignored' | 'accepted' | 'not checked';
  /** For ignored and accepted: the finding behind them. */
  code?: string;
  message?: string;
  source?: { uri: string; range: Range; label: string; speaker?: string; date?: string; words: string };
}
export interface QuoteSheet {
  uri: string;
  file: string;
  corpus: boolean;
  rows: QuoteSheetRow[];
}
/** Request, client -> server: the quotation sheet of a draft. */
export const QUOTE_SHEET = 'verbatim/quoteSheet';
export const QuoteSheetRequest = new RequestType<QuoteSheetParams, QuoteSheet, void>(QUOTE_SHEET);

export interface AcceptedChangedParams {
  uri: string;
}
/** Notification, client -> server: the client edited an accepted.yaml (read it again now). */
export const ACCEPTED_CHANGED = 'verbatim/acceptedChanged';
export const AcceptedChangedNotification = new NotificationType<AcceptedChangedParams>(ACCEPTED_CHANGED);

/** The client command behind the "Accept this quotation/fact" quick fix (announced in clientCommands). */
export const ACCEPT_CLIENT_COMMAND = 'verbatim.acceptFinding';
/** The same done by the server through workspace/applyEdit, for clients without that command. */
export const ACCEPT_SERVER_COMMAND = 'verbatim.server.acceptFinding';
export interface AcceptArgs {
  /** The draft the finding is in. */
  uri: string;
  /** The workspace folder whose .verbatim/accepted.yaml gets the entry. */
  folder: string;
  code: string;
  text: string;
  /** Path of the draft relative to the folder (only for facts, which are accepted in one draft). */
  draft?: string;
  note?: string;
}

export interface AcceptEditParams extends AcceptArgs {
  /** What the editor holds for accepted.yaml when it is open there (maybe unsaved); else the file is read. */
  acceptedText?: string;
}
export interface AcceptEditResult {
  /** The accepted list's URI. */
  file: string;
  /** The edit that adds the entry (creating the file if needed); absent when the entry is already there. */
  edit?: WorkspaceEdit;
  alreadyAccepted: boolean;
}
/**
 * Request, client -> server: the WorkspaceEdit that adds a finding to the folder's accepted list. The
 * client applies it (the server builds the same edit for its own workspace/applyEdit command).
 */
export const ACCEPT_EDIT = 'verbatim/acceptEdit';
export const AcceptEditRequest = new RequestType<AcceptEditParams, AcceptEditResult, void>(ACCEPT_EDIT);

/**
 * Options a client passes in initialize's initializationOptions (besides settings, for clients without
 * workspace/configuration).
 */
export interface InitializationOptions {
  /** Commands the client runs itself, e.g. verbatim.acceptFinding. */
  clientCommands?: string[];
  /** Folder for the on-disk corpus cache (VS Code: the extension's storage); false for none. */
  cacheDir?: string | false;
  /** The client shows verbatim-source URIs (the extracted text of PDFs and other formats; SourceTextRequest). */
  sourceView?: boolean;
}

/** Where accepted findings are kept, relative to a workspace folder. */
export const ACCEPTED_FILE = '.verbatim/accepted.yaml';

/** URI scheme of the read-only view of a source's extracted text (a PDF, web page, Word file, subtitles, email). */
export const SOURCE_SCHEME = 'verbatim-source';
/** Client command opening the source view at a line (VS Code hovers link only some schemes, and trusted commands). */
export const SHOW_SOURCE_TEXT = 'verbatim.showSourceText';
export interface SourceTextParams {
  uri: string;
}
export interface SourceTextResult {
  text: string;
}
/** Request: the extracted text behind a verbatim-source URI (null when it names no such source). */
export const SOURCE_TEXT = 'verbatim/sourceText';
export const SourceTextRequest = new RequestType<SourceTextParams, SourceTextResult | null, void>(SOURCE_TEXT);
