// The check worker on its own: a check answers with the findings; a cancelled check answers with
// nothing; forgetting a corpus makes the next check read the sources again; the sources it reads are
// those the server reads, in every format.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerChecker } from '../../server/src/service/worker-checker';
import { buildOnce, ROOT } from '../cli/run';
import { writeFormatsCorpus } from '../formats/fixtures';

const DRAFT = 'Mayor Elena Ruiz said "the ferry terminal will reopen with twelve new berths."\n';

describe('check worker', function () {
  this.timeout(60_000);
  let dir: string;
  let worker: WorkerChecker;
  const logs: string[] = [];
  before(function () {
    this.timeout(120_000);
    buildOnce();
  });
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'verbatim-worker-')));
    cpSync(join(ROOT, 'examples', 'sources'), join(dir, 'sources'), { recursive: true });
    worker = new WorkerChecker(join(ROOT, 'dist', 'check-worker.cjs'), (m) => logs.push(m));
  });
  afterEach(() => {
    worker.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const request = (text: string) => ({
    dirs: [join(dir, 'sources')],
    path: join(dir, 'draft.md'),
    text,
    options: {},
    budgetMs: 10_000,
  });

  it('answers with the findings of a draft', async () => {
    const summary = await worker.check(request(DRAFT)).done;
    assert.deepEqual(
      summary?.findings.map((f) => f.code),
      ['quote.unverified'],
    );
  });

  it('answers a cancelled check with nothing, and goes on with the next', async () => {
    const first = worker.check(request(DRAFT.repeat(200)));
    worker.cancelCheck(first.id);
    assert.equal(await first.done, undefined);
    const second = await worker.check(request(DRAFT)).done;
    assert.equal(second?.findings.length, 1);
  });

  it('reads the sources again after forgetting a corpus', async () => {
    assert.equal((await worker.check(request(DRAFT)).done)?.findings.length, 1);
    const said =
      '{"speaker": "Elena Ruiz", "role": "mayor", "organization": "City of Riverton", "date": "2026-03-12", ' +
      '"text": "The ferry terminal will reopen with twelve new berths."}\n';
    writeFileSync(join(dir, 'sources', 'more.jsonl'), said);
    worker.forget(join(dir, 'sources'));
    assert.deepEqual((await worker.check(request(DRAFT)).done)?.findings, []);
  });

  it('reads sources in every format, as the server does (a PDF here), with and without the on-disk cache', async () => {
    const root = await writeFormatsCorpus();
    try {
      const said = '"The north pier will reopen to passengers on March 14," said Dana Whitfield.\n';
      for (const cacheDir of [undefined, join(root, 'cache')]) {
        worker.forget();
        const summary = await worker.check({ ...request(said), dirs: [join(root, 'sources')], cacheDir }).done;
        assert.deepEqual(summary?.findings, []);
        assert.match(
          summary?.confirmations.find((c) => c.kind === 'quote')?.citation?.file ?? '',
          /ferry-timetable\.pdf$/,
        );
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
