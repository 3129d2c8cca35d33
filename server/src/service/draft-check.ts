// Checking one draft for the editor: in process for an ordinary draft, in the check worker for a
// long one (or one whose last check was slow), so that hovers, code actions and typing are
// answered meanwhile. Either way the editor checks at most MAX_CHECKED_CHARS of a draft and
// within CHECK_BUDGET_MS, and says what it skipped; a newer edit cancels a check in the worker.
import type { StatusParams } from '../../../protocol/index';
import { checkDraft, LineIndex, type AcceptedEntry, type CheckOptions, type Corpus } from '../engine/index';
import type { ServiceHost } from './host';
import type { CheckSummary, Checked } from './types';
import { fileUri } from './uris';
import type { WorkerChecker } from './worker-checker';
import { enginePath } from './workspace';

/** A check stops after this long and publishes what it has, saying what it skipped. */
export const CHECK_BUDGET_MS = 2000;
/**
 * The editor checks this much of a draft (four times a long feature); beyond it, up to the paragraph
 * boundary before it, the draft is not checked, and a note says so. Keeps one huge paste from
 * holding the server for minutes.
 */
export const MAX_CHECKED_CHARS = 200_000;
/** Drafts this long, or whose last check took SLOW_CHECK_MS, are checked in the worker when there is one. */
export const WORKER_MIN_CHARS = 10_000;
export const SLOW_CHECK_MS = 250;

/** The part of a long text that is checked: whole paragraphs up to MAX_CHECKED_CHARS. */
export function checkedPrefix(text: string, max = MAX_CHECKED_CHARS): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const cut = Math.max(head.lastIndexOf('\n\n'), head.lastIndexOf('\r\n\r\n'));
  if (cut > max / 2) return head.slice(0, cut);
  const line = head.lastIndexOf('\n');
  return line > max / 2 ? head.slice(0, line) : head;
}

/** What checking needs of the service (VerbatimService is one). */
export interface DraftCheckHost {
  readonly host: ServiceHost;
  lastCheck: StatusParams['lastCheck'];
  corpusFor(path: string): Corpus | undefined;
  corpusDirsFor(path: string): string[];
  cacheDir(): string | undefined;
  optionsFor(path: string): Omit<CheckOptions, 'shouldStop'> & { accepted: AcceptedEntry[] };
  log(message: string): void;
}

export interface DraftToCheck {
  uri?: string;
  path: string;
  languageId: string;
  text: string;
  version: number;
}

export class DraftChecks {
  worker: WorkerChecker | undefined;
  private readonly inWorker = new Map<string, number>();
  private readonly slow = new Set<string>();

  constructor(private readonly service: DraftCheckHost) {}

  /** Whether a draft's check goes to the worker. */
  wantsWorker(draft: DraftToCheck): boolean {
    if (!this.worker || !draft.uri) return false;
    return draft.text.length >= WORKER_MIN_CHARS || this.slow.has(draft.uri);
  }

  /** A check in process, now; undefined when the draft's corpus is not loaded or the check failed. */
  checkHere(draft: DraftToCheck): Checked | undefined {
    const corpus = this.service.corpusFor(draft.path);
    if (!corpus) return undefined;
    const clock = this.service.host.clock;
    const started = clock.now();
    const checked = checkedPrefix(draft.text);
    let summary: CheckSummary;
    try {
      const shouldStop = () => clock.now() - started > CHECK_BUDGET_MS;
      const options = { ...this.service.optionsFor(draft.path), shouldStop };
      summary = checkDraft(corpus, enginePath(draft.path, draft.languageId), checked, options);
    } catch (e) {
      this.service.log(`check of ${draft.path} failed: ${(e as Error).stack}`);
      return undefined;
    }
    const ms = clock.now() - started;
    if (draft.uri && ms > SLOW_CHECK_MS) this.slow.add(draft.uri);
    else if (draft.uri) this.slow.delete(draft.uri);
    return this.finish(draft, checked.length, summary, ms);
  }

  /** A check in the worker; 'cancelled' when a newer edit stopped it. */
  async checkInWorker(draft: DraftToCheck): Promise<Checked | undefined | 'cancelled'> {
    const worker = this.worker;
    const uri = draft.uri;
    const dirs = this.service.corpusDirsFor(draft.path);
    if (!worker || !uri || !dirs.length || !this.service.corpusFor(draft.path)) return this.checkHere(draft);
    this.cancel(uri);
    const started = this.service.host.clock.now();
    const checked = checkedPrefix(draft.text);
    const request = {
      dirs,
      cacheDir: this.service.cacheDir(),
      path: enginePath(draft.path, draft.languageId),
      text: checked,
      options: this.service.optionsFor(draft.path),
      budgetMs: CHECK_BUDGET_MS,
    };
    const { id, done } = worker.check(request);
    this.inWorker.set(uri, id);
    const summary = await done;
    const current = this.inWorker.get(uri) === id;
    if (current) this.inWorker.delete(uri);
    if (!summary) return current ? undefined : 'cancelled';
    return this.finish(draft, checked.length, summary, this.service.host.clock.now() - started);
  }

  /** A newer edit: stop the worker's check of this draft. */
  cancel(uri: string): void {
    const id = this.inWorker.get(uri);
    if (id === undefined) return;
    this.inWorker.delete(uri);
    this.worker?.cancelCheck(id);
  }

  private finish(draft: DraftToCheck, checkedLength: number, summary: CheckSummary, ms: number): Checked {
    let result = summary;
    const { text, path } = draft;
    if (checkedLength < text.length) {
      const rest = `the last ${text.length - checkedLength} of ${text.length} characters`;
      result = { ...result, skipped: result.skipped ? `${result.skipped}; ${rest}` : rest };
    }
    if (ms > 200) this.service.log(`slow check: ${path} (${text.length} characters) took ${ms} ms`);
    if (result.skipped) this.service.log(`check of ${path} stopped after ${ms} ms; not checked: ${result.skipped}`);
    const at = new Date().toISOString();
    this.service.lastCheck = { uri: fileUri(path), at, ms, findings: result.findings.length };
    if (result.skipped) this.service.lastCheck.skipped = result.skipped;
    return { version: draft.version, result, lines: new LineIndex(text) };
  }
}
