// A server that stays up: URIs it cannot read as local files, workspace folders on other hosts,
// accepted lists that are devices or hostile globs, and a huge edit. Each is answered (or ignored)
// and logged; the server keeps checking drafts afterwards.
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { buildOnce } from '../cli/run';
import { PLAIN_CAPABILITIES, Session, removeWorkspace, tempWorkspace, uriOf } from './client';

// Words the mayor never said in examples/sources: a quote.unverified finding once the draft is checked.
const DRAFT =
  '---\ndate: 2026-03-12\n---\nMayor Elena Ruiz said "the ferry terminal will reopen with twelve new berths."\n';
const hasUnverified = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === 'quote.unverified');

describe('language server: bad input never ends it', function () {
  this.timeout(60_000);
  let ws: string | undefined;
  let s: Session | undefined;
  before(function () {
    this.timeout(120_000);
    buildOnce();
  });
  afterEach(async () => {
    await s?.close();
    s = undefined;
    removeWorkspace(ws);
    ws = undefined;
  });

  async function stillChecks(session: Session, dir: string) {
    const path = join(dir, 'drafts', 'alive.md');
    await session.open(path, DRAFT);
    await session.diagnostics(uriOf(path), hasUnverified, 0, 20_000);
    assert.equal(session.exitCode, undefined, `the server exited${session.stderr}`);
  }

  it('ignores didOpen of URIs that are no local file: another host, an encoded slash, a number, null', async () => {
    ws = tempWorkspace();
    s = (await Session.start(ws)).s;
    const text = DRAFT;
    for (const uri of ['file://otherhost/share/story.md', `${uriOf(ws)}/drafts/a%2Fb.md`, 42, null, { path: '/x' }]) {
      await s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    }
    const hover = await s.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: 'file://otherhost/share/story.md' },
      position: { line: 3, character: 30 },
    });
    assert.equal(hover, null);
    await assert.rejects(
      s.request('verbatim/quoteSheet', { uri: 'file://otherhost/share/story.md' }),
      /not a draft file/,
    );
    await assert.rejects(s.request('verbatim/quoteSheet', { uri: 7 }), /URI of a draft/);
    await stillChecks(s, ws);
  });

  it('starts with a workspace folder on another host, and takes one added later', async () => {
    ws = tempWorkspace();
    const session = new Session(ws);
    s = session;
    await session.request('initialize', {
      processId: process.pid,
      rootUri: 'file://host/share',
      capabilities: PLAIN_CAPABILITIES,
      workspaceFolders: [
        { uri: 'file://host/share', name: 'remote' },
        { uri: uriOf(ws), name: 'ws' },
      ],
    });
    await session.notify('initialized', {});
    await session.notify('workspace/didChangeWorkspaceFolders', {
      event: {
        added: [
          { uri: 'file://elsewhere/x', name: 'x' },
          { uri: 12, name: 'n' },
        ],
        removed: [],
      },
    });
    await stillChecks(session, ws);
  });

  it(
    'reads an accepted list that is a device as a problem on it, and a hostile draft glob without ' + 'hanging',
    async () => {
      ws = tempWorkspace();
      mkdirSync(join(ws, '.verbatim'));
      symlinkSync('/dev/zero', join(ws, '.verbatim', 'accepted.yaml'));
      s = (await Session.start(ws)).s;
      await stillChecks(s, ws);
      const problem = await s.diagnostics(
        uriOf(join(ws, '.verbatim', 'accepted.yaml')),
        (p) => p.diagnostics.length > 0,
      );
      assert.match(String(problem.diagnostics[0].message), /cannot be read/);

      const other = tempWorkspace();
      try {
        mkdirSync(join(other, '.verbatim'));
        const hostile =
          `accepted:\n  - code: quote.unverified\n    text: anything\n    draft: ` + `"${'+(*|?)'.repeat(20)}x"\n`;
        writeFileSync(join(other, '.verbatim', 'accepted.yaml'), hostile);
        const s2 = (await Session.start(other)).s;
        try {
          const path = join(other, 'drafts', `${'a'.repeat(200)}.md`);
          await s2.open(path, DRAFT);
          await s2.diagnostics(uriOf(path), hasUnverified, 0, 20_000);
        } finally {
          await s2.close();
        }
      } finally {
        removeWorkspace(other);
      }
    },
  );

  it('checks the first part of a 10 MB edit, says what it skipped, and answers a hover meanwhile', async () => {
    ws = tempWorkspace();
    s = (await Session.start(ws)).s;
    const path = join(ws, 'drafts', 'huge.md');
    const uri = uriOf(path);
    await s.open(path, DRAFT);
    await s.diagnostics(uri, hasUnverified, 0, 20_000);
    const filler = 'The harbor board met again on Thursday and heard from residents about parking.\n\n';
    const huge = DRAFT + filler.repeat(Math.ceil(10_000_000 / filler.length));
    const mark = s.mark();
    await s.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: huge }],
    });
    const hover = s.request<Hover | null>(
      'textDocument/hover',
      { textDocument: { uri }, position: { line: 3, character: 30 } },
      30_000,
    );
    const published = await s.diagnostics(uri, (p) => p.version === 2, mark, 60_000);
    assert.ok(
      published.diagnostics.some((d) => d.code === 'check.skipped'),
      JSON.stringify(published.diagnostics.map((d) => d.code)),
    );
    assert.ok(hasUnverified(published));
    // Answered (by nothing while the check of this version runs in the worker, or by the finding after).
    const answer = await hover;
    assert.ok(answer === null || answer.contents);
  });

  it('answers a hover within a second while a long check runs (in the check worker)', async () => {
    ws = tempWorkspace();
    s = (await Session.start(ws)).s;
    const small = join(ws, 'drafts', 'small.md');
    await s.open(small, DRAFT);
    await s.diagnostics(uriOf(small), hasUnverified, 0, 20_000);
    // Thousands of short quotations in one paragraph: seconds of attribution work.
    const slow = join(ws, 'drafts', 'slow.md');
    await s.open(slow, `Mayor Elena Ruiz said: ${'"ab" cd '.repeat(6000)}\n`);
    const order: string[] = [];
    const check = s.request<boolean>('verbatim/checkDocument', { uri: uriOf(slow) }, 90_000).then((r) => {
      order.push('check');
      return r;
    });
    const started = Date.now();
    const position = { line: 3, character: 30 };
    const hover = await s.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uriOf(small) },
      position,
    });
    order.push('hover');
    const ms = Date.now() - started;
    assert.ok(hover?.contents, 'the hover is answered with the finding');
    assert.equal(await check, true);
    assert.deepEqual(order, ['hover', 'check'], 'the hover was answered while the check ran');
    assert.ok(ms < 1000, `hover answered in ${ms} ms`);
  });
});
