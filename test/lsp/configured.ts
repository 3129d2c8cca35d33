// A test client that behaves more like VS Code than client.ts's plain one: it answers
// workspace/configuration (per folder), applies workspace/applyEdit, supports work-done
// progress and records Verbatim's own notifications (verbatim/status) and $/progress.
import type { ClientCapabilities, InitializeResult, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { PLAIN_CAPABILITIES, Session, uriOf } from './client';
import type { StatusParams } from '../../protocol/index';

export const VSCODE_LIKE: ClientCapabilities = {
  ...PLAIN_CAPABILITIES,
  workspace: {
    ...PLAIN_CAPABILITIES.workspace,
    configuration: true,
    applyEdit: true,
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
    didChangeConfiguration: { dynamicRegistration: false },
  },
  window: { workDoneProgress: true },
};

export interface Configured {
  s: Session;
  init: InitializeResult;
  /** verbatim/status notifications in arrival order. */
  statuses: StatusParams[];
  /** $/progress notifications in arrival order. */
  progress: { token: unknown; value: { kind: string; title?: string; message?: string; percentage?: number } }[];
  /** workspace/applyEdit requests the server made. */
  edits: WorkspaceEdit[];
  /** Settings the client answers with: by scope URI (a folder), or '' for no scope. */
  settings: Map<string, Record<string, unknown>>;
  /** Changes the settings and tells the server, as VS Code does; resolves once the server has applied them. */
  configure(settings: Record<string, unknown>, scope?: string): Promise<void>;
  /** Waits for a status notification that satisfies pred (at or after index from). */
  status(pred: (p: StatusParams) => boolean, from?: number, ms?: number): Promise<StatusParams>;
}

export async function startConfigured(
  root: string,
  opts: {
    settings?: Record<string, unknown>;
    capabilities?: ClientCapabilities;
    initializationOptions?: unknown;
    applyEdit?: (e: WorkspaceEdit) => boolean;
  } = {},
): Promise<Configured> {
  const s = new Session(root);
  const statuses: StatusParams[] = [];
  const progress: Configured['progress'] = [];
  const edits: WorkspaceEdit[] = [];
  const settings = new Map<string, Record<string, unknown>>([['', opts.settings ?? {}]]);
  const waiters: { from: number; pred: (p: StatusParams) => boolean; resolve: (p: StatusParams) => void }[] = [];
  s.conn.onNotification('verbatim/status', (p: StatusParams) => {
    statuses.push(p);
    const i = statuses.length - 1;
    for (const w of waiters.splice(0)) {
      if (i >= w.from && w.pred(p)) w.resolve(p);
      else waiters.push(w);
    }
  });
  s.conn.onNotification('$/progress', (p: Configured['progress'][number]) => {
    progress.push(p);
  });
  s.conn.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) => {
    s.serverRequests.push({ method: 'workspace/configuration', params: p });
    return p.items.map((item) => settings.get(item.scopeUri ?? '') ?? settings.get('') ?? {});
  });
  s.conn.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
    s.serverRequests.push({ method: 'workspace/applyEdit', params: p });
    edits.push(p.edit);
    return { applied: opts.applyEdit ? opts.applyEdit(p.edit) : true };
  });
  const init = await s.request<InitializeResult>('initialize', {
    processId: process.pid,
    clientInfo: { name: 'verbatim-features-test' },
    rootUri: uriOf(root),
    workspaceFolders: [{ uri: uriOf(root), name: 'ws' }],
    capabilities: opts.capabilities ?? VSCODE_LIKE,
    initializationOptions: opts.initializationOptions,
  });
  await s.conn.sendNotification('initialized', {});
  return {
    s,
    init,
    statuses,
    progress,
    edits,
    settings,
    async configure(next, scope = '') {
      const from = s.logs.length;
      settings.set(scope, next);
      await s.notify('workspace/didChangeConfiguration', { settings: null });
      // The server pulls the settings back before it applies them: wait until it says so.
      await s.log((l) => l.includes('settings changed'), from);
    },
    status(pred, from = 0, ms = 8000) {
      const i = statuses.findIndex((p, k) => k >= from && pred(p));
      if (i >= 0) return Promise.resolve(statuses[i]);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(new Error(`no matching verbatim/status in ${ms} ms; got ${JSON.stringify(statuses.slice(from))}`)),
          ms,
        );
        waiters.push({
          from,
          pred,
          resolve: (p) => {
            clearTimeout(timer);
            resolve(p);
          },
        });
      });
    },
  };
}
