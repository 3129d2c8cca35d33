// The language service in process, against an in-memory workspace: each feature is a function of
// the service and a document, so none needs a server process, a client or a sleep.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { acceptApplied, acceptEdit } from '../../server/src/service/features/acceptEdit';
import { codeActions } from '../../server/src/service/features/codeActions';
import { definition } from '../../server/src/service/features/definition';
import { hover } from '../../server/src/service/features/hover';
import { quoteSheet } from '../../server/src/service/features/quoteSheet';
import { checkWorkspace } from '../../server/src/service/features/workspaceCheck';
import { VerbatimService } from '../../server/src/service/service';
import { readSettings } from '../../server/src/service/settings';
import { fileUri } from '../../server/src/service/uris';
import { MemoryDocuments, MemoryFileSystem, RecordedEvents, memoryHost } from './memory-host';

const ROOT = join('/', 'newsroom');
const SOURCE = join(ROOT, 'sources', '2026-05-02-harbor-statement.md');
const STATEMENT = `---
kind: statement
speaker: Ines Varga
role: harbor master
organization: Port of Kelby
date: 2026-05-02
---
The north pier will close for repairs on June 3, and ferries will dock at the south basin until the work is done.
`;
const PEOPLE = `- name: Ines Varga
  aliases: [Varga]
  roles:
    - title: harbor master
      organization: Port of Kelby
`;
const VERIFIED = 'the north pier will close for repairs on June 3';
const ALTERED = 'ferries will dock at the east basin until the work is done';
const UNVERIFIED = 'we expect record cargo volumes this summer';
const STORY = `---
date: 2026-05-04
---
Harbor master Ines Varga said "${VERIFIED}."

Varga said "${ALTERED}."

Varga said "${UNVERIFIED}."
`;

