// The benchmark (issue 5): `npm run bench` for 10k, 100k and 1M statements,
// `npm run bench -- --quick` for 10k alone. For each size, in fresh processes:
// corpus load+index (cold, and from the engine's cache when it has one),
// resident memory, full check and one-character re-check of a 1,000- and a
// 3,000-word draft (medians), recall/precision on the planted problems, and
// the fuse.js baseline measured in the same run. Prints a table, writes
// bench/results/latest.json, and ends with one summary line.
//   options: --quick | --sizes 10000,100000 | --seed 1 | --runs 5 | --no-baseline | --baseline-sample N |
// --baseline-all | --json FILE
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './generate';
import type { SizeResult } from './measure';
import { findCacheApi } from './cache-hook';
import { formatsLine, runFormatsBench } from './formats';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = argv.includes('--quick');
// The formats corpus (PDF, DOCX, VTT; bench/formats.ts) runs with the full benchmark, with --formats, or alone with
// --formats-only.
const formatsOnly = argv.includes('--formats-only');
const withFormats =
  formatsOnly || argv.includes('--formats') || (!quick && !opt('sizes') && !argv.includes('--no-formats'));
const sizes = formatsOnly
  ? []
  : (opt('sizes') ?? (quick ? '10000' : '10000,100000,1000000'))
      .split(',')
      .map((s) => Number(s.replace(/k$/i, '000').replace(/m$/i, '000000')));
const seed = Number(opt('seed') ?? 1);

/**
 * Heap for the measuring process: the default (about 4 GB here, what the language server gets) is not enough for 1M
 * statements.
 */
const heapFor = (size: number) => (size >= 500_000 ? 16384 : undefined);
/**
 * Runs per median: fewer for the big sizes, where one check takes seconds. On a 2-core virtual machine one check of
 * the 3,000-word draft at 100k ranges from 30 to 90 ms (the first runs while the compiler is still optimizing, and
 * garbage collection), so a median of 5 moved by a fifth from run to run; of 15 it moves far less.
 */
const runsFor = (size: number) => Number(opt('runs') ?? (size >= 500_000 ? 3 : 15));
/**
 * The baseline takes about 0.1 ms per statement per item, so it runs on a fixed sample of each kind of item
 * (baseline-run.ts) and is extrapolated.
 */
const sampleFor = (size: number) =>
  argv.includes('--baseline-all')
    ? 'all'
    : (opt('baseline-sample') ?? String(size >= 500_000 ? 1 : size >= 50_000 ? 2 : 4));

/**
 * The measuring process runs measure.ts bundled by esbuild, as the language
 * server and the CLI ship (dist/*.cjs), under plain node: no TypeScript loader
 * in the process, whose own memory and start-up would count in the figures.
 */
const measureBundle = join(here, '.build', 'measure.cjs');
buildSync({
  entryPoints: [join(here, 'measure.ts')],
  outfile: measureBundle,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  supported: { 'top-level-await': false },
});

function measure(
  dir: string,
  size: number,
  mode: string,
  withBaseline: boolean,
  extra: string[] = [],
): SizeResult | { error: string } {
  const out = join(dir, `result-${mode}-${process.pid}.json`);
  const heap = heapFor(size);
  const args = [
    '--expose-gc',
    ...(heap ? [`--max-old-space-size=${heap}`] : []),
    measureBundle,
    '--dir',
    dir,
    '--out',
    out,
    '--mode',
    mode,
    '--runs',
    String(runsFor(size)),
    '--baseline-sample',
    sampleFor(size),
    ...(withBaseline ? [] : ['--no-baseline']),
    ...extra,
  ];
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) return { error: `measure.ts (${mode}) exited with ${r.status ?? r.signal}` };
  const res = JSON.parse(readFileSync(out, 'utf8')) as SizeResult;
  rmSync(out, { force: true });
  return res;
}

interface Row {
  size: number;
  cold?: SizeResult;
  cacheBuild?: SizeResult;
  cache?: SizeResult;
  error?: string;
  generated: { statements: number; files: number; mb: number };
}

const cacheApi = await findCacheApi();
const hasCache = !!cacheApi;
const rows: Row[] = [];
const git = (args: string[]) =>
  spawnSync('git', args, { cwd: join(here, '..'), encoding: 'utf8' }).stdout?.trim() ?? '';
