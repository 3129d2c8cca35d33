// Verbatim's own requests and notifications: verbatim/checkWorkspace (diagnostics for drafts
// that are not open), verbatim/quoteSheet, verbatim/rebuildIndex, verbatim/status and the
// work-done progress around indexing.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { buildOnce } from '../cli/run';
import { PLAIN_CAPABILITIES, Session, removeWorkspace, tempWorkspace, uriOf } from './client';
import { startConfigured } from './configured';
import type { CheckWorkspaceResult, QuoteSheet, RebuildIndexResult } from '../../protocol/index';

const HEAD = '---\ntitle: Workspace test\ndate: 2026-03-12\n---\n';
const ALTERED = 'Mayor Elena Ruiz said "every neighborhood deserves a fire engine within five minutes."\n';
const MISATTRIBUTED = 'Council member Daniel Okafor voted no. "Riders will pay for this in longer waits," Ruiz said.\n';
const VERIFIED =
  '"This budget proves that we can keep the city safe without raising property taxes," said Priya Nair.\n';
const UNVERIFIED = '"We will repave every street in the city by summer," Okafor said.\n';
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code)).sort();

describe('language server: workspace check, quotation sheet, status', function () {
  let ws: string;
  let s: Session | undefined;

  before(function () {
    this.timeout(60_000);
    buildOnce();
  });
  beforeEach(() => {
    ws = tempWorkspace();
  });
  afterEach(async () => {
    await s?.close();
    s = undefined;
    removeWorkspace(ws);
  });

  it(
    'verbatim/checkWorkspace publishes diagnostics for every draft, open or not, and none for sources or excluded ' +
      'files',
    async () => {
      const write = (rel: string, text: string) => {
        mkdirSync(join(ws, rel, '..'), { recursive: true });
        writeFileSync(join(ws, rel), text);
      };
      write('drafts/a.md', HEAD + ALTERED);
      write('drafts/b.txt', UNVERIFIED);
      write('drafts/clean.md', HEAD + VERIFIED);
      write('drafts/deep/c.markdown', HEAD + MISATTRIBUTED);
      write('archive/old.md', HEAD + ALTERED);
      write('node_modules/pkg/README.md', HEAD + ALTERED);
      write('.hidden/d.md', HEAD + ALTERED);
      write('notes.json', '{}');
      const c = await startConfigured(ws, { settings: { exclude: ['archive/**'] } });
      s = c.s;
      const open = join(ws, 'drafts', 'open.md');
      write('drafts/open.md', HEAD + VERIFIED); // on disk: clean; in the editor: two findings
      await s.open(open, HEAD + MISATTRIBUTED + '\n' + UNVERIFIED);
      await s.diagnostics(uriOf(open), (x) => x.diagnostics.length === 2);

      const r = await s.request<CheckWorkspaceResult>('verbatim/checkWorkspace', {}, 15000);
      assert.deepEqual(
        { ...r, ms: 0 },
        { drafts: 5, findings: 5, draftsWithFindings: 4, unreadable: 0, ms: 0, truncated: false, cancelled: false },
      );
      const last = (rel: string) => s!.published.filter((p) => p.uri === uriOf(join(ws, rel))).at(-1);
      assert.deepEqual(codes(last('drafts/a.md')!), ['quote.altered']);
      assert.deepEqual(codes(last('drafts/b.txt')!), ['quote.unverified']);
      assert.deepEqual(codes(last('drafts/deep/c.markdown')!), ['quote.misattributed']);
      assert.deepEqual(codes(last('drafts/clean.md')!), []);
      assert.equal(last('drafts/a.md')!.version, undefined, 'an unopened file has no version');
      assert.equal(last('drafts/open.md')!.version, 1, 'the open draft is checked as the editor has it');
      for (const rel of [
        'archive/old.md',
        'node_modules/pkg/README.md',
        '.hidden/d.md',
        'sources/2026-03-10-council-meeting.md',
      ]) {
        assert.ok(!last(rel)?.diagnostics.length, `${rel} has findings`);
      }

      // Closing a draft the workspace check covered keeps its findings (from disk); one that is gone loses them.
      await s.open(join(ws, 'drafts', 'a.md'), HEAD + ALTERED);
      let from = s.mark();
      await s.notify('textDocument/didClose', { textDocument: { uri: uriOf(join(ws, 'drafts', 'a.md')) } });
      const kept = await s.diagnostics(uriOf(join(ws, 'drafts', 'a.md')), () => true, from);
      assert.deepEqual(codes(kept), ['quote.altered']);
      rmSync(join(ws, 'drafts', 'b.txt'));
      from = s.mark();
      const again = await s.request<CheckWorkspaceResult>('verbatim/checkWorkspace', {}, 15000);
      assert.equal(again.drafts, 4);
      await s.diagnostics(uriOf(join(ws, 'drafts', 'b.txt')), (x) => x.diagnostics.length === 0, from);
    },
  );

  it('verbatim/checkWorkspace reports progress with file counts to a client that supports it', async () => {
    writeFileSync(join(ws, 'drafts', 'a.md'), HEAD + ALTERED);
    writeFileSync(join(ws, 'drafts', 'b.md'), HEAD + UNVERIFIED);
    const c = await startConfigured(ws);
    s = c.s;
    await s.request('verbatim/checkWorkspace', {}, 15000);
    const reports = c.progress.map((p) => p.value);
    assert.ok(
      reports.some((v) => v.kind === 'begin' && v.title === 'Verbatim: checking drafts'),
      JSON.stringify(reports),
    );
    assert.ok(
      reports.some((v) => v.kind === 'report' && /^2\/2 drafts[\\/]b\.md$/.test(v.message ?? '')),
      JSON.stringify(reports),
    );
    assert.ok(
      reports.some((v) => v.kind === 'begin' && /^Indexing sources/.test(v.message ?? '')),
      'indexing has its own progress',
    );
    assert.ok(
      reports.some((v) => v.kind === 'report' && /^\d+ files, \d+ statements, \d+ people$/.test(v.message ?? '')),
    );
    assert.equal(
      reports.filter((v) => v.kind === 'begin').length,
      reports.filter((v) => v.kind === 'end').length,
      'every progress ends',
    );

    // With the client's own token (VS Code: a cancellable notification), progress goes there and the server creates
    // none.
    const created = s.serverRequests.filter((r) => r.method === 'window/workDoneProgress/create').length;
    await s.request('verbatim/checkWorkspace', { workDoneToken: 'client-token-1' }, 15000);
    const mine = c.progress.filter((p) => p.token === 'client-token-1').map((p) => p.value);
    assert.deepEqual(
      mine.map((v) => v.kind),
      ['begin', 'report', 'report', 'end'],
    );
    assert.equal(mine[2].message, `2/2 ${join('drafts', 'b.md')}`);
    assert.equal(s.serverRequests.filter((r) => r.method === 'window/workDoneProgress/create').length, created);
  });

  it('verbatim/checkWorkspace stops when the client cancels the request', async () => {
    // Drafts long enough (and many enough) that checking them all takes seconds, whatever the engine's speed: the
    // cancel must arrive first.
    const body = Array.from(
      { length: 30 },
      (_, k) =>
        `${ALTERED.replace('five', String(5 + k))}\n${UNVERIFIED}\nThe council met on Tuesday and approved ` +
        `${k + 40} new buses.\n`,
    ).join('\n');
    for (let i = 0; i < 200; i++) writeFileSync(join(ws, 'drafts', `d${i}.md`), HEAD + body);
    ({ s } = await Session.start(ws));
    const { CancellationTokenSource } = await import('vscode-jsonrpc');
    const cts = new CancellationTokenSource();
    const pending = s.conn.sendRequest<CheckWorkspaceResult>('verbatim/checkWorkspace', {}, cts.token);
    await s.diagnostics(uriOf(join(ws, 'drafts', 'd0.md')));
    cts.cancel();
    const r = await pending.catch((e: Error) => e);
    // Either the server noticed (a partial result) or the client gave up waiting (RequestCancelled): never all 200 in
    // full.
    if (!(r instanceof Error)) {
      assert.equal(r.cancelled, true);
      assert.ok(r.drafts < 200, `${r.drafts} drafts`);
    }
    const log = await s.log((x) => x.includes('workspace check:'));
    assert.match(log, /\(cancelled\)/);
  });

  it(
    'verbatim/quoteSheet: each quotation with its status, speaker as written and resolved, and its source ' +
      'location',
    async () => {
      mkdirSync(join(ws, '.verbatim'));
      writeFileSync(
        join(ws, '.verbatim', 'accepted.yaml'),
        '- code: quote.unverified\n  text: We will repave every street in the city by summer\n',
      );
      ({ s } = await Session.start(ws));
      const path = join(ws, 'drafts', 'sheet.md');
      const text =
        HEAD +
        [
          ALTERED,
          '<!-- verbatim-ignore-next-line -->',
          MISATTRIBUTED,
          VERIFIED,
          UNVERIFIED,
          '"Nobody said this at all, ever," the mayor said.\n',
        ].join('\n');
      await s.open(path, text);
      await s.diagnostics(uriOf(path), () => true);
      const sheet = await s.request<QuoteSheet>('verbatim/quoteSheet', { uri: uriOf(path) });
      assert.equal(sheet.uri, uriOf(path));
      assert.equal(sheet.file, join('drafts', 'sheet.md'));
      assert.equal(sheet.corpus, true);
      assert.deepEqual(
        sheet.rows.map((r) => r.status),
        ['altered', 'ignored', 'verified', 'accepted', 'unverified'],
      );
      const [altered, ignored, verified, accepted] = sheet.rows;
      assert.equal(altered.text, 'every neighborhood deserves a fire engine within five minutes.');
      assert.equal(altered.range.start.line, 4);
      assert.equal(altered.speakerAsWritten, 'Elena Ruiz');
      assert.equal(altered.speaker, 'Elena Ruiz');
      assert.equal(altered.source!.uri, uriOf(join(ws, 'sources', '2026-03-10-council-meeting.md')));
      assert.equal(altered.source!.range.start.line, 23);
      assert.equal(altered.source!.label, join('sources', '2026-03-10-council-meeting.md') + ':24');
      assert.match(altered.source!.words, /four minutes/);
      assert.equal(ignored.code, 'quote.misattributed');
      assert.equal(ignored.speakerAsWritten, 'Ruiz');
      assert.equal(ignored.source!.speaker, 'Daniel Okafor');
      assert.equal(verified.speaker, 'Priya Nair');
      assert.equal(verified.source!.range.start.line, 19);
      assert.equal(accepted.code, 'quote.unverified');
      assert.equal(accepted.source, undefined);

      // A draft with no corpus still has a sheet, with nothing checked.
      rmSync(join(ws, 'sources'), { recursive: true });
      await s.request('verbatim/rebuildIndex', {});
      const bare = await s.request<QuoteSheet>('verbatim/quoteSheet', { uri: uriOf(path) });
      assert.equal(bare.corpus, false);
      assert.equal(bare.rows.length, 5);
      assert.ok(bare.rows.every((r) => r.status === 'not checked' && !r.source));
      assert.equal(bare.rows[2].speakerAsWritten, 'Priya Nair');
    },
  );

  it('verbatim/status: corpus size, index time and the last check; noCorpus where there is none', async () => {
    const c = await startConfigured(ws);
    s = c.s;
    const path = join(ws, 'drafts', 'story.md');
    await s.open(path, HEAD + ALTERED);
    const st = await c.status((p) => p.state === 'ready' && p.lastCheck?.uri === uriOf(path));
    assert.equal(st.uri, uriOf(path));
    assert.deepEqual(st.corpus!.folders, ['sources']);
    assert.equal(st.corpus!.files, 4, 'three documents and a JSONL file; people.yaml counts as people');
    assert.ok(st.corpus!.statements > 10, `${st.corpus!.statements} statements`);
    assert.equal(st.corpus!.people, 5);
    assert.equal(st.corpus!.problems, 0);
    assert.ok(typeof st.corpus!.indexMs === 'number' && st.corpus!.indexMs >= 0);
    assert.ok(!Number.isNaN(Date.parse(st.corpus!.indexedAt!)));
    assert.equal(st.lastCheck!.findings, 1);
    assert.ok(st.lastCheck!.ms >= 0 && !Number.isNaN(Date.parse(st.lastCheck!.at)));
    assert.ok(
      c.statuses.findIndex((p) => p.state === 'indexing') < c.statuses.indexOf(st),
      'indexing is announced first',
    );
    assert.ok(s.serverRequests.some((r) => r.method === 'window/workDoneProgress/create'));

    const r = await s.request<RebuildIndexResult>('verbatim/rebuildIndex', {});
    assert.deepEqual([r.corpora, r.files, r.people], [1, 4, 5]);
    assert.equal(r.statements, st.corpus!.statements);

    const from = c.statuses.length;
    await c.configure({ corpus: 'nowhere' });
    const none = await c.status((p) => p.state === 'noCorpus', from);
    assert.equal(none.uri, uriOf(path));
    assert.match(none.message!, /nowhere/);
  });

  it('a client without work-done progress is not asked to create any', async () => {
    ({ s } = await Session.start(ws, PLAIN_CAPABILITIES));
    await s.open(join(ws, 'drafts', 'story.md'), HEAD + ALTERED);
    await s.diagnostics(uriOf(join(ws, 'drafts', 'story.md')), (x) => x.diagnostics.length > 0);
    await s.request('verbatim/checkWorkspace', {}, 15000);
    assert.ok(!s.serverRequests.some((r) => r.method === 'window/workDoneProgress/create'));
  });
});
