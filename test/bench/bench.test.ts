// The benchmark itself, at a small size: it must run end to end (generate,
// bundle, measure in fresh processes, baseline, table, JSON) and end with the
// summary line in its exact form, and the engine must find every planted
// problem and nothing else.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../cli/run';

describe('npm run bench (at 1,000 statements)', function () {
  this.timeout(120_000);
  it('runs end to end and ends with the summary line; the engine finds every planted problem and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-test-'));
    const json = join(dir, 'result.json');
    const r = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        join(ROOT, 'bench', 'run.ts'),
        '--sizes',
        '1000',
        '--runs',
        '2',
        '--baseline-sample',
        '1',
        '--json',
        json,
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, VERBATIM_BENCH_DIR: join(dir, 'corpora') } },
    );
    assert.equal(r.status, 0, r.stderr);
    const last = r.stdout.trim().split('\n').pop()!;
    const m = new RegExp(
      String.raw`^bench statements=(\d+) index_ms=(\d+) check_ms=(\d+) recheck_ms=(\d+) rss_mb=(\d+) ` +
        String.raw`baseline_check_ms=(\d+) ` +
        String.raw`ratio=([\d.]+) recall=([\d.]+) baseline_recall=([\d.]+)$`,
    ).exec(last);
    assert.ok(m, `summary line: ${last}`);
    assert.ok(Number(m[1]) >= 1000);
    assert.equal(m[8], '1.000', 'recall on the planted problems');
    const result = JSON.parse(readFileSync(json, 'utf8')) as {
      rows: { cold: { score: { precision: number; recall: number } }; cache: { from_cache: boolean } }[];
    };
    assert.equal(result.rows[0].cold.score.precision, 1);
    assert.equal(result.rows[0].cache.from_cache, true, 'the third process read the on-disk cache');
  });
});
