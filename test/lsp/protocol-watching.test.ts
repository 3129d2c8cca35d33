// The language server over stdio: open drafts re-checked when the corpus changes on disk, whether the
// client reports the change (with or without a watcher it registered) or the server notices it itself.
import assert from 'node:assert/strict';
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAIN_CAPABILITIES, uriOf } from './client';
import { byCode, codes, covered, DRAFT, hasQuoteFinding, stdioServer, UNVERIFIED } from './stdio-draft';

describe('language server over stdio', function () {
  const start = stdioServer();

  const OKAFOR_LINE = JSON.stringify({
    speaker: 'Daniel Okafor',
    role: 'council member',
    organization: 'Riverton City Council',
    date: '2026-03-12',
    text: 'We will repave every street in the city by summer.',
  });
  /** Replaces a file in one step, so a watcher never sees it half written. */
  const replace = (path: string, text: string) => {
    writeFileSync(path + '.tmp', text);
    renameSync(path + '.tmp', path);
  };

  it('re-checks open drafts when a corpus file changes on disk and the client says so', async () => {
    const { s, ws, uri, draftPath } = await start();
    await s.open(draftPath, DRAFT);
    await s.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'quote.unverified'));
    const jsonl = join(ws, 'sources', 'statements.jsonl');
    const original = readFileSync(jsonl, 'utf8');

    let from = s.mark();
    replace(jsonl, original + OKAFOR_LINE + '\n');
    await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(jsonl), type: 2 }] });
    const p = await s.diagnostics(
      uri,
      (x) => hasQuoteFinding(x) && !x.diagnostics.some((d) => d.code === 'quote.unverified'),
      from,
    );
    assert.deepEqual(codes(p), ['quote.altered', 'quote.misattributed']);

    from = s.mark();
    replace(jsonl, original);
    await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(jsonl), type: 2 }] });
    const back = await s.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'quote.unverified'), from);
    assert.equal(covered(DRAFT, byCode(back, 'quote.unverified').range), UNVERIFIED);
  });

  it('with dynamic registration: registers a file watcher and re-checks on didChangeWatchedFiles alone', async () => {
    const { s, ws, uri, draftPath } = await start({
      ...PLAIN_CAPABILITIES,
      workspace: { ...PLAIN_CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: true } },
    });
    await s.open(draftPath, DRAFT);
    await s.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'quote.unverified'));
    const reg = s.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.ok(reg, `no watcher registered (requests: ${JSON.stringify(s.serverRequests.map((r) => r.method))})`);
    const glob = String((reg.registerOptions as { watchers: { globPattern: string }[] }).watchers[0].globPattern);
    for (const ext of ['md', 'jsonl', 'yaml'])
      assert.match(glob, new RegExp(`\\b${ext}\\b`), `the watcher covers .${ext}`);

    // A new source file: the client watches, so the server waits for the client's word.
    const added = join(ws, 'sources', '2026-03-12-okafor-interview.md');
    let from = s.mark();
    writeFileSync(
      added,
      `---\nkind: statement\nspeaker: Daniel Okafor\nrole: council member\norganization: Riverton City ` +
        `Council\ndate: 2026-03-12\n---\nWe will repave every street in the city by summer.\n`,
    );
    await s.settle(join(ws, 'drafts'), DRAFT);
    assert.deepEqual(
      s.published.slice(from).filter((x) => x.uri === uri),
      [],
      'no re-check before the client reports the change',
    );
    await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(added), type: 1 }] });
    const p = await s.diagnostics(
      uri,
      (x) => hasQuoteFinding(x) && !x.diagnostics.some((d) => d.code === 'quote.unverified'),
      from,
    );
    assert.deepEqual(codes(p), ['quote.altered', 'quote.misattributed']);

    from = s.mark();
    unlinkSync(added);
    await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(added), type: 3 }] });
    await s.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'quote.unverified'), from);
  });

  it('without client file watching, notices a corpus change on disk by itself', async () => {
    const { s, ws, uri, draftPath } = await start();
    await s.open(draftPath, DRAFT);
    await s.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'quote.unverified'));
    await new Promise((r) => setTimeout(r, 200)); // let the server's own watchers settle
    const jsonl = join(ws, 'sources', 'statements.jsonl');
    const from = s.mark();
    replace(jsonl, readFileSync(jsonl, 'utf8') + OKAFOR_LINE + '\n');
    const p = await s.diagnostics(
      uri,
      (x) => hasQuoteFinding(x) && !x.diagnostics.some((d) => d.code === 'quote.unverified'),
      from,
    );
    assert.deepEqual(codes(p), ['quote.altered', 'quote.misattributed']);
  });
});
