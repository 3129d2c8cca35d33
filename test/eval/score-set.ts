// Scores one shared evaluation set with its own scorer: F1 >= 0.9 over every code, every asked-for fix right,
// and no finding at all on the drafts that have no gold lines.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const root = resolve(__dirname, '../..');

export function describeSet(name: string, title: string) {
  const set = resolve(root, '../shared/eval', name);
  describe(title, function () {
    this.timeout(60000);
    before(function () {
      if (!existsSync(join(set, 'gold.jsonl'))) this.skip();
    });

    it('scores F1 >= 0.9 with every fix right, and nothing on the clean drafts', () => {
      const drafts = readdirSync(join(set, 'drafts')).map((d) => join(set, 'drafts', d));
      const run = spawnSync(
        process.execPath,
        [join(root, 'bin/verbatim.cjs'), 'check', '--corpus', join(set, 'sources'), '--format', 'json', ...drafts],
        { encoding: 'utf8' },
      );
      assert.ok(run.status === 0 || run.status === 1, run.stderr);
      const out = join(mkdtempSync(join(tmpdir(), 'verbatim-eval-')), 'findings.json');
      writeFileSync(out, run.stdout);
      const score = spawnSync(process.execPath, [join(set, '../score.mjs'), set, out, '--min-f1', '0.9'], {
        encoding: 'utf8',
      });
      assert.equal(score.status, 0, score.stdout + score.stderr);
      const gold = readFileSync(join(set, 'gold.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).draft as string);
      const findings = JSON.parse(run.stdout).findings as { file: string }[];
      for (const d of drafts) {
        const rel = 'drafts/' + d.split(/[\\/]/).pop();
        if (!gold.includes(rel))
          assert.deepEqual(
            findings.filter((f) => f.file === d),
            [],
            `${rel} has no gold lines and must have no findings`,
          );
      }
    });
  });
}