const engineVersion =
  `${git(['rev-parse', '--short', 'HEAD']) || 'unknown'}` +
  `${git(['status', '--porcelain', '--', 'server/src']) ? ' + uncommitted changes in server/src' : ''}`;
console.error(`engine: ${engineVersion}`);
const t0 = performance.now();
for (const size of sizes) {
  const g = ensureCorpus(size, seed, (s) => console.error(s));
  const row: Row = {
    size,
    generated: {
      statements: g.manifest.statements,
      files: g.manifest.jsonlFiles + g.manifest.mdFiles + 1,
      mb: Math.round(g.manifest.bytes / 1048576),
    },
  };
  console.error(`size ${size}: ${g.dir}${heapFor(size) ? ` (node --max-old-space-size=${heapFor(size)})` : ''}`);
  const cold = measure(g.dir, size, 'cold', !argv.includes('--no-baseline'));
  if ('error' in cold) row.error = cold.error;
  else row.cold = cold;
  if (hasCache && row.cold) {
    rmSync(join(g.dir, '.verbatim-cache'), { recursive: true, force: true });
    // A process that builds and writes the cache (load time only), then one that reads it (and checks once, to compare
    // findings).
    const b = measure(g.dir, size, 'cache-build', false, ['--no-checks']),
      c = measure(g.dir, size, 'cache', false, ['--runs', '1']);
    if (!('error' in b)) row.cacheBuild = b;
    if (!('error' in c)) row.cache = c;
  }
  rows.push(row);
}

// The table.
const fmt = (x: number | undefined, d = 0) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(d));
const sum = (r: SizeResult, f: (d: SizeResult['drafts'][number]) => number) => r.drafts.reduce((a, d) => a + f(d), 0);
const header = [
  'statements',
  'draft',
  'index_ms',
  'index_cpu',
  'cache_ms',
  'rss_mb',
  'check_ms',
  'first_ms',
  'recheck_ms',
  'base_ms',
  'ratio',
  'recall',
  'prec',
  'q_recall',
  'b_recall',
  'b_prec',
  'b_q_recall',
];
const lines: string[][] = [];
for (const row of rows) {
  const c = row.cold;
  if (!c) {
    lines.push([ordinalSize(row.size), 'ERROR', row.error ?? '']);
    continue;
  }
  const b = c.baseline;
  c.drafts.forEach((d, k) => {
    const bd = b?.drafts[k];
    lines.push([
      String(c.statements),
      d.file.replace('drafts/', ''),
      fmt(c.load_ms),
      fmt(c.load_cpu_ms),
      row.cache ? fmt(row.cache.load_ms) : 'n/a',
      fmt(c.rss_mb),
      fmt(d.check_ms),
      fmt(d.first_check_ms),
      fmt(d.recheck_ms),
      bd ? fmt(bd.check_ms) + (b!.exact ? '' : '*') : 'n/a',
      bd ? fmt(bd.check_ms / d.check_ms) : 'n/a',
      fmt(d.score.recall, 3),
      fmt(d.score.precision, 3),
      fmt(d.quote_score.recall, 3),
      b ? fmt(b.recall, 3) : 'n/a',
      b ? fmt(b.precision, 3) : 'n/a',
      b ? fmt(b.quote_recall, 3) : 'n/a',
    ]);
  });
}
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
console.log('\n' + header.map((h, i) => h.padStart(widths[i])).join(' '));
for (const l of lines) console.log(l.map((x, i) => x.padStart(widths[i])).join(' '));
for (const row of rows) {
  if (!row.cacheBuild && !row.cache) continue;
  const same =
    row.cache && row.cold
      ? row.cache.score.found === row.cold.score.found && row.cache.score.findings === row.cold.score.findings
      : undefined;
  const how = (r?: SizeResult) =>
    !r ? 'failed' : r.from_cache === undefined ? '' : r.from_cache ? 'from the cache' : 'built, cache written';
  const checkMs = row.cache
    ? row.cache.drafts.reduce((a, d) => a + d.check_ms, 0) / row.cache.drafts.length
    : undefined;
  console.log(
    `${ordinalSize(row.size)} with ${cacheApi?.name}: first load ${fmt(row.cacheBuild?.load_ms)} ms ` +
      `(${how(row.cacheBuild)}), next load ${fmt(row.cache?.load_ms)} ms (${how(row.cache)}), ` +
      `rss ${fmt(row.cache?.rss_mb)} MB, check ${fmt(checkMs)} ms, ` +
      `findings ${same === undefined ? 'n/a' : same ? 'same as cold' : 'DIFFER from cold'}`,
  );
}
const samples = rows
  .filter((r) => r.cold?.baseline)
  .map(
    (r) =>
      `${ordinalSize(r.size)}: ` +
      (r.cold!.baseline!.exact ? 'all items' : `${r.cold!.baseline!.sampled} of ${r.cold!.baseline!.items} items`),
  )
  .join(', ');
