// Silencing findings over the protocol: ignore comments and their quick fix, and the
// team's .verbatim/accepted.yaml (read at once, watched, written by the accept quick fix).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CreateFile,
  PublishDiagnosticsParams,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { buildOnce } from '../cli/run';
import { PLAIN_CAPABILITIES, Session, removeWorkspace, tempWorkspace, uriOf } from './client';
import { startConfigured, VSCODE_LIKE, type Configured } from './configured';
import { parseAccepted } from '../../server/src/engine/accepted';
import type { AcceptArgs } from '../../protocol/index';

// Against examples/sources: line 4 altered, line 6 misattributed, line 8 verified, line 10 unverified.
const HEAD = '---\ntitle: Suppression test\ndate: 2026-03-12\n---\n';
const ALTERED = 'Mayor Elena Ruiz said "every neighborhood deserves a fire engine within five minutes."\n';
const MISATTRIBUTED = 'Council member Daniel Okafor voted no. "Riders will pay for this in longer waits," Ruiz said.\n';
const VERIFIED =
  '"This budget proves that we can keep the city safe without raising property taxes," said Priya Nair.\n';
const UNVERIFIED = '"We will repave every street in the city by summer," Okafor said.\n';
const DRAFT = HEAD + [ALTERED, MISATTRIBUTED, VERIFIED, UNVERIFIED].join('\n');
const REPAVE = 'We will repave every street in the city by summer';

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code)).sort();
const sameCodes = (want: string[]) => (p: PublishDiagnosticsParams) =>
  JSON.stringify(codes(p)) === JSON.stringify([...want].sort());
const replace = (path: string, text: string) => {
  writeFileSync(path + '.tmp', text);
  renameSync(path + '.tmp', path);
};
const ALL = ['quote.altered', 'quote.misattributed', 'quote.unverified'];

