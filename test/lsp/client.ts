// A minimal LSP client for the protocol tests: starts `node dist/server.cjs --stdio` and talks
// JSON-RPC to it the way an editor does, recording what the server publishes and asks for.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  ErrorCodes,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  InitializeResult,
  PublishDiagnosticsParams,
  Registration,
} from 'vscode-languageserver-protocol';
import { ROOT } from '../cli/run';

export const uriOf = (path: string) => pathToFileURL(path).toString();

/** A temporary workspace: a copy of examples/sources in `sources`, an empty `drafts` folder. */
export function tempWorkspace(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'verbatim-lsp-')));
  cpSync(join(ROOT, 'examples', 'sources'), join(dir, 'sources'), { recursive: true });
  mkdirSync(join(dir, 'drafts'));
  return dir;
}

export function removeWorkspace(dir: string | undefined) {
  if (dir && dir.startsWith(realpathSync(tmpdir()))) rmSync(dir, { recursive: true, force: true });
}

/** What an editor without workspace/configuration and without dynamic file-watch registration announces. */
export const PLAIN_CAPABILITIES: ClientCapabilities = {
  workspace: { workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: false } },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    publishDiagnostics: {
      relatedInformation: true,
      versionSupport: true,
      codeDescriptionSupport: true,
      dataSupport: true,
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true },
    definition: { linkSupport: false },
  },
  general: { positionEncodings: ['utf-16'] },
};

