// The language status item ({} in the status bar next to the language): the corpus behind the
// draft (files, statements, people), whether it is being indexed, and the last check.
// A click opens the output channel. Filled from the server's verbatim/status notifications.
import * as vscode from 'vscode';
import type { StatusParams } from '../../protocol/index';

export class CorpusStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly byUri = new Map<string, StatusParams>();
  private latest: StatusParams | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('verbatim.status', selector);
    this.item.name = 'Verbatim';
    this.item.text = 'Verbatim';
    this.item.detail = 'starting';
    this.item.busy = true;
    this.item.command = {
      title: 'Show output',
      command: 'verbatim.showOutput',
      tooltip: 'Show the Verbatim output channel',
    };
    this.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(() => this.render()));
  }

  update(p: StatusParams) {
    if (p.uri) this.byUri.set(p.uri, p);
    this.latest = p;
    this.render();
  }

  forget(uri: string) {
    this.byUri.delete(uri);
  }

  private render() {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const own = uri ? this.byUri.get(uri) : undefined;
    // The freshest word on the corpus wins (it may be indexing again), with this draft's own last check.
    const p =
      own && this.latest && this.latest.state !== 'ready' && sameCorpus(own, this.latest)
        ? { ...this.latest, lastCheck: own.lastCheck }
        : (own ?? this.latest);
    const item = this.item;
    if (!p) return;
    item.busy = p.state === 'indexing';
    item.severity = vscode.LanguageStatusSeverity.Information;
    if (p.state === 'noCorpus') {
      item.text = 'Verbatim: no corpus';
      item.detail = p.message ?? 'no corpus folder found';
      item.severity = vscode.LanguageStatusSeverity.Warning;
      return;
    }
    const c = p.corpus;
    if (p.state === 'indexing' || !c) {
      item.text = 'Verbatim: indexing';
      item.detail = c?.folders.length ? `reading ${c.folders.join(', ')}` : 'reading the corpus';
      return;
    }
    item.text = `Verbatim: ${plural(c.statements, 'statement')}`;
    const parts = [`${plural(c.files, 'file')}, ${plural(c.people, 'person', 'people')} in ${c.folders.join(', ')}`];
    if (c.indexMs !== undefined)
      parts.push(`indexed in ${c.indexMs} ms${c.indexedAt ? ` at ${time(c.indexedAt)}` : ''}`);
    const last = own?.lastCheck ?? p.lastCheck;
    if (last)
      parts.push(
        `${last.uri === uri ? 'checked' : 'last check'} at ${time(last.at)} in ${last.ms} ms: ` +
          plural(last.findings, 'finding') +
          (last.skipped ? ` (not checked: ${last.skipped})` : ''),
      );
    if (c.problems) {
      parts.push(`${plural(c.problems, 'corpus problem')} (see Problems)`);
      item.severity = vscode.LanguageStatusSeverity.Warning;
    }
    item.detail = parts.join(' · ');
  }

  dispose() {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

const sameCorpus = (a: StatusParams, b: StatusParams) =>
  (a.corpus?.folders ?? []).join('\n') === (b.corpus?.folders ?? []).join('\n');
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;
const time = (iso: string) => new Date(iso).toLocaleTimeString();