console.log(
  `
index_ms: Corpus.load (walk, read, parse, index) in a fresh process, wall time (index_cpu: its CPU time, less moved ` +
    `by other work on the machine); cache_ms: from the engine's on-disk cache (${
      cacheApi
        ? `${cacheApi.name}, in a fresh process after another one built the cache`
        : 'n/a: no Corpus.loadCached / loadCorpusCached in the engine yet; hook: bench/cache-hook.ts'
    }).
rss_mb: process.memoryUsage().rss after load and global.gc(). first_ms: the first check in the process; check_ms: ` +
    `median of several more,
${rows.find((r) => r.cold)?.cold?.drafts[0]?.check_mode ?? 'n/a'}.
recheck_ms: median over one letter changed at 5 points spread over the draft (quotations, figures, narration):
${rows.find((r) => r.cold)?.cold?.drafts[0]?.recheck_mode ?? 'n/a'}.
recall, prec: the engine's findings against the planted problems (a finding with the right code overlapping the ` +
    `span), all codes; q_recall: quotations.
base_ms: the fuse.js baseline (ignoreLocation, threshold 0.3) over every statement. * = measured on a fixed sample ` +
    `of items of each kind
(${samples}) and extrapolated linearly; b_recall, b_prec, b_q_recall (both drafts) are then stratified estimates.
The baseline does not read dates ("on Tuesday"): those problems count as its misses. ratio = base_ms / check_ms.${
      rows.some((r) => heapFor(r.size))
        ? `
The measuring process for 500k statements and more runs with node --max-old-space-size (${[
            ...new Set(rows.map((r) => heapFor(r.size)).filter(Boolean)),
          ].join(', ')} MB).`
        : ''
    }`,
);

function ordinalSize(n: number) {
  return n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n);
}

let formats: Awaited<ReturnType<typeof runFormatsBench>> | undefined;
if (withFormats) {
  formats = await runFormatsBench(Number(opt('formats-files') ?? 300), seed, (m) => console.error(m));
  console.log(formatsLine(formats));
}

const jsonOut = opt('json') ?? join(here, 'results', 'latest.json');
mkdirSync(dirname(jsonOut), { recursive: true });
writeFileSync(
  jsonOut,
  JSON.stringify(
    {
      when: new Date().toISOString(),
      engine: engineVersion,
      seed,
      quick,
      wall_s: Math.round((performance.now() - t0) / 1000),
      rows,
      formats,
    },
    null,
    1,
  ),
);
console.log(`engine ${engineVersion}; results: ${jsonOut} (${Math.round((performance.now() - t0) / 1000)} s)`);

// One summary line for the largest size that ran.
const last = [...rows].reverse().find((r) => r.cold);
if (last?.cold) {
  const c = last.cold,
    n = c.drafts.length;
  const base = c.baseline ? c.baseline.drafts.reduce((a, d) => a + d.check_ms, 0) / n : NaN;
  const check = sum(c, (d) => d.check_ms) / n,
    re = sum(c, (d) => d.recheck_ms) / n;
  console.log(
    `bench statements=${c.statements} index_ms=${fmt(c.load_ms)} check_ms=${fmt(check)} recheck_ms=${fmt(re)} ` +
      `rss_mb=${c.rss_mb} baseline_check_ms=${fmt(base)} ratio=${fmt(base / check, 1)} ` +
      `recall=${fmt(c.score.recall, 3)} baseline_recall=${c.baseline ? fmt(c.baseline.recall, 3) : 'n/a'}`,
  );
} else {
  console.log(
    `bench statements=n/a index_ms=n/a check_ms=n/a recheck_ms=n/a rss_mb=n/a baseline_check_ms=n/a ratio=n/a ` +
      `recall=n/a baseline_recall=n/a`,
  );
  process.exitCode = 1;
}
