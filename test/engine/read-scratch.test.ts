// readFileBounded into a scratch buffer (ReadScratch): the same bytes and problems as a read of its own, the buffer
// grown (its bytes kept) when a file needs more, and the walk's texts the same as those decoded late.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileBounded, ReadScratch } from '../../server/src/engine/corpus/read-file';
import { readSourceFile } from '../../server/src/engine/corpus/files';

describe('ReadScratch', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'verbatim-scratch-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps its first bytes when it grows', () => {
    const s = new ReadScratch();
    s.room(4).write('abcd');
    const b = s.room(10_000, 4);
    assert.ok(b.length >= 10_000);
    assert.equal(b.subarray(0, 4).toString(), 'abcd');
    assert.equal(s.room(5), b);
  });

  it('reads files one after another as readFileBounded alone does', () => {
    const s = new ReadScratch();
    const sizes = [0, 1, 4095, 4096, 5000, 3 << 20, 17, 70_000];
    sizes.forEach((n, i) => {
      const p = join(dir, `f${i}`);
      writeFileSync(p, Buffer.alloc(n, 97 + (i % 26)));
      const alone = readFileBounded(p, 4 << 20);
      const mine = readFileBounded(p, 4 << 20, s);
      assert.deepEqual(mine.bytes && Buffer.from(mine.bytes), alone.bytes);
    });
    const big = join(dir, 'big');
    writeFileSync(big, Buffer.alloc(5000, 120));
    assert.deepEqual(readFileBounded(big, 4000, s), readFileBounded(big, 4000));
    assert.deepEqual(readFileBounded(join(dir, 'none'), 10, s), readFileBounded(join(dir, 'none'), 10));
  });

  it('gives readSourceFile the same text and problems as a late decoding', () => {
    const s = new ReadScratch();
    const texts = [
      Buffer.from('\ufeff\ufeffDeux BOM — “quoted” ünïcode 😀\n'),
      Buffer.from('plain ascii\n'),
      Buffer.from('  \n\t'),
      Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      Buffer.from([0xff, 0xfe, 0x41, 0x00]),
    ];
    texts.forEach((b, i) => {
      const p = join(dir, `t${i}.md`);
      writeFileSync(p, b);
      const late: unknown[] = [],
        now: unknown[] = [];
      const a = readSourceFile(p, (x) => late.push(x), 'st');
      const c = readSourceFile(p, (x) => now.push(x), 'st', s);
      assert.equal(c?.text, a?.text);
      assert.equal(c?.stamp, a?.stamp);
      assert.deepEqual(now, late);
    });
  });
});