interface Waiter {
  from: number;
  uri: string;
  pred: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class Session {
  readonly conn: MessageConnection;
  readonly proc: ChildProcess;
  /** Every publishDiagnostics, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** Requests the server made of the client, by method. */
  readonly serverRequests: { method: string; params: unknown }[] = [];
  readonly registrations: Registration[] = [];
  readonly logs: string[] = [];
  stderr = '';
  exitCode: number | null | undefined;
  private waiters: Waiter[] = [];
  private logWaiters: { pred: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  private settled = 0;
  private exited: Promise<number | null>;

  constructor(readonly root: string) {
    this.proc = spawn(process.execPath, [join(ROOT, 'dist', 'server.cjs'), '--stdio'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.exited = new Promise((res) =>
      this.proc.on('exit', (code) => {
        this.exitCode = code;
        res(code);
      }),
    );
    this.proc.stderr!.on('data', (d) => {
      this.stderr += String(d);
    });
    this.conn = createMessageConnection(
      new StreamMessageReader(this.proc.stdout!),
      new StreamMessageWriter(this.proc.stdin!),
    );
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      const i = this.published.length - 1;
      this.waiters = this.waiters.filter((w) => {
        if (i >= w.from && p.uri === w.uri && w.pred(p)) {
          w.resolve(p);
          return false;
        }
        return true;
      });
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.logWaiters = this.logWaiters.filter((w) => {
        if (w.pred(p.message)) {
          w.resolve(p.message);
          return false;
        }
        return true;
      });
    });
    this.conn.onRequest('client/registerCapability', (p: { registrations: Registration[] }) => {
      this.serverRequests.push({ method: 'client/registerCapability', params: p });
      this.registrations.push(...p.registrations);
      return null;
    });
    this.conn.onRequest((method: string, params: unknown) => {
      this.serverRequests.push({ method, params });
      if (method === 'window/workDoneProgress/create') return null;
      return new ResponseError(ErrorCodes.MethodNotFound, `the test client does not handle ${method}`);
    });
    this.conn.onError(() => {
      /* the process went away; the test reports what it expected */
    });
    this.conn.listen();
  }

  /** Starts a server with the workspace folder `root` and runs initialize + initialized. */
  static async start(
    root: string,
    capabilities: ClientCapabilities = PLAIN_CAPABILITIES,
    initializationOptions?: unknown,
  ): Promise<{ s: Session; init: InitializeResult }> {
    const s = new Session(root);
    const init = await s.request<InitializeResult>('initialize', {
      processId: process.pid,
      clientInfo: { name: 'verbatim-protocol-test' },
      rootUri: uriOf(root),
      workspaceFolders: [{ uri: uriOf(root), name: 'ws' }],
      capabilities,
      initializationOptions,
    });
    await s.conn.sendNotification('initialized', {});
    return { s, init };
  }

  /** A request that fails the test instead of hanging when the server does not answer. */
  async request<R>(method: string, params: unknown, ms = 8000): Promise<R> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, rej) => {
      timer = setTimeout(() => rej(new Error(`no answer to ${method} in ${ms} ms${this.diagnosis()}`)), ms);
    });
    try {
      return await Promise.race([this.conn.sendRequest(method, params) as Promise<R>, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  notify(method: string, params: unknown) {
    return this.conn.sendNotification(method, params);
  }

  /** Index of the next publishDiagnostics, for waiting on ones sent after some action. */
  mark(): number {
    return this.published.length;
  }

  /** The first publishDiagnostics for `uri` at or after `from` that satisfies `pred`. */
  diagnostics(
    uri: string,
    pred: (p: PublishDiagnosticsParams) => boolean = () => true,
    from = 0,
    ms = 8000,
  ): Promise<PublishDiagnosticsParams> {
    const i = this.published.findIndex((p, k) => k >= from && p.uri === uri && pred(p));
    if (i >= 0) return Promise.resolve(this.published[i]);
    return new Promise((resolve, reject) => {
      const w: Waiter = {
        from,
        uri,
        pred,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((x) => x !== w);
        reject(
          new Error(
            `no matching diagnostics for ${uri} in ${ms} ms; published: ` +
              JSON.stringify(
                this.published
                  .filter((p) => p.uri === uri)
                  .map((p) => ({ version: p.version, codes: p.diagnostics.map((d) => d.code) })),
              ) +
              this.diagnosis(),
          ),
        );
      }, ms);
      this.waiters.push(w);
    });
  }

  /** The first log line from index `from` on that satisfies `pred`. */
  log(pred: (line: string) => boolean, from = 0, ms = 8000): Promise<string> {
    const had = this.logs.slice(from).find(pred);
    if (had !== undefined) return Promise.resolve(had);
    return new Promise((resolve, reject) => {
      const w = {
        pred,
        resolve: (l: string) => {
          clearTimeout(timer);
          resolve(l);
        },
      };
      const timer = setTimeout(() => {
        this.logWaiters = this.logWaiters.filter((x) => x !== w);
        reject(new Error(`no matching log line in ${ms} ms${this.diagnosis()}`));
      }, ms);
      this.logWaiters.push(w);
    });
  }

  /**
   * Waits until the server has handled everything sent so far, checks included: opens a draft of
   * its own (`dir/…`, in `languageId`) and waits for its diagnostics. Checks due run in the order
   * they were scheduled, so a check the messages before it caused would have been published first.
   */
  async settle(dir: string, text: string, languageId = 'markdown'): Promise<void> {
    const path = join(dir, `settle-${++this.settled}.${languageId === 'markdown' ? 'md' : 'txt'}`);
    const from = this.mark();
    await this.open(path, text, languageId);
    await this.diagnostics(uriOf(path), () => true, from);
    await this.notify('textDocument/didClose', { textDocument: { uri: uriOf(path) } });
  }

  open(path: string, text: string, languageId = 'markdown', version = 1) {
    return this.notify('textDocument/didOpen', { textDocument: { uri: uriOf(path), languageId, version, text } });
  }

  private diagnosis(): string {
    return (
      `${this.exitCode !== undefined ? `\nserver exited with ${this.exitCode}` : ''}` +
      `${this.stderr ? `\nstderr: ${this.stderr.slice(-2000)}` : ''}` +
      `${this.logs.length ? `\nlog: ${this.logs.slice(-10).join('\n')}` : ''}`
    );
  }

  /** Waits for the process to end, up to `ms`. */
  async waitExit(ms: number): Promise<number | null | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const r = await Promise.race([
      this.exited,
      new Promise<undefined>((res) => {
        timer = setTimeout(() => res(undefined), ms);
      }),
    ]);
    clearTimeout(timer);
    return r;
  }

  /** shutdown + exit if the server is still up; kills it if it does not go. Safe to call twice. */
  async close(): Promise<void> {
    if (this.exitCode === undefined) {
      try {
        await this.request('shutdown', null, 2000);
        await this.notify('exit', null);
      } catch {
        /* already gone or stuck */
      }
      if ((await this.waitExit(2000)) === undefined) {
        this.proc.kill('SIGKILL');
        await this.waitExit(2000);
      }
    }
    this.conn.dispose();
  }
}
