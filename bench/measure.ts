// One size, in a fresh process (run.ts starts it): loads the corpus, measures
// load time, memory, full checks and re-checks of each draft, scores the
// findings against the planted truth, then runs the fuse.js baseline.
//   node --expose-gc bench/.build/measure.cjs --dir D --out F.json [--mode cold|cache-build|cache] [--runs 5]
// [--no-checks] [--baseline-sample N|all | --no-baseline]
//   (run.ts bundles this file there first; `node --import tsx bench/measure.ts ...` also works, with the loader in the
// measured process)
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import * as engine from '../server/src/engine/index';
import { checkDraft, Corpus } from '../server/src/engine/index';
import { FuseBaseline } from './baseline';
import { runBaseline, type BaselineResult } from './baseline-run';
import { findCacheApi } from './cache-hook';
import { score, sumScores, type Score } from './score';
import type { TruthItem } from './draft-writer';

export interface DraftResult {
  file: string;
  words: number;
  quotes: number;
  findings: number;
  first_check_ms: number;
  check_ms: number;
  check_runs_ms: number[];
  recheck_ms: number;
  recheck_runs_ms: number[];
  recheck_edits: string[];
  check_mode: string;
  recheck_mode: string;
  score: Score;
  quote_score: Score;
}

export interface SizeResult {
  mode: string;
  load_api: string;
  from_cache?: boolean;
  statements: number;
  files: number;
  problems: number;
  /** Wall time, and CPU time of the process (user + system; less disturbed by other work on the machine). */
  load_ms: number;
  load_cpu_ms: number;
  /** One-minute load average of the machine when the load started and when the checks ended. */
  loadavg: number[];
  rss_mb: number;
  heap_mb: number;
  rss_after_checks_mb: number;
  drafts: DraftResult[];
  score: Score;
  quote_score: Score;
  baseline?: BaselineResult;
  node: string;
  flags: string[];
}

const argv = process.argv.slice(2);
const opt = (name: string, def?: string) => {
  const i = argv.lastIndexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : def;
};
const gc = () => {
  (globalThis as { gc?: () => void }).gc?.();
};
const mb = (b: number) => Math.round(b / 1048576);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const round = (x: number) => Math.round(x * 10) / 10;

/**
 * The engine keeps re-check caches (results for paragraphs, fact searches …).
 * A full check is timed with them emptied (`clearCheckCaches(corpus)`, what a
 * draft never seen before costs); a re-check is timed after a check of the
 * unedited draft, with them warm. Without clearCheckCaches, repeated full
 * checks may hit those caches (said in the output).
 */
const clearCaches = (engine as unknown as { clearCheckCaches?: (c: Corpus) => void }).clearCheckCaches;
export const checkMode = clearCaches
  ? 'checkDraft after clearCheckCaches(corpus): every check does all its work'
  : 'checkDraft repeated (no clearCheckCaches in the engine: runs after the first may hit its caches)';

/**
 * A re-check after an edit: checkDraft of the edited text right after a check
 * of the unedited one, as the language server does after a keystroke (it calls
 * checkDraft on the whole text; the engine's caches keep what the edit did not
 * touch).
 */
export const recheckMode =
  'checkDraft of the edited text right after a check of the unedited one (warm caches), as the language server ' +
  'runs it after a keystroke';
function recheck(corpus: Corpus, path: string, before: string, edited: string): number {
  checkDraft(corpus, path, before, {});
  const t = performance.now();
  checkDraft(corpus, path, edited, {});
  return performance.now() - t;
}

/**
 * Where to change one letter: in words of five letters or more, evenly spread over the draft's body (quotations,
 * figures, narration alike).
 */
function editPoints(text: string, n: number): { at: number; in: string }[] {
  const body = text.indexOf('\n---\n') + 5;
  const pts: { at: number; in: string }[] = [];
  let at = body;
  for (const para of text.slice(body).split('\n\n')) {
    const kind = /^#/.test(para)
      ? 'heading'
      : /"/.test(para)
        ? 'quotation paragraph'
        : /\d|percent|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.test(para)
          ? 'fact paragraph'
          : 'narration';
    for (const m of para.matchAll(/[a-z]{5,}/g)) pts.push({ at: at + m.index! + 2, in: kind });
    at += para.length + 2;
  }
  return Array.from({ length: n }, (_, i) => pts[Math.floor(((i + 0.5) * pts.length) / n)]).filter(
    (x) => x !== undefined,
  );
}

