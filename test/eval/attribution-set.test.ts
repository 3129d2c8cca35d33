// The shared attribution set (who said each quotation, no corpus), scored with its own scorer:
// strict speaker accuracy >= 0.90. The scorer runs the built CLI (`npm run build` first, as `npm test` does).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const set = resolve(root, '../shared/eval/attribution');

describe('the shared attribution set', function () {
  this.timeout(120000);
  before(function () {
    if (!existsSync(join(set, 'gold-speakers.jsonl'))) this.skip();
  });

  it(
    'names the right speaker for at least 90% of the quotations (strict), and none for titles and scare ' + 'quotes',
    () => {
      const score = spawnSync(
        process.execPath,
        [
          join(set, '../score-attribution.mjs'),
          set,
          '--cli',
          `${process.execPath} ${join(root, 'bin/verbatim.cjs')}`,
          '--min-strict',
          '0.9',
        ],
        { encoding: 'utf8', cwd: root },
      );
      assert.equal(score.status, 0, score.stdout + score.stderr);
      const titles = /titles and scare quotes left without a speaker: (\d+)\/(\d+)/.exec(score.stdout);
      assert.ok(titles && titles[1] === titles[2], score.stdout);
    },
  );
});
