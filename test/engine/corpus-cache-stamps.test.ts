// The on-disk cache is keyed by the files' stamps (modification time and size), and a file read
// from a warm corpus is held to the contents the cache was built from (corpus/disk-file.ts).
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpusCached } from '../../server/src/engine/corpus/cache';
import { DiskFile } from '../../server/src/engine/corpus/disk-file';
import { HARBOR, check } from '../helpers';

const PRESS = '2024-05-14-press-conference.md';
const DRAFT = 'The new terminal can handle 14 departures a day, Marta Lindqvist said.';

function sources() {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-stamps-'));
  const src = join(dir, 'sources'),
    cache = join(dir, 'cache');
  mkdirSync(src);
  for (const [name, text] of Object.entries(HARBOR)) {
    writeFileSync(join(src, name), text);
    utimesSync(join(src, name), T, T);
  }
  writeFileSync(join(src, 'zoo.md'), '---\nspeaker: Ada Quint\n---\nThe otters moved to their winter pool.\n');
  return { src, cache };
}

const T = 1_700_000_000; // (whole seconds: a time set back exactly)

/** Rewrites a file and gives it back its modification time: the same stamp when the size is the same. */
function rewriteKeepingTime(path: string, text: string) {
  writeFileSync(path, text);
  utimesSync(path, T, T);
}

const codes = (c: Parameters<typeof check>[0]) => check(c, DRAFT).findings.map((f) => f.code);

describe('on-disk cache keyed by stamps', () => {
  it('loads from the cache without reading a source, and a check reads only what it needs', () => {
    const { src, cache } = sources();
    assert.equal(loadCorpusCached([src], cache).fromCache, false);
    const warm = loadCorpusCached([src], cache);
    assert.equal(warm.fromCache, true);
    const files = [...warm.corpus.files.values()];
    // (people.yaml, which every attribution depends on, is compared at load)
    const others = files.filter((f) => !f.path.endsWith('people.yaml'));
    assert.ok(others.length > 2 && others.every((f) => f instanceof DiskFile && !f.loaded));
    assert.deepEqual(codes(warm.corpus), []);
    const zoo = files.find((f) => f.path.endsWith('zoo.md'));
    assert.ok(zoo instanceof DiskFile && !zoo.loaded, 'a source the draft has nothing to do with is not read');
  });

  it('takes in a file whose words changed under the same stamp when a check first reads it', () => {
    const { src, cache } = sources();
    loadCorpusCached([src], cache);
    const path = join(src, PRESS);
    const before = readFileSync(path, 'utf8');
    rewriteKeepingTime(path, before.replace('14 departures', '16 departures'));
    const warm = loadCorpusCached([src], cache);
    assert.equal(warm.fromCache, true, 'same size, same time: the same key');
    const result = check(warm.corpus, DRAFT);
    assert.ok(
      result.findings.some(
        (f) => f.code.startsWith('fact.') && f.fixes?.some((x) => x.edits.some((e) => e.newText === '16')),
      ),
      JSON.stringify(result.findings.map((f) => [f.code, f.message])),
    );
    assert.equal(warm.corpus.stale.size, 0);
    assert.ok(
      warm.corpus.statements.some((s) => s.removed && s.doc.path === path),
      'its statements made again',
    );
    // The words the finding cites are the file's words now.
    assert.ok(warm.corpus.statements.some((s) => !s.removed && s.text.includes('16 departures')));
    assert.ok(!warm.corpus.statements.some((s) => !s.removed && s.text.includes('14 departures')));
  });

  it('takes in a file changed on disk after the corpus was loaded and before it was read', () => {
    const { src, cache } = sources();
    loadCorpusCached([src], cache);
    const warm = loadCorpusCached([src], cache);
    const path = join(src, PRESS);
    writeFileSync(path, readFileSync(path, 'utf8').replace('14 departures a day', '14 departures a week'));
    codes(warm.corpus); // (the check reads the file: found changed, taken in, checked again)
    assert.equal(warm.corpus.stale.size, 0);
    assert.ok(
      warm.corpus.statements.some((s) => s.removed && s.doc.path === path),
      'its statements made again',
    );
    assert.ok(warm.corpus.statements.some((s) => !s.removed && s.text.includes('14 departures a week')));
    assert.ok(!warm.corpus.statements.some((s) => !s.removed && s.text.includes('14 departures a day')));
  });

  it('finds the cache by contents when the stamps are new (a fresh clone), then by stamps again', () => {
    const { src, cache } = sources();
    loadCorpusCached([src], cache);
    const later = T + 3600;
    for (const name of readdirSync(src)) utimesSync(join(src, name), later, later);
    const touched = loadCorpusCached([src], cache);
    assert.equal(touched.fromCache, true, 'the same contents: the same cache');
    assert.ok(
      [...touched.corpus.files.values()].every((f) => !(f instanceof DiskFile)),
      'read to find the key',
    );
    const again = loadCorpusCached([src], cache);
    assert.equal(again.fromCache, true);
    const unread = [...again.corpus.files.values()].filter((f) => f instanceof DiskFile && !f.loaded);
    assert.equal(unread.length, again.corpus.files.size - 1, 'found by the new stamps: nothing read but people.yaml');
  });

  it('rebuilds when a source or people.yaml holds other words, whatever its stamp', () => {
    const { src, cache } = sources();
    loadCorpusCached([src], cache);
    const people = join(src, 'people.yaml');
    const yaml = readFileSync(people, 'utf8');
    const swapped = yaml.replace('Lindqvist', 'Lindkvist');
    assert.notEqual(swapped, yaml);
    rewriteKeepingTime(people, swapped);
    assert.equal(loadCorpusCached([src], cache).fromCache, false, 'people.yaml is compared at load');
    writeFileSync(join(src, 'zoo.md'), '---\nspeaker: Ada Quint\n---\nThe otters moved to the summer pool.\n');
    assert.equal(loadCorpusCached([src], cache).fromCache, false);
    assert.equal(loadCorpusCached([src], cache).fromCache, true);
  });
});
