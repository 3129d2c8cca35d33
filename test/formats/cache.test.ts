// Extraction is cached by contents: a warm start takes the extracted text
// from the cache (no reader runs), a changed file is read again; and no bytes
// make a reader throw.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { extractBytes, pruneExtractionCache } from '../../server/src/engine/corpus/formats/extract';
import { loadCorpusCachedAsync } from '../../server/src/engine/corpus/cache';
import { readCorpusFiles } from '../../server/src/engine/corpus/formats/load';
import type { SourceFormat } from '../../server/src/engine/corpus/formats/types';
import { makeDocx, makePdf, writeFormatsCorpus } from './fixtures';

describe('formats: extraction cache and bad bytes', function () {
  this.timeout(60_000);
  let root = '';
  before(async () => {
    root = await writeFormatsCorpus();
  });
  after(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('a second load takes every extraction and the corpus from the cache: same statements, places', async () => {
    const cache = join(root, 'cache');
    const cold = await loadCorpusCachedAsync([join(root, 'sources')], cache);
    assert.equal(cold.fromCache, false);
    assert.equal(readdirSync(join(cache, 'extracted')).length, 6, 'one cached extraction per file');
    const warm = await loadCorpusCachedAsync([join(root, 'sources')], cache);
    assert.equal(warm.fromCache, true);
    const sig = (c: typeof cold.corpus) =>
      c.statements.map((s) => `${s.doc.path}|${s.speaker}|${s.date}|${s.text}`).sort();
    assert.deepEqual(sig(warm.corpus), sig(cold.corpus));
    const vtt = warm.corpus.docs.find((d) => d.path.endsWith('.vtt'))!;
    assert.equal(vtt.extracted?.format, 'vtt');
    assert.deepEqual(vtt.extracted, cold.corpus.docs.find((d) => d.path.endsWith('.vtt'))!.extracted);
  });

  it('the extraction cache is keyed by the bytes: the same PDF is read once, a changed one again', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'verbatim-extract-cache-'));
    try {
      const a = await makePdf([['The pool opens at seven.']]);
      assert.equal((await extractBytes('pdf', a, cache)).fromCache, false);
      const again = await extractBytes('pdf', a, cache);
      assert.equal(again.fromCache, true);
      assert.match(again.extraction.body, /The pool opens at seven\./);
      const b = await makePdf([['The pool opens at eight.']]);
      assert.equal((await extractBytes('pdf', b, cache)).fromCache, false);
      // An extraction no load used for months is removed; the one just used stays.
      const [first, second] = readdirSync(join(cache, 'extracted')).map((n) => join(cache, 'extracted', n));
      const old = new Date(Date.now() - 90 * 86_400_000);
      utimesSync(first, old, old);
      pruneExtractionCache(cache);
      assert.deepEqual(
        readdirSync(join(cache, 'extracted')).map((n) => join(cache, 'extracted', n)),
        [second],
      );
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('no bytes make a reader throw: damaged files come back as problems', async () => {
    const pdf = await makePdf([['A short page of text for cutting up.']]);
    const docx = await makeDocx(['A short paragraph for cutting up.']);
    const formats: SourceFormat[] = ['pdf', 'docx', 'html', 'vtt', 'srt', 'eml'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...formats),
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc.nat({ max: pdf.length }).map((n) => pdf.slice(0, n)),
          fc.nat({ max: docx.length }).map((n) => docx.slice(0, n)),
        ),
        async (format, bytes) => {
          const { extraction } = await extractBytes(format, bytes);
          assert.equal(typeof extraction.body, 'string');
          assert.ok(Array.isArray(extraction.problems));
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 60) },
    );
  });

  it('a truncated PDF or Word file is a problem on the file, the rest of the folder loads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-cut-'));
    try {
      const pdf = await makePdf([['The pool opens at seven.']]);
      writeFileSync(join(dir, 'cut.pdf'), pdf.slice(0, Math.floor(pdf.length / 3)));
      const docx = await makeDocx(['The pool opens at seven.']);
      writeFileSync(join(dir, 'cut.docx'), docx.slice(0, Math.floor(docx.length / 2)));
      writeFileSync(
        join(dir, 'ok.vtt'),
        'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ada Obi>The pool opens at seven.\n',
      );
      const { corpus } = await loadCorpusCachedAsync([dir], join(dir, '.cache'));
      assert.deepEqual(corpus.problems.map((p) => [p.file.split('/').pop(), p.code]).sort(), [
        ['cut.docx', 'corpus.docx'],
        ['cut.pdf', 'corpus.pdf'],
      ]);
      assert.equal(corpus.statements.filter((s) => s.speaker === 'Ada Obi').length, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reading a folder of PDFs yields to the event loop between files, reporting progress', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-many-pdfs-'));
    try {
      const pdf = await makePdf([['The pool opens at seven.'], ['The pool closes at nine.']]);
      for (let i = 0; i < 12; i++) writeFileSync(join(dir, `notice-${i}.pdf`), pdf);
      let ticks = 0;
      const timer = setInterval(() => {
        ticks++;
      }, 0);
      const progress: number[] = [];
      const ticksAt: number[] = [];
      const onProgress = (p: { done: number }) => {
        progress.push(p.done);
        ticksAt.push(ticks);
      };
      const files = await readCorpusFiles([dir], [], { onProgress });
      clearInterval(timer);
      assert.equal(files.length, 12);
      assert.deepEqual(
        progress,
        Array.from({ length: 12 }, (_, i) => i + 1),
      );
      assert.ok(ticksAt[ticksAt.length - 1] > ticksAt[0], 'timers ran while the files were being read');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
