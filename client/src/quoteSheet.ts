// The quotation sheet of a draft in a webview: every quotation with its status, the speaker
// as written, the person it resolves to and a link that opens the source at the statement.
// Data from the server's verbatim/quoteSheet request; refreshed when the draft's diagnostics change.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { QUOTE_SHEET, type QuoteSheet, type QuoteSheetParams } from '../../protocol/index';
import type { Range } from '../../protocol/index';

const panels = new Map<string, SheetPanel>();

export async function showQuoteSheet(client: LanguageClient, log: vscode.LogOutputChannel): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.scheme !== 'file') {
    void vscode.window.showInformationMessage('Verbatim: open a draft to see its quotation sheet.');
    return;
  }
  const uri = editor.document.uri.toString();
  const panel = panels.get(uri) ?? new SheetPanel(client, editor.document.uri, log);
  panels.set(uri, panel);
  panel.reveal();
  await panel.refresh();
}

class SheetPanel {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private sheet: QuoteSheet | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private client: LanguageClient,
    private draft: vscode.Uri,
    private log: vscode.LogOutputChannel,
  ) {
    this.panel = vscode.window.createWebviewPanel(
      'verbatim.quoteSheet',
      `Quotations: ${basename(draft.path)}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [], retainContextWhenHidden: false },
    );
    this.panel.webview.onDidReceiveMessage((m) => this.onMessage(m), undefined, this.disposables);
    this.panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    vscode.languages.onDidChangeDiagnostics(
      (e) => {
        if (e.uris.some((u) => u.toString() === this.draft.toString())) {
          clearTimeout(this.timer);
          this.timer = setTimeout(() => void this.refresh(), 300);
        }
      },
      undefined,
      this.disposables,
    );
  }

  reveal() {
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  async refresh() {
    try {
      this.sheet = await this.client.sendRequest<QuoteSheet>(QUOTE_SHEET, {
        uri: this.draft.toString(),
      } satisfies QuoteSheetParams);
      this.panel.webview.html = render(this.sheet, this.panel.webview.cspSource);
    } catch (e) {
      this.log.error(`quotation sheet of ${this.draft.fsPath}: ${(e as Error).message}`);
      this.panel.webview.html = page(
        this.panel.webview.cspSource,
        nonce(),
        `<p>The quotation sheet could not be made: ${esc((e as Error).message)}</p>`,
      );
    }
  }

  /** Only locations the sheet itself holds are opened: the draft's quotations and the cited sources. */
  private async onMessage(m: unknown) {
    const msg = m as { type?: string; row?: number; target?: 'draft' | 'source' };
    if (msg?.type === 'refresh') {
      await this.refresh();
      return;
    }
    if (msg?.type !== 'open' || typeof msg.row !== 'number' || !this.sheet) return;
    const row = this.sheet.rows[msg.row];
    if (!row) return;
    const target = msg.target === 'source' ? row.source : { uri: this.sheet.uri, range: row.range };
    if (!target) return;
    const uri = vscode.Uri.parse(target.uri);
    if (uri.scheme !== 'file') return;
    await vscode.window.showTextDocument(uri, {
      selection: toRange(target.range),
      viewColumn: msg.target === 'source' ? vscode.ViewColumn.Beside : vscode.ViewColumn.One,
      preview: msg.target === 'source',
    });
  }

  dispose() {
    panels.delete(this.draft.toString());
    clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

const toRange = (r: Range) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
const basename = (p: string) => p.slice(p.lastIndexOf('/') + 1);
const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
function nonce() {
  let s = '';
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < 32; i++) s += a[Math.floor(Math.random() * a.length)];
  return s;
}

const STATUS_ICON: Record<string, string> = {
  verified: '✓',
  misattributed: '✗',
  altered: '≠',
  unverified: '?',
  ignored: '–',
  accepted: '✓',
  'not checked': '·',
};

/** The resolved speaker, whether the corpus knows them, or why there is none. */
function speakerCell(r: QuoteSheet['rows'][number]): string {
  if (r.kind === 'title' || r.kind === 'scare') return '<span class="none">nobody: not a saying</span>';
  if (!r.speaker) return '<span class="none">speaker not found</span>';
  return esc(r.speaker) + (r.speakerInCorpus === false ? ' <span class="none">(not in the sources)</span>' : '');
}

function sourceCell(source: NonNullable<QuoteSheet['rows'][number]['source']>, i: number): string {
  const who = source.speaker || source.date;
  return (
    `<a href="#" data-row="${i}" data-target="source" title="${esc(source.words)}">${esc(source.label)}</a>` +
    (who ? `<div class="who">${esc([source.speaker, source.date].filter(Boolean).join(', '))}</div>` : '')
  );
}

export function render(sheet: QuoteSheet, cspSource: string): string {
  const n = nonce();
  const counts = new Map<string, number>();
  for (const r of sheet.rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const summary =
    `${sheet.rows.length} quotation${sheet.rows.length === 1 ? '' : 's'} in ` +
    `${esc(sheet.file)}${sheet.corpus ? '' : ' (no corpus found: statuses not checked)'}` +
    (counts.size ? ': ' + [...counts].map(([k, v]) => `${v} ${esc(k)}`).join(', ') : '');
  const rows = sheet.rows
    .map(
      (r, i) =>
        `<tr class="${esc(r.status.replace(' ', '-'))}">
  <td class="status" title="${esc(r.message ?? r.status)}">${STATUS_ICON[r.status] ?? ''} ${esc(r.status)}` +
        `${r.code ? ` <span class="code">${esc(r.code)}</span>` : ''}</td>
  <td>${r.nested ? '<span class="kind">inside the quotation above:</span> ' : ''}<a href="#" data-row="${i}" ` +
        `data-target="draft" title="Line ${r.range.start.line + 1}">“${esc(r.text)}”</a>` +
        `${r.kind && r.kind !== 'direct' ? ` <span class="kind">${esc(r.kind)}</span>` : ''}</td>
  <td>${r.speakerAsWritten ? esc(r.speakerAsWritten) : '<span class="none">none</span>'}</td>
  <td>${speakerCell(r)}</td>
  <td>${r.source ? sourceCell(r.source, i) : ''}</td>
</tr>`,
    )
    .join('\n');
  return page(
    cspSource,
    n,
    `<header><p>${summary}</p><button id="refresh">Refresh</button></header>
<table>
<thead><tr><th>Status</th><th>Quotation</th><th>Speaker as written</th><th>Resolved ` +
      `speaker</th><th>Source</th></tr></thead>
<tbody>${rows || '<tr><td colspan="5">No quotations in this draft.</td></tr>'}</tbody>
</table>`,
  );
}

function page(cspSource: string, n: string, body: string): string {
  return (
    `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${n}'; ` +
    `script-src 'nonce-${n}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${n}">
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); }
header { display: flex; align-items: center; justify-content: space-between; gap: 1em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid ` +
    `var(--vscode-panel-border, #8884); }
th { position: sticky; top: 0; background: var(--vscode-editor-background); }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover { text-decoration: underline; }
.status { white-space: nowrap; }
.misattributed .status, .altered .status { color: var(--vscode-errorForeground); }
.unverified .status { color: var(--vscode-editorWarning-foreground); }
.verified .status, .accepted .status { color: var(--vscode-testing-iconPassed, inherit); }
.code, .who, .none, .kind { opacity: 0.75; font-size: 0.9em; }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: ` +
    `4px 10px; cursor: pointer; }
</style></head>
<body>${body}
<script nonce="${n}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-row]');
  if (a) { e.preventDefault(); vscode.postMessage({ type: 'open', row: Number(a.dataset.row), target: ` +
    `a.dataset.target }); }
  if (e.target.id === 'refresh') vscode.postMessage({ type: 'refresh' });
});
</script></body></html>`
  );
}
