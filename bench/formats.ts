// The formats part of `npm run bench` (issue 14): a few hundred generated PDF,
// DOCX and VTT sources loaded cold (every file through its reader, then the
// index; the extraction and corpus caches written) and from the cache, each in
// a fresh process running the bundled engine under plain node.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { ensureFormatsCorpus, type FormatsCorpus } from './formats-generate';
import type { FormatsResult } from './formats-measure';

const here = dirname(fileURLToPath(import.meta.url));

export async function runFormatsBench(
  count: number,
  seed: number,
  log: (s: string) => void,
): Promise<{ corpus: FormatsCorpus; cold?: FormatsResult; warm?: FormatsResult; error?: string }> {
  const corpus = await ensureFormatsCorpus(count, seed, log);
  const bundle = join(here, '.build', 'formats-measure.cjs');
  buildSync({
    entryPoints: [join(here, 'formats-measure.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
  });
  const cache = join(corpus.dir, '..', `${corpus.dir.split(/[\\/]/).pop()}-cache`);
  rmSync(cache, { recursive: true, force: true });
  const one = (mode: string): FormatsResult | undefined => {
    const out = join(cache, '..', `formats-result-${mode}-${process.pid}.json`);
    const r = spawnSync(
      process.execPath,
      [bundle, '--dir', corpus.dir, '--cache', cache, '--out', out, '--mode', mode],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (r.status !== 0) return undefined;
    const res = JSON.parse(readFileSync(out, 'utf8')) as FormatsResult;
    rmSync(out, { force: true });
    return res;
  };
  const cold = one('cold'),
    warm = one('warm');
  return { corpus, cold, warm, error: cold && warm ? undefined : 'formats-measure.ts failed' };
}

export function formatsLine(r: Awaited<ReturnType<typeof runFormatsBench>>): string {
  const c = r.corpus;
  if (r.error || !r.cold || !r.warm)
    return `formats: ${c.files} files (${c.pdf} PDF, ${c.docx} DOCX, ${c.vtt} VTT): ${r.error ?? 'failed'}`;
  return (
    `formats: ${c.files} files (${c.pdf} PDF, ${c.docx} DOCX, ${c.vtt} VTT), ${r.cold.statements} statements: ` +
    `cold load ${r.cold.load_ms} ms ` +
    `(longest event-loop stall ${r.cold.max_stall_ms} ms, rss ${r.cold.rss_mb} MB), ` +
    `from the cache ${r.warm.load_ms} ms (${r.warm.from_cache ? 'cache hit' : 'CACHE MISS'}, ` +
    `stall ${r.warm.max_stall_ms} ms), ${r.cold.problems} problems`
  );
}

// `node --import tsx bench/formats.ts [--files 300] [--seed 1]`: just this part.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (n: string, d: number) => {
    const i = process.argv.indexOf(`--${n}`);
    return i >= 0 ? Number(process.argv[i + 1]) : d;
  };
  const r = await runFormatsBench(arg('files', 300), arg('seed', 1), (s) => console.error(s));
  console.log(formatsLine(r));
}
