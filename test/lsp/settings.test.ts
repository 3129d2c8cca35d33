// Settings over the protocol: pulled per workspace folder with workspace/configuration,
// re-read on didChangeConfiguration, and every open draft re-checked without a restart.
import assert from 'node:assert/strict';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { buildOnce } from '../cli/run';
import { Session, removeWorkspace, tempWorkspace, uriOf } from './client';
import { startConfigured } from './configured';
import { readSettings } from '../../server/src/service/settings';

const HEAD = '---\ntitle: Settings test\ndate: 2026-03-12\n---\n';
const DRAFT =
  HEAD +
  [
    'Mayor Elena Ruiz said "every neighborhood deserves a fire engine within five minutes."',
    '',
    '"We will repave every street in the city by summer," Okafor said.',
    '',
  ].join('\n');
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code)).sort();
const sameCodes = (want: string[]) => (p: PublishDiagnosticsParams) =>
  JSON.stringify(codes(p)) === JSON.stringify([...want].sort());

describe('language server: settings', function () {
  let ws: string;
  let s: Session | undefined;
  let draftPath: string, uri: string;

  before(function () {
    this.timeout(60_000);
    buildOnce();
  });
  beforeEach(() => {
    ws = tempWorkspace();
    draftPath = join(ws, 'drafts', 'story.md');
    uri = uriOf(draftPath);
  });
  afterEach(async () => {
    await s?.close();
    s = undefined;
    removeWorkspace(ws);
  });

  it(
    'reads the settings VS Code sends (nested drafts.*), flat keys from other editors, and falls back to the ' +
      'defaults',
    () => {
      const nested = readSettings({
        corpus: ['a', 'b/*'],
        drafts: { languages: ['markdown'], include: ['drafts/**'] },
        exclude: ['**/old/**'],
        severity: { 'quote.unverified': 'off', 'fact.name': 'loud' },
        run: 'onSave',
        draftDate: '2026-01-02',
      });
      assert.deepEqual(nested.corpus, ['a', 'b/*']);
      assert.deepEqual(nested.languages, ['markdown']);
      assert.deepEqual(nested.include, ['drafts/**']);
      assert.deepEqual(nested.exclude, ['**/old/**']);
      assert.deepEqual(nested.severity, { 'quote.unverified': 'off' });
      assert.equal(nested.run, 'onSave');
      assert.equal(nested.draftDate, '2026-01-02');
      const flat = readSettings({ corpus: 'notes', 'drafts.languages': ['plaintext'], 'drafts.include': 'x/**' });
      assert.deepEqual([flat.corpus, flat.languages, flat.include], [['notes'], ['plaintext'], ['x/**']]);
      const none = readSettings(undefined);
      assert.deepEqual(
        [none.corpus, none.languages, none.include, none.run, none.draftDate],
        [['sources'], ['markdown', 'plaintext'], ['**/*'], 'onType', undefined],
      );
      assert.deepEqual(readSettings({ exclude: [] }).exclude, [], 'an empty list is kept, not replaced by the default');
    },
  );

  it('asks for the settings of the workspace folder (scopeUri) and uses them', async () => {
    const c = await startConfigured(ws, { settings: {} });
    s = c.s;
    c.settings.set(uriOf(ws), { severity: { 'quote.unverified': 'off' } });
    await c.configure({});
    await s.open(draftPath, DRAFT);
    await s.diagnostics(uri, sameCodes(['quote.altered']));
    const asked = s.serverRequests.filter((r) => r.method === 'workspace/configuration').at(-1)!.params as {
      items: { scopeUri?: string; section: string }[];
    };
    assert.ok(
      asked.items.some((i) => i.scopeUri === uriOf(ws) && i.section === 'verbatim'),
      JSON.stringify(asked),
    );
  });

  it('re-checks open drafts when a setting changes: severity, reportUnverified, off', async () => {
    const c = await startConfigured(ws, { settings: {} });
    s = c.s;
    await s.open(draftPath, DRAFT);
    const first = await s.diagnostics(uri, sameCodes(['quote.altered', 'quote.unverified']));
    assert.equal(first.diagnostics.find((d) => d.code === 'quote.altered')!.severity, 1);

    let from = s.mark();
    await c.configure({ severity: { 'quote.altered': 'hint' } });
    const p = await s.diagnostics(
      uri,
      (x) => x.diagnostics.some((d) => d.code === 'quote.altered' && d.severity === 4),
      from,
    );
    assert.deepEqual(codes(p), ['quote.altered', 'quote.unverified']);

    from = s.mark();
    await c.configure({ reportUnverified: false });
    await s.diagnostics(uri, sameCodes(['quote.altered']), from);

    from = s.mark();
    await c.configure({ severity: { 'quote.altered': 'off' } });
    await s.diagnostics(uri, sameCodes(['quote.unverified']), from);
  });

  it(
    'drafts.include, verbatim.exclude and drafts.languages decide what is a draft; a draft that stops being one ' +
      'is cleared',
    async () => {
      const c = await startConfigured(ws, { settings: {} });
      s = c.s;
      await s.open(draftPath, DRAFT);
      await s.diagnostics(uri, sameCodes(['quote.altered', 'quote.unverified']));

      let from = s.mark();
      await c.configure({ drafts: { include: ['stories/**'] } });
      await s.diagnostics(uri, (x) => x.diagnostics.length === 0, from);

      from = s.mark();
      await c.configure({ drafts: { include: ['drafts/**'] }, exclude: ['**/story.md'] });
      await s.settle(join(ws, 'drafts'), DRAFT);
      assert.ok(!s.published.slice(from).some((x) => x.uri === uri && x.diagnostics.length), 'excluded: no findings');

      from = s.mark();
      await c.configure({ drafts: { languages: ['plaintext'] } });
      await s.settle(join(ws, 'drafts'), DRAFT, 'plaintext');
      assert.ok(
        !s.published.slice(from).some((x) => x.uri === uri && x.diagnostics.length),
        'markdown is not a draft language now',
      );

      from = s.mark();
      await c.configure({ drafts: { languages: ['markdown'], include: ['drafts/*.md'] }, exclude: [] });
      await s.diagnostics(uri, sameCodes(['quote.altered', 'quote.unverified']), from);
    },
  );

  it('verbatim.corpus takes several folders and folder globs, read against the workspace folder', async () => {
    // The sources move to research/2026/sources; a second folder holds Okafor's statement.
    mkdirSync(join(ws, 'research', '2026'), { recursive: true });
    renameSync(join(ws, 'sources'), join(ws, 'research', '2026', 'sources'));
    mkdirSync(join(ws, 'interviews'));
    writeFileSync(
      join(ws, 'interviews', 'okafor.md'),
      '---\nkind: statement\nspeaker: Daniel Okafor\nrole: council member\norganization: Riverton City ' +
        'Council\ndate: 2026-03-12\n---\nWe will repave every street in the city by summer.\n',
    );
    const c = await startConfigured(ws, { settings: {} });
    s = c.s;
    await s.open(draftPath, DRAFT);
    await s.diagnostics(uri, (x) => x.diagnostics.length === 0); // default "sources" is gone: no corpus, nothing to say

    let from = s.mark();
    await c.configure({ corpus: ['research/*/sources'] });
    await s.diagnostics(uri, sameCodes(['quote.altered', 'quote.unverified']), from);

    from = s.mark();
    await c.configure({ corpus: ['research/**/sources', 'interviews'] });
    await s.diagnostics(uri, sameCodes(['quote.altered']), from);

    // A file in a corpus folder found by a glob is a source, not a draft.
    const src = join(ws, 'research', '2026', 'sources', '2026-03-10-council-meeting.md');
    from = s.mark();
    await s.open(src, '"Some words," Okafor said.\n');
    await s.settle(join(ws, 'drafts'), DRAFT);
    assert.ok(!s.published.slice(from).some((x) => x.uri === uriOf(src) && x.diagnostics.length));
  });

  it('verbatim.run: onSave checks on save only, manual only on request (verbatim/checkDocument)', async () => {
    const c = await startConfigured(ws, { settings: { run: 'onSave' } });
    s = c.s;
    await s.open(draftPath, DRAFT);
    await s.diagnostics(uri, sameCodes(['quote.altered', 'quote.unverified']));
    const fixed = DRAFT.replace('five minutes', 'four minutes');
    let from = s.mark();
    await s.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    await s.settle(join(ws, 'drafts'), DRAFT);
    assert.deepEqual(
      s.published.slice(from).filter((x) => x.uri === uri),
      [],
      'no check while typing',
    );
    await s.notify('textDocument/didSave', { textDocument: { uri } });
    await s.diagnostics(uri, (x) => x.version === 2 && JSON.stringify(codes(x)) === '["quote.unverified"]', from);

    from = s.mark();
    await c.configure({ run: 'manual' });
    const other = join(ws, 'drafts', 'other.md');
    await s.open(other, DRAFT);
    // Manual: a draft is checked on request only; a requested check of another draft comes after anything due.
    const probe = join(ws, 'drafts', 'probe.md');
    await s.open(probe, DRAFT);
    await s.request('textDocument/hover', { textDocument: { uri: uriOf(probe) }, position: { line: 0, character: 0 } });
    assert.equal(await s.request('verbatim/checkDocument', { uri: uriOf(probe) }), true);
    await s.diagnostics(uriOf(probe), () => true, from);
    assert.deepEqual(
      s.published.slice(from).filter((x) => x.uri === uriOf(other)),
      [],
      'manual: opening does not check',
    );
    assert.equal(
      await s.request('textDocument/hover', {
        textDocument: { uri: uriOf(other) },
        position: { line: 4, character: 30 },
      }),
      null,
    );
    assert.deepEqual(
      s.published.slice(from).filter((x) => x.uri === uriOf(other)),
      [],
      'manual: a hover does not check either',
    );
    assert.equal(await s.request('verbatim/checkDocument', { uri: uriOf(other) }), true);
    await s.diagnostics(uriOf(other), sameCodes(['quote.altered', 'quote.unverified']), from);
  });
});