async function main() {
  const dir = opt('dir')!,
    out = opt('out')!,
    mode = opt('mode', 'cold')!;
  const runs = Number(opt('runs', '5'));
  const perStratum = opt('baseline-sample', 'all')!;
  const noBaseline = argv.includes('--no-baseline');
  const sources = join(dir, 'sources');
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as {
    drafts: { file: string; words: number }[];
    items: TruthItem[];
  };

  const api = mode === 'cold' ? undefined : await findCacheApi();
  if (mode !== 'cold' && !api) throw new Error('the engine has no cache API (bench/cache-hook.ts)');
  const loadavg = [os.loadavg()[0]];
  gc();
  const t0 = performance.now(),
    cpu0 = process.cpuUsage();
  let corpus: Corpus,
    loadApi = 'Corpus.load',
    fromCache: boolean | undefined;
  if (!api) corpus = Corpus.load(sources);
  else {
    const r = api.load(sources, join(dir, '.verbatim-cache'));
    corpus = r.corpus;
    fromCache = r.fromCache;
    loadApi =
      `${api.name} ` +
      `(${mode}${fromCache === undefined ? '' : fromCache ? ', read the cache' : ', built and wrote the cache'})`;
  }
  const loadMs = performance.now() - t0,
    cpu = process.cpuUsage(cpu0);
  gc();
  const mem = process.memoryUsage();
  const log = (s: string) => process.stderr.write(`  [${mode}] ${s}\n`);
  log(
    `loaded ${corpus.statements.length} statements in ${(loadMs / 1000).toFixed(1)} s (cpu ` +
      `${((cpu.user + cpu.system) / 1e6).toFixed(1)} s) with ${loadApi}, rss ${mb(mem.rss)} MB`,
  );

  const drafts: DraftResult[] = [];
  for (const d of argv.includes('--no-checks') ? [] : truth.drafts) {
    const text = readFileSync(join(dir, d.file), 'utf8');
    const items = truth.items.filter((i) => i.draft === d.file);
    let t = performance.now();
    let res = checkDraft(corpus, d.file, text, {});
    const first = performance.now() - t;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      clearCaches?.(corpus);
      t = performance.now();
      res = checkDraft(corpus, d.file, text, {});
      times.push(performance.now() - t);
    }
    const re: number[] = [];
    const edits = editPoints(text, Math.max(5, runs));
    for (const { at } of edits) {
      const edited = text.slice(0, at) + (text[at] === 'e' ? 'a' : 'e') + text.slice(at + 1);
      re.push(recheck(corpus, d.file, text, edited));
    }
    const findings = res.findings.map((f) => ({ code: f.code, span: f.span }));
    const quoteItems = items.filter((i) => i.kind === 'quote');
    drafts.push({
      file: d.file,
      words: d.words,
      quotes: res.quotes.length,
      findings: findings.length,
      first_check_ms: round(first),
      check_ms: round(median(times)),
      check_runs_ms: times.map(round),
      recheck_ms: round(median(re)),
      recheck_runs_ms: re.map(round),
      recheck_edits: edits.map((e, i) => `${e.in}: ${round(re[i])} ms`),
      check_mode: checkMode,
      recheck_mode: recheckMode,
      score: score(findings, items),
      quote_score: score(
        findings.filter((f) => f.code.startsWith('quote.')),
        quoteItems,
      ),
    });
    log(
      `${d.file}: first ${first.toFixed(0)} ms, median ${median(times).toFixed(0)} ms, recheck ` +
        `${median(re).toFixed(0)} ms, recall ${drafts.at(-1)!.score.recall}`,
    );
  }
  gc();
  const rssAfter = process.memoryUsage().rss;

  const result: SizeResult = {
    mode,
    load_api: loadApi,
    from_cache: fromCache,
    statements: corpus.statements.length,
    files: corpus.docs.length,
    problems: corpus.problems.length,
    load_ms: round(loadMs),
    load_cpu_ms: round((cpu.user + cpu.system) / 1000),
    loadavg: [...loadavg, os.loadavg()[0]].map(round),
    rss_mb: mb(mem.rss),
    heap_mb: mb(mem.heapUsed),
    rss_after_checks_mb: mb(rssAfter),
    drafts,
    score: sumScores(drafts.map((d) => d.score)),
    quote_score: sumScores(drafts.map((d) => d.quote_score)),
    node: process.version,
    flags: process.execArgv,
  };

  if (!noBaseline && mode === 'cold') {
    const b = new FuseBaseline(corpus.statements.map((s) => ({ text: s.text, speaker: s.person?.name ?? s.speaker })));
    log(`baseline: fuse index over ${corpus.statements.length} statements in ${b.indexMs.toFixed(0)} ms`);
    const texts = truth.drafts.map((d) => ({
      file: d.file,
      text: readFileSync(join(dir, d.file), 'utf8'),
      items: truth.items.filter((i) => i.draft === d.file),
    }));
    result.baseline = runBaseline(b, texts, perStratum === 'all' ? 'all' : Number(perStratum), log);
    for (const bd of result.baseline.drafts)
      log(
        `baseline ${bd.file}: ${bd.checked}/${bd.items} items -> ${(bd.check_ms / 1000).toFixed(1)} ` +
          `s${result.baseline.exact ? '' : ' (extrapolated)'}`,
      );
  }
  writeFileSync(out, JSON.stringify(result, null, 1));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
