// Wires QuietTyping (quiet.ts) into VS Code: records the lines the writer types on, and
// holds back new diagnostics on those lines until a pause (language client middleware).
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { changedLines, QuietTyping } from './quiet';

export function quietTypingMiddleware(
  languages: () => string[],
  quietMs = 1000,
): { middleware: Pick<Middleware, 'handleDiagnostics'>; disposables: vscode.Disposable[] } {
  const quiet = new QuietTyping(quietMs);
  const shown = new Map<string, readonly vscode.Diagnostic[]>();
  const timers = new Map<string, NodeJS.Timeout>();
  const disposables = [
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!e.contentChanges.length || !languages().includes(e.document.languageId)) return;
      quiet.typed(
        e.document.uri.toString(),
        e.contentChanges.flatMap((c) => changedLines(c)),
      );
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      const k = d.uri.toString();
      quiet.forget(k);
      shown.delete(k);
      clearTimeout(timers.get(k));
      timers.delete(k);
    }),
    {
      dispose: () => {
        for (const t of timers.values()) clearTimeout(t);
      },
    },
  ];
  const middleware: Pick<Middleware, 'handleDiagnostics'> = {
    handleDiagnostics(uri, diagnostics, next) {
      const key = uri.toString();
      clearTimeout(timers.get(key));
      timers.delete(key);
      const cursor = vscode.window.visibleTextEditors
        .filter((ed) => ed.document.uri.toString() === key)
        .flatMap((ed) => ed.selections.map((s) => s.active.line));
      const { show, releaseIn } = quiet.filter(key, diagnostics, shown.get(key) ?? [], cursor);
      shown.set(key, show);
      next(uri, show);
      if (releaseIn !== undefined)
        timers.set(
          key,
          setTimeout(() => {
            timers.delete(key);
            middleware.handleDiagnostics!(uri, diagnostics, next);
          }, releaseIn + 20),
        );
    },
  };
  return { middleware, disposables };
}
