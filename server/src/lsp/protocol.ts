// Verbatim's own messages between the language server and its clients (beyond LSP itself).
// The VS Code client imports these names and shapes; other editors can use them too.
import type { Range } from '../engine/types';

/** Notification, server -> client: the corpus and the last check, for a status item. */
export const STATUS = 'verbatim/status';
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
  lastCheck?: { uri: string; at: string; ms: number; findings: number };
  /** In words, for a tooltip (what is missing, what to set). */
  message?: string;
}

/** Request, client -> server: check every draft in the workspace folders; diagnostics are published for each. */
export const CHECK_WORKSPACE = 'verbatim/checkWorkspace';
/** workDoneToken: report progress on the client's token (created by the client); cancel the request to stop. */
export interface CheckWorkspaceParams { workDoneToken?: string | number }
export interface CheckWorkspaceResult { drafts: number; findings: number; draftsWithFindings: number; unreadable: number; ms: number; truncated: boolean; cancelled: boolean }

/** Request, client -> server: re-read every corpus, then re-check. */
export const REBUILD_INDEX = 'verbatim/rebuildIndex';
export interface RebuildIndexResult { corpora: number; files: number; statements: number; people: number; ms: number }

/** Request, client -> server: check one draft now (for `verbatim.run`: manual). */
export const CHECK_DOCUMENT = 'verbatim/checkDocument';
export interface CheckDocumentParams { uri: string }

/** Request, client -> server: the quotation sheet of a draft. */
export const QUOTE_SHEET = 'verbatim/quoteSheet';
export interface QuoteSheetParams { uri: string }
export interface QuoteSheetRow {
  /** The quotation's words in the draft, and where. */
  text: string;
  range: Range;
  speakerAsWritten?: string;
  /** Who the attribution resolves to: a person's full name or an organization; absent when the draft does not say or is unclear. */
  speaker?: string;
  /** Whether the corpus knows the resolved speaker. */
  speakerInCorpus?: boolean;
  /** direct, partial, title (a work, a slogan), scare (a word held at a distance), question (a reporter's). */
  kind?: 'direct' | 'partial' | 'title' | 'scare' | 'question';
  /** Inside another quotation (a speaker quoting someone); not checked on its own. */
  nested?: boolean;
  /** verified, misattributed, altered, unverified, ignored (a comment), accepted (accepted.yaml) or not checked (no corpus). */
  status: 'verified' | 'misattributed' | 'altered' | 'unverified' | 'ignored' | 'accepted' | 'not checked';
  /** For ignored and accepted: the finding behind them. */
  code?: string;
  message?: string;
  source?: { uri: string; range: Range; label: string; speaker?: string; date?: string; words: string };
}
export interface QuoteSheet { uri: string; file: string; corpus: boolean; rows: QuoteSheetRow[] }

/** Notification, client -> server: the client edited an accepted.yaml (read it again now, not when the watcher says so). */
export const ACCEPTED_CHANGED = 'verbatim/acceptedChanged';
export interface AcceptedChangedParams { uri: string }

/** The client command behind the "Accept this quotation/fact" quick fix (a client that announces it in initializationOptions.clientCommands). */
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

/** Options a client passes in initialize's initializationOptions (besides settings, for clients without workspace/configuration). */
export interface InitializationOptions {
  /** Commands the client runs itself, e.g. verbatim.acceptFinding. */
  clientCommands?: string[];
  /** Folder for the on-disk corpus cache (VS Code: the extension's storage); false for none. Default ~/.cache/verbatim. */
  cacheDir?: string | false;
}

/** Where accepted findings are kept, relative to a workspace folder. */
export const ACCEPTED_FILE = '.verbatim/accepted.yaml';