function positionOf(text: string, words: string) {
  const at = text.indexOf(words) + 2;
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('language service (in process, in-memory workspace)', () => {
  let fs: MemoryFileSystem;
  let events: RecordedEvents;
  let docs: MemoryDocuments;
  let service: VerbatimService;
  const storyUri = fileUri(join(ROOT, 'drafts', 'story.md'));

  beforeEach(() => {
    fs = new MemoryFileSystem();
    fs.write(SOURCE, STATEMENT);
    fs.write(join(ROOT, 'sources', 'people.yaml'), PEOPLE);
    events = new RecordedEvents();
    docs = new MemoryDocuments();
    service = new VerbatimService(memoryHost(fs), docs, events, false);
    service.workspace.roots = [ROOT];
    service.scheduler.settingsArrived();
  });
  afterEach(() => service.dispose());

  async function open(uri: string, text: string, languageId = 'markdown') {
    service.scheduler.didOpen(docs.set(uri, text, languageId));
    await service.scheduler.whenIdle();
  }

  it("shows the draft's own notes: an invalid front-matter date is a draft.note, not silently today", async () => {
    await open(storyUri, STORY.replace('date: 2026-05-04', 'date: 2026-02-31'));
    const notes = (events.diagnostics.get(storyUri)?.diagnostics ?? []).filter((d) => d.code === 'draft.note');
    assert.equal(notes.length, 1, JSON.stringify(events.diagnostics.get(storyUri)));
    assert.match(String(notes[0].message), /2026-02-31.*not a calendar date/);
    assert.deepEqual(notes[0].range.start, { line: 0, character: 0 });
  });

  it('publishes a diagnostic per finding of an opened draft, for its version', async () => {
    await open(storyUri, STORY);
    assert.deepEqual(events.codes(storyUri), ['quote.altered', 'quote.unverified']);
    assert.equal(events.diagnostics.get(storyUri)?.version, 1);
    const status = events.statuses.at(-1);
    assert.equal(status?.state, 'ready');
    assert.equal(status?.corpus?.files, 1);
  });

  it('re-checks after an edit, and clears the diagnostics when the draft closes', async () => {
    await open(storyUri, STORY);
    const fixed = STORY.replace('east basin', 'south basin');
    service.scheduler.didChange(docs.set(storyUri, fixed));
    await service.scheduler.whenIdle();
    assert.deepEqual(events.codes(storyUri), ['quote.unverified']);
    assert.equal(events.diagnostics.get(storyUri)?.version, 2);
    service.scheduler.didClose(docs.close(storyUri)!);
    await service.scheduler.whenIdle();
    assert.deepEqual(events.codes(storyUri), []);
  });

  it('hover: the source words of an altered quotation, a check mark on a verified one, nothing elsewhere', async () => {
    await open(storyUri, STORY);
    const altered = hover(service, storyUri, positionOf(STORY, ALTERED));
    assert.match(JSON.stringify(altered?.contents), /quote\.altered/);
    assert.match(JSON.stringify(altered?.contents), /south basin/);
    const verified = hover(service, storyUri, positionOf(STORY, VERIFIED));
    assert.match(JSON.stringify(verified?.contents), /^\{"kind":"markdown","value":"✓/);
    assert.equal(hover(service, storyUri, { line: 0, character: 0 }), null);
  });

  it('definition: the statement the quotation was checked against', async () => {
    await open(storyUri, STORY);
    const location = definition(service, storyUri, positionOf(STORY, ALTERED));
    assert.equal(location?.uri, fileUri(SOURCE));
    assert.equal(location?.range.start.line, 7);
  });

  it('code actions: the fix, an ignore comment and the accept command for a finding under the cursor', async () => {
    await open(storyUri, STORY);
    const at = positionOf(STORY, ALTERED);
    const actions = codeActions(service, storyUri, { start: at, end: at }, [], 'verbatim.acceptFinding');
    const titles = actions.map((a) => a.title);
    assert.ok(
      titles.some((t) => /south/.test(t)),
      titles.join(' | '),
    );
    assert.ok(titles.includes('Ignore quote.altered on this line'));
    const accept = actions.find((a) => a.command?.command === 'verbatim.acceptFinding');
    assert.equal(accept?.command?.arguments?.[0].folder, fileUri(ROOT));
    assert.deepEqual(
      codeActions(service, storyUri, { start: at, end: at }, [], undefined).filter((a) => a.command),
      [],
    );
  });

  it('accept: an edit that creates the accepted list; once applied, the finding is gone', async () => {
    await open(storyUri, STORY);
    const args = { uri: storyUri, folder: fileUri(ROOT), code: 'quote.unverified', text: UNVERIFIED };
    const result = acceptEdit(service, args, true);
    assert.equal(result.alreadyAccepted, false);
    const changes = (result.edit as WorkspaceEdit).documentChanges!;
    assert.deepEqual(changes[0], {
      kind: 'create',
      uri: fileUri(join(ROOT, '.verbatim', 'accepted.yaml')),
      options: { ignoreIfExists: true },
    });
    assert.throws(() => acceptEdit(service, args, false), /cannot create files/);
    assert.throws(() => acceptEdit(service, { ...args, folder: 'file:///elsewhere' }, true), /workspace folders/);
    acceptApplied(service, args.folder, result.edit);
    await service.scheduler.whenIdle();
    assert.deepEqual(events.codes(storyUri), ['quote.altered']);
    assert.equal(acceptEdit(service, args, true).alreadyAccepted, true);
  });

  it('workspace check: drafts on disk get diagnostics; sources and excluded files are not drafts', async () => {
    fs.write(join(ROOT, 'drafts', 'story.md'), STORY);
    fs.write(join(ROOT, 'drafts', 'notes.txt'), `Varga said "${UNVERIFIED}."\n`);
    fs.write(join(ROOT, 'archive', 'old.md'), `Varga said "${UNVERIFIED}."\n`);
    service.workspace.settings = readSettings({ exclude: ['archive/**'] });
    const result = await checkWorkspace(service, undefined, () => false);
    assert.equal(result.drafts, 2);
    assert.equal(result.findings, 3);
    assert.deepEqual(events.codes(fileUri(join(ROOT, 'drafts', 'notes.txt'))), ['quote.unverified']);
    assert.equal(events.diagnostics.has(fileUri(join(ROOT, 'archive', 'old.md'))), false);
    assert.equal(events.diagnostics.has(fileUri(SOURCE)), false);
  });

  it('quotation sheet: each quotation with its status and resolved speaker', async () => {
    await open(storyUri, STORY);
    const sheet = await quoteSheet(service, storyUri);
    assert.deepEqual(
      sheet.rows.map((r) => r.status),
      ['verified', 'altered', 'unverified'],
    );
    assert.deepEqual([...new Set(sheet.rows.map((r) => r.speaker))], ['Ines Varga']);
    await assert.rejects(quoteSheet(service, 'file://otherhost/x.md'), /not a draft file/);
  });

  it('URIs that are no local file are not drafts, and opening them publishes nothing', async () => {
    for (const uri of ['file://otherhost/share/story.md', fileUri(ROOT) + '/drafts/a%2Fb.md', 'untitled:Untitled-1']) {
      await open(uri, STORY);
      assert.equal(events.diagnostics.get(uri)?.diagnostics.length ?? 0, 0, uri);
      assert.equal(hover(service, uri, positionOf(STORY, ALTERED)), null);
    }
  });

  it('a huge draft is checked up to a paragraph boundary, with a note on what was skipped', async () => {
    const filler = 'The ferry timetable was printed again for the summer season.\n\n';
    await open(storyUri, STORY + filler.repeat(Math.ceil(300_000 / filler.length)));
    const codes = events.codes(storyUri);
    assert.deepEqual(codes, ['quote.altered', 'quote.unverified', 'check.skipped']);
    assert.match(service.lastCheck?.skipped ?? '', /characters/);
  });
});
