// Unit tests of the draft and corpus globs and of reading the settings, with the bounds that keep
// a committed pattern from hanging the server.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  expandFolderGlob,
  findDrafts,
  included,
  isBoundedPattern,
  isGlob,
  languageOfFile,
  matchesAny,
  MAX_PATTERN_LENGTH,
  patternPath,
} from '../../server/src/service/globs';
import { DEFAULTS, readSettings } from '../../server/src/service/settings';
import { MemoryFileSystem } from './memory-host';

describe('globs', () => {
  it('match paths relative to the folder; a pattern without a slash matches the file name anywhere', () => {
    assert.equal(matchesAny('desk/metro/budget.md', ['desk/**']), true);
    assert.equal(matchesAny('desk/metro/budget.md', ['*.md']), true);
    assert.equal(matchesAny('desk/metro/budget.md', ['metro/*.md']), false);
    assert.equal(matchesAny('desk/metro/budget.md', ['**/metro/*.{md,txt}']), true);
    assert.equal(matchesAny('.drafts/a.md', ['**/*.md']), true, 'dot folders are matched');
  });

  it('include and exclude: exclude wins; an empty include takes every file', () => {
    const base = join('/', 'ws');
    const file = join(base, 'stories', 'README.md');
    assert.equal(included(base, file, ['stories/**'], []), true);
    assert.equal(included(base, file, ['stories/**'], ['**/README.md']), false);
    assert.equal(included(base, file, [], []), true);
    assert.equal(patternPath(base, file), 'stories/README.md');
    assert.equal(patternPath(join(base, 'other'), file), file.split('\\').join('/'));
  });

  it('read extglob syntax as plain characters, and refuse patterns over the length or wildcard bounds', () => {
    const hostile = `${'+(*|?)'.repeat(30)}x`;
    const name = `${'a'.repeat(60)}.md`;
    const started = Date.now();
    assert.equal(matchesAny(name, [hostile]), false);
    assert.ok(Date.now() - started < 5000, 'a hostile pattern is answered without backtracking (hang bound)');
    assert.equal(matchesAny('+(a).md', ['+(a).md']), true, 'extglob syntax is literal');
    assert.equal(isBoundedPattern('x'.repeat(MAX_PATTERN_LENGTH + 1)), false);
    assert.equal(isBoundedPattern('*a*b*c*d*e*f*g*h*i'), false);
    assert.equal(isBoundedPattern('**/drafts/**/*.md'), true);
    assert.equal(matchesAny('a.md', ['x'.repeat(MAX_PATTERN_LENGTH) + '*']), false);
    assert.equal(isGlob('reporting/*/sources'), true);
    assert.equal(isGlob('sources'), false);
  });

  it('expand corpus folder globs and find drafts through the service file system', () => {
    const fs = new MemoryFileSystem();
    const ws = join('/', 'ws');
    fs.write(join(ws, 'beats', 'health', 'sources', 'memo.md'), 'x');
    fs.write(join(ws, 'beats', 'courts', 'sources', 'ruling.md'), 'x');
    fs.write(join(ws, 'beats', 'courts', 'draft.md'), 'x');
    fs.write(join(ws, 'node_modules', 'pkg', 'sources', 'x.md'), 'x');
    fs.write(join(ws, 'notes.txt'), 'x');
    fs.write(join(ws, 'data.csv'), 'x');
    const dirs = expandFolderGlob(fs, ws, 'beats/*/sources');
    assert.deepEqual(dirs, [join(ws, 'beats', 'courts', 'sources'), join(ws, 'beats', 'health', 'sources')]);
    assert.deepEqual(expandFolderGlob(fs, ws, '**/sources').length, 2, 'node_modules is never walked');
    const inCorpus = (d: string) => dirs.some((c) => d === c);
    const found = findDrafts(fs, ws, ['markdown', 'plaintext'], inCorpus, () => true);
    assert.deepEqual(found.files, [join(ws, 'beats', 'courts', 'draft.md'), join(ws, 'notes.txt')]);
    assert.equal(found.truncated, false);
    assert.equal(findDrafts(fs, ws, ['markdown'], inCorpus, () => true, 0).truncated, true);
    assert.equal(languageOfFile('a.MARKDOWN'), 'markdown');
    assert.equal(languageOfFile('a.csv'), undefined);
  });
});

describe('settings', () => {
  it('fall back to the defaults for missing or malformed values', () => {
    assert.deepEqual(readSettings(undefined), { ...DEFAULTS, draftDate: undefined });
    assert.deepEqual(readSettings('nonsense'), readSettings({}));
    const s = readSettings({
      corpus: 42,
      debounce: -5,
      run: 'sometimes',
      draftDate: '2026-13',
      severity: { 'fact.name': 'loud' },
    });
    assert.deepEqual(s.corpus, DEFAULTS.corpus);
    assert.equal(s.debounce, DEFAULTS.debounce);
    assert.equal(s.run, 'onType');
    assert.equal(s.draftDate, undefined);
    assert.deepEqual(s.severity, {});
  });

  it('read nested and flat keys, trim strings and drop empty ones', () => {
    const nested = readSettings({
      corpus: [' sources ', '', 'archive/*'],
      drafts: { include: ['stories/**'] },
      run: 'manual',
    });
    assert.deepEqual(nested.corpus, ['sources', 'archive/*']);
    assert.deepEqual(nested.include, ['stories/**']);
    assert.equal(nested.run, 'manual');
    const flat = readSettings({ 'drafts.languages': 'plaintext', severity: { 'fact.name': 'off' }, debounce: 0 });
    assert.deepEqual(flat.languages, ['plaintext']);
    assert.deepEqual(flat.severity, { 'fact.name': 'off' });
    assert.equal(flat.debounce, 0);
  });
});