describe('language server: suppression comments and accepted findings', function () {
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
    'drops findings under <!-- verbatim-ignore-next-line --> and inside <!-- verbatim off --> … <!-- verbatim on ' +
      '-->',
    async () => {
      ({ s } = await Session.start(ws));
      const text =
        HEAD +
        [
          '<!-- verbatim-ignore-next-line -->',
          ALTERED,
          '<!-- verbatim off -->',
          '',
          MISATTRIBUTED,
          '<!-- verbatim on -->',
          '',
          VERIFIED,
          UNVERIFIED,
        ].join('\n');
      await s.open(draftPath, text);
      const p = await s.diagnostics(uri, (x) => x.diagnostics.length > 0);
      assert.deepEqual(codes(p), ['quote.unverified']);
    },
  );

  it('offers "Ignore … on this line" for a Markdown draft; applying it silences that finding only', async () => {
    ({ s } = await Session.start(ws));
    await s.open(draftPath, DRAFT);
    const p = await s.diagnostics(uri, sameCodes(ALL));
    const unv = p.diagnostics.find((d) => d.code === 'quote.unverified')!;
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: unv.range,
      context: { diagnostics: [unv] },
    });
    const ignore = actions.find((a) => /^Ignore quote\.unverified on this line$/.test(a.title));
    assert.ok(ignore, `no ignore action among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(ignore.kind, 'quickfix');
    const change = (ignore.edit!.documentChanges as TextDocumentEdit[])[0];
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, DRAFT), change.edits as TextEdit[]);
    assert.equal(
      fixed,
      DRAFT.replace(UNVERIFIED, `<!-- verbatim-ignore-next-line quote.unverified -->\n${UNVERIFIED}`),
    );
    const from = s.mark();
    await s.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = await s.diagnostics(uri, (x) => x.version === 2, from);
    assert.deepEqual(codes(after), ['quote.altered', 'quote.misattributed']);

    // A second ignore on a line that has one already adds its code to the same comment.
    const twice = HEAD + ['<!-- verbatim-ignore-next-line fact.date -->', ALTERED].join('\n');
    const path2 = join(ws, 'drafts', 'two.md');
    await s.open(path2, twice);
    const p2 = await s.diagnostics(uriOf(path2), (x) => x.diagnostics.length > 0);
    const alt = p2.diagnostics.find((d) => d.code === 'quote.altered')!;
    const a2 = await s.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uriOf(path2) },
      range: alt.range,
      context: { diagnostics: [alt] },
    });
    const ig2 = a2.find((a) => a.title.startsWith('Ignore quote.altered'))!;
    const merged = TextDocument.applyEdits(
      TextDocument.create(uriOf(path2), 'markdown', 1, twice),
      (ig2.edit!.documentChanges as TextDocumentEdit[])[0].edits as TextEdit[],
    );
    assert.equal(
      merged,
      twice.replace(
        '<!-- verbatim-ignore-next-line fact.date -->',
        '<!-- verbatim-ignore-next-line fact.date quote.altered -->',
      ),
    );
  });

  it(
    'offers no ignore comment in a plain-text draft, and no accept action to a client that cannot run ' + 'one',
    async () => {
      ({ s } = await Session.start(ws));
      const txt = join(ws, 'drafts', 'story.txt');
      await s.open(txt, DRAFT.slice(HEAD.length), 'plaintext');
      const p = await s.diagnostics(uriOf(txt), (x) => x.diagnostics.length > 0);
      const unv = p.diagnostics.find((d) => d.code === 'quote.unverified')!;
      const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: uriOf(txt) },
        range: unv.range,
        context: { diagnostics: [unv] },
      });
      assert.deepEqual(actions, []);
    },
  );

  it(
    'reads .verbatim/accepted.yaml at once and, without client file watching, notices edits to it by ' + 'itself',
    async () => {
      mkdirSync(join(ws, '.verbatim'));
      const accepted = join(ws, '.verbatim', 'accepted.yaml');
      writeFileSync(accepted, `- code: quote.unverified\n  text: "${REPAVE}"\n  note: said on the phone, 12 March\n`);
      ({ s } = await Session.start(ws));
      await s.open(draftPath, DRAFT);
      await s.diagnostics(uri, sameCodes(['quote.altered', 'quote.misattributed']));

      let from = s.mark();
      replace(accepted, `# nothing accepted\n[]\n`);
      await s.diagnostics(uri, sameCodes(ALL), from);

      from = s.mark();
      replace(
        accepted,
        `- code: quote.altered\n  text: every neighborhood deserves a fire engine within five minutes\n  draft: ` +
          `drafts/story.md\n- code: quote.misattributed\n  text: Riders will pay for this in longer waits\n  draft: ` +
          `drafts/other.md\n`,
      );
      await s.diagnostics(uri, sameCodes(['quote.misattributed', 'quote.unverified']), from);
    },
  );

  it(
    'with client file watching: re-checks on didChangeWatchedFiles for accepted.yaml, without reloading the ' +
      'corpus; reports a broken file on it',
    async () => {
      const c = await startConfigured(ws, {
        capabilities: {
          ...VSCODE_LIKE,
          workspace: { ...VSCODE_LIKE.workspace, didChangeWatchedFiles: { dynamicRegistration: true } },
        },
      });
      s = c.s;
      await s.open(draftPath, DRAFT);
      await s.diagnostics(uri, sameCodes(ALL));
      const loads = () => s!.logs.filter((l) => /\] corpus .*statements/.test(l)).length;
      assert.equal(loads(), 1);
      mkdirSync(join(ws, '.verbatim'));
      const accepted = join(ws, '.verbatim', 'accepted.yaml');
      let from = s.mark();
      writeFileSync(accepted, `- code: quote.unverified\n  text: '${REPAVE}.'\n`);
      await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(accepted), type: 1 }] });
      await s.diagnostics(uri, sameCodes(['quote.altered', 'quote.misattributed']), from);
      assert.equal(loads(), 1, 'the corpus is not read again for accepted.yaml');

      from = s.mark();
      replace(accepted, `- code: quote.unverified\n  text: [broken\n`);
      await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(accepted), type: 2 }] });
      await s.diagnostics(uri, sameCodes(ALL), from);
      const bad = await s.diagnostics(uriOf(accepted), (x) => x.diagnostics.length > 0);
      assert.equal(bad.diagnostics[0].code, 'accepted.invalid');
      assert.match(String(bad.diagnostics[0].message), /YAML/);
    },
  );

  it(
    "the accept quick fix: a client command with the finding's words when the client has one; the file changes " +
      'and findings drop on verbatim/acceptedChanged',
    async () => {
      const c: Configured = await startConfigured(ws, {
        initializationOptions: { clientCommands: ['verbatim.acceptFinding'] },
      });
      s = c.s;
      await s.open(draftPath, DRAFT);
      const p = await s.diagnostics(uri, sameCodes(ALL));
      const byCode = (code: string) => p.diagnostics.find((d) => d.code === code)!;
      const all = await s.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } },
        context: { diagnostics: p.diagnostics },
      });
      const accept = all.filter((a) => a.command?.command === 'verbatim.acceptFinding');
      assert.equal(accept.length, 3, JSON.stringify(all.map((a) => a.title)));
      for (const a of accept) {
        assert.equal(a.edit, undefined, 'accepting edits nothing in the draft');
        assert.equal(a.kind, 'quickfix');
      }
      const unv = accept.find((a) => a.diagnostics?.[0].code === 'quote.unverified')!;
      assert.equal(unv.title, 'Accept this quotation (shared in .verbatim/accepted.yaml)');
      const args = unv.command!.arguments![0] as AcceptArgs;
      assert.deepEqual(
        { ...args, note: undefined },
        { uri, folder: uriOf(ws), code: 'quote.unverified', text: REPAVE, note: undefined },
      );
      assert.ok(args.note && args.note.length > 0);
      assert.deepEqual(byCode('quote.unverified').range, unv.diagnostics![0].range);

      // What the VS Code command does: write the file, then tell the server.
      mkdirSync(join(ws, '.verbatim'));
      const accepted = join(ws, '.verbatim', 'accepted.yaml');
      writeFileSync(accepted, `- code: ${args.code}\n  text: "${args.text}"\n`);
      const from = s.mark();
      await s.notify('verbatim/acceptedChanged', { uri: uriOf(accepted) });
      await s.diagnostics(uri, sameCodes(['quote.altered', 'quote.misattributed']), from, 2000);
    },
  );

  it(
    'the accept quick fix for other editors: a server command that adds the entry through workspace/applyEdit and ' +
      'drops the finding at once',
    async () => {
      // The client applies the edit in its buffer and does not save: the server must not wait for the disk.
      const c = await startConfigured(ws, { applyEdit: () => true });
      s = c.s;
      assert.ok((c.init.capabilities.executeCommandProvider?.commands ?? []).includes('verbatim.server.acceptFinding'));
      await s.open(draftPath, DRAFT);
      const p = await s.diagnostics(uri, sameCodes(ALL));
      const unv = p.diagnostics.find((d) => d.code === 'quote.unverified')!;
      const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: unv.range,
        context: { diagnostics: [unv] },
      });
      const accept = actions.find((a) => a.command?.command === 'verbatim.server.acceptFinding');
      assert.ok(accept, JSON.stringify(actions.map((a) => a.title)));
      const from = s.mark();
      assert.equal(await s.request('workspace/executeCommand', accept.command), true);
      const [edit] = c.edits;
      const ops = edit.documentChanges!;
      const target = uriOf(join(ws, '.verbatim', 'accepted.yaml'));
      assert.deepEqual(ops[0], { kind: 'create', uri: target, options: { ignoreIfExists: true } } satisfies CreateFile);
      const write = ops[1] as TextDocumentEdit;
      assert.equal(write.textDocument.uri, target);
      const yaml = (write.edits[0] as TextEdit).newText;
      assert.deepEqual(
        parseAccepted(yaml).entries.map((e) => [e.code, e.text, e.draft]),
        [['quote.unverified', REPAVE, undefined]],
      );
      await s.diagnostics(uri, sameCodes(['quote.altered', 'quote.misattributed']), from, 2000);
      assert.ok(!existsSync(join(ws, '.verbatim', 'accepted.yaml')), 'the server never writes the file itself');

      // A fact is accepted for this draft only: its entry names the draft.
      const fact = join(ws, 'drafts', 'fact.md');
      const factText = HEAD + 'The Riverton City Council on Friday approved a $421 million general fund budget.\n';
      await s.open(fact, factText);
      const fp = await s.diagnostics(uriOf(fact), (x) => x.diagnostics.some((d) => d.code === 'fact.number'));
      const d = fp.diagnostics.find((x) => x.code === 'fact.number')!;
      const fa = await s.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: uriOf(fact) },
        range: d.range,
        context: { diagnostics: [d] },
      });
      const acc = fa.find((a) => a.command?.command === 'verbatim.server.acceptFinding')!;
      assert.equal(acc.title, 'Accept this fact (shared in .verbatim/accepted.yaml)');
      const factArgs = acc.command!.arguments![0] as AcceptArgs;
      assert.equal(factArgs.draft, 'drafts/fact.md');
      assert.equal(factArgs.text, '$421 million');
      const from2 = s.mark();
      assert.equal(await s.request('workspace/executeCommand', acc.command), true);
      const ops2 = c.edits[1].documentChanges!;
      assert.deepEqual(
        ops2.map((o) => ('kind' in o ? o.kind : 'edit')),
        ['edit'],
        'the file exists in the editor now: no second create',
      );
      const write2 = ops2[0] as TextDocumentEdit;
      assert.deepEqual(
        write2.edits[0].range,
        { start: { line: 0, character: 0 }, end: { line: yaml.split('\n').length - 1, character: 0 } },
        'replaces the text the editor holds',
      );
      const yaml2 = (write2.edits[0] as TextEdit).newText;
      assert.deepEqual(
        parseAccepted(yaml2).entries.map((e) => [e.code, e.text, e.draft]),
        [
          ['quote.unverified', REPAVE, undefined],
          ['fact.number', '$421 million', 'drafts/fact.md'],
        ],
        'the second entry is added to the first, unsaved one',
      );
      await s.diagnostics(uriOf(fact), (x) => !x.diagnostics.some((d) => d.code === 'fact.number'), from2, 2000);
    },
  );

  it('accepting never targets a file outside the workspace folders', async () => {
    const c = await startConfigured(ws);
    s = c.s;
    await s.open(draftPath, DRAFT);
    await s.diagnostics(uri, sameCodes(ALL));
    const args: AcceptArgs = { uri, folder: uriOf(join(ws, 'sources')), code: 'quote.unverified', text: REPAVE };
    await assert.rejects(
      s.request('workspace/executeCommand', { command: 'verbatim.server.acceptFinding', arguments: [args] }),
      /workspace folders/,
    );
    assert.equal(c.edits.length, 0);
    assert.equal(readFileSync(join(ws, 'sources', 'people.yaml'), 'utf8').includes(REPAVE), false);
  });

  void PLAIN_CAPABILITIES;
});
