import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import * as cacheApi from '../../server/src/engine/corpus/cache';
import { loadCorpusCached } from '../../server/src/engine/corpus/cache';
import { DiskFile } from '../../server/src/engine/corpus/disk-file';
import { stampNow } from '../../server/src/engine/corpus/files';
import { HARBOR, check, corpusOf } from '../helpers';

const codes = (c: Corpus, d: string) => check(c, d).findings.map((f) => f.code);
const LINDQVIST = '"The new terminal will open in September," Lindqvist said.';

describe('corpus updates and the on-disk cache', () => {
  it('takes a changed source file in without a rebuild, and drops the old words', () => {
    const c = corpusOf(HARBOR);
    assert.deepEqual(codes(c, LINDQVIST), []);
    const path = '/corpus/2024-05-14-press-conference.md';
    const text = HARBOR['2024-05-14-press-conference.md'].replace('open in September', 'open in October');
    assert.equal(c.updateFile(path, { path, text }), true);
    assert.deepEqual(codes(c, LINDQVIST), ['quote.altered']);
    assert.deepEqual(codes(c, '"The new terminal will open in October," Lindqvist said.'), []);
  });
  it('forgets a deleted source file', () => {
    const c = corpusOf(HARBOR);
    c.updateFile('/corpus/2024-05-14-press-conference.md', undefined);
    assert.deepEqual(codes(c, LINDQVIST), ['quote.unverified']);
  });
  it('asks for a rebuild when people.yaml changes', () => {
    const c = corpusOf(HARBOR);
    assert.equal(c.updateFile('/corpus/people.yaml', { path: '/corpus/people.yaml', text: '[]' }), false);
  });
  it('starts warm from the cache with the same results, and rebuilds when a file changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-cache-test-'));
    const src = join(dir, 'sources'),
      cache = join(dir, 'cache');
    mkdirSync(src);
    for (const [name, text] of Object.entries(HARBOR)) writeFileSync(join(src, name), text);
    const drafts = [
      LINDQVIST,
      '"We are not going to cut corners to meet a deadline," said Marta Lindqvist.',
      'The new terminal can handle 12 departures a day, the harbour master said.',
      'Jonas Berg, the chief financial officer of Nordic Ferry Lines, spoke.',
    ];
    const cold = loadCorpusCached([src], cache);
    assert.equal(cold.fromCache, false);
    const warm = loadCorpusCached([src], cache);
    assert.equal(warm.fromCache, true);
    for (const d of drafts) {
      const a = check(cold.corpus, d).findings,
        b = check(warm.corpus, d).findings;
      assert.deepEqual(
        b.map((f) => [f.code, f.span, f.message, f.citation?.range, f.fixes]),
        a.map((f) => [f.code, f.span, f.message, f.citation?.range, f.fixes]),
      );
    }
    writeFileSync(join(src, 'quotes.jsonl'), '{"speaker": "Li Wen", "text": "Something new."}\n');
    assert.equal(loadCorpusCached([src], cache).fromCache, false);
    assert.ok(readdirSync(cache).every((f) => /^(?:corpus-[0-9a-f]+\.bin|stamps-[0-9a-f]+)$/.test(f)));
  });
  it(
    'restores every statement field by field (escaped JSONL words, removed statements), takes updates after a ' +
      'warm start, and rebuilds a cut-short cache',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'verbatim-cache-test-'));
      const src = join(dir, 'sources'),
        cache = join(dir, 'cache');
      mkdirSync(src);
      for (const [name, text] of Object.entries(HARBOR)) writeFileSync(join(src, name), text);
      writeFileSync(
        join(src, 'lines.jsonl'),
        '{"speaker": "Li Wen", "role": "engineer", "date": "2024-05-02", "source": "interview", "text": "We said ' +
          '\\"soon\\" and meant it."}\n{"speaker": "Li Wen", "text": "  Plain words, 12 berths.  "}\n',
      );
      const cold = loadCorpusCached([src], cache).corpus;
      cold.updateFile(join(src, 'lines.jsonl'), {
        path: join(src, 'lines.jsonl'),
        text: readFileSync(join(src, 'lines.jsonl'), 'utf8'),
        stamp: stampNow(join(src, 'lines.jsonl')), // (a file handed in without a stamp is keyed by its contents)
      });
      const { saveCache, corpusKey } = cacheApi;
      const files = [...cold.files.values()];
      saveCache(cold, cache, corpusKey(files));
      const warm = loadCorpusCached([src], cache);
      assert.equal(warm.fromCache, true);
      const row = (s: Corpus['statements'][number]) => [
        s.id,
        s.doc.path,
        s.span,
        s.text,
        s.base,
        s.speaker,
        s.role,
        s.organization,
        s.date,
        s.speech,
        s.person?.name,
        s.removed,
        s.title,
        s.url,
      ];
      assert.deepEqual(warm.corpus.statements.map(row), cold.statements.map(row));
      // The registry of people as it was: people, roles with their sources, every key in order, organizations.
      const person = (p: Corpus['people']['persons'][number]) => [
        p.name,
        p.aliases,
        p.listed,
        p.roles.map((r) => [r.title, r.organization, r.source?.doc.path, r.source?.span]),
      ];
      assert.deepEqual(warm.corpus.people.persons.map(person), cold.people.persons.map(person));
      assert.deepEqual(warm.corpus.people.dumpKeys(), cold.people.dumpKeys());
      assert.deepEqual(warm.corpus.people.orgs, cold.people.orgs);
      assert.ok(warm.corpus.people.lookup('Lindqvist').length === 1);
      assert.ok(warm.corpus.statements.some((s) => s.text === 'We said "soon" and meant it.' && s.base === undefined));
      assert.ok(warm.corpus.statements.some((s) => s.removed));
      // An update after a warm start joins the indexes like one after a build.
      const path = join(src, '2024-05-14-press-conference.md');
      const text = HARBOR['2024-05-14-press-conference.md'].replace('open in September', 'open in October');
      warm.corpus.updateFile(path, { path, text });
      assert.deepEqual(codes(warm.corpus, LINDQVIST), ['quote.altered']);
      assert.deepEqual(codes(warm.corpus, '"The new terminal will open in October," Lindqvist said.'), []);
      // A cache file cut short is not trusted: the corpus is built again.
      const file = join(
        cache,
        readdirSync(cache).find((f) => f.includes(corpusKey(files)))!,
      );
      writeFileSync(file, readFileSync(file).subarray(0, 1000));
      assert.equal(loadCorpusCached([src], cache).fromCache, false);
    },
  );
  it("from the cache, reads a file's text only when a statement of it is read: the same words, BOM and accents", () => {
    const src = mkdtempSync(join(tmpdir(), 'verbatim-lazy-'));
    const cache = join(src, '.cache');
    const release =
      '---\nkind: statement\nspeaker: Zoë Ångström\ndate: 2024-05-15\n---\n' +
      'The ferry “Nordlys” returns on Friday. Café owners welcome it. 😀\r\n\r\nSecond paragraph, still hers.\r\n';
    writeFileSync(join(src, 'bom.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(release)]));
    writeFileSync(join(src, 'plain.md'), release.replace('Friday', 'Monday'));
    writeFileSync(join(src, 'blank.md'), ' \n\t\u3000\n');
    const cold = loadCorpusCached([src], cache);
    assert.equal(cold.fromCache, false);
    assert.deepEqual(
      cold.corpus.problems.map((p) => [p.file.split(/[\\/]/).pop(), p.code]),
      [['blank.md', 'corpus.empty']],
    );
    const warm = loadCorpusCached([src], cache);
    assert.equal(warm.fromCache, true, 'the same key from the undecoded bytes as from the text');
    const files = [...warm.corpus.files.values()];
    assert.ok(
      files.every((f) => f instanceof DiskFile && !f.loaded),
      'no file read by the load',
    );
    const texts = (c: Corpus) => c.statements.map((st) => [st.doc.path, st.text, st.doc.lines.starts.length]);
    assert.deepEqual(texts(warm.corpus), texts(cold.corpus));
    assert.ok(warm.corpus.statements.some((st) => st.text.startsWith('The ferry “Nordlys” returns on Friday.')));
    assert.ok(
      files.every((f) => f instanceof DiskFile && f.loaded && !f.text.startsWith('\ufeff')),
      'read once a statement is, without the BOM',
    );
    assert.deepEqual(codes(warm.corpus, '"The ferry “Nordlys” returns on Friday," Zoë Ångström said.'), []);
  });
});
