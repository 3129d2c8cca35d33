// The separate CLI check of issue #12: hostile inputs made by a generator of their own (not the
// shapes of hostile-shapes.ts: other units, sizes and mixtures, seeded), each written to a file
// and checked by the bundled CLI in a fresh process, which must finish within 10 s and 1.5 GB
// with exit 0, 1 or 2. Not part of `npm test` (it needs an idle machine for its 10 s):
//   npm run build && node --import tsx test/robustness/hostile-cli.ts [--seed N] [--count N]
// Prints one line per input and exits 1 if any failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../cli/run';

const TIME_LIMIT_MS = 10_000;
const MEMORY_LIMIT_MB = 1536;

/** A small seeded generator (mulberry32). */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNITS = [
  ' ',
  '\t',
  '  \t',
  '\n',
  '\r',
  '\r\n\r\n',
  '**',
  '__',
  '[[',
  ']]',
  '((',
  '![',
  '`',
  '~~~',
  '<',
  '<b>',
  '</',
  '&#',
  '>',
  '> ',
  '* ',
  '+ ',
  '9. ',
  '#',
  '|',
  '\\',
  '"',
  '”“',
  "'",
  '‘',
  '«',
  '»',
  '0',
  '0.',
  '1.5 ',
  '€2 ',
  '%',
  '1-2 ',
  'X',
  'Xy ',
  'XY ',
  'Minister ',
  'the council ',
  'said ',
  '—',
  '\u200d',
  '\u202e',
  '\ufeff',
  '𝐀',
  '中',
  'ا',
  'é',
];
const FRAMES: ((body: string) => string)[] = [
  (b) => b,
  (b) => `Opening words of the story.\n\n${b}\n\nClosing words, "a final quote," the mayor said.\n`,
  (b) => `---\nheadline: ${b.replace(/\r?\n|\r/g, ' ')}\n---\nBody.\n`,
  (b) => `> ${b}`,
  (b) => `<div>\n${b}\n</div>\n`,
  (b) => `"${b}" she said.\n`,
];

function makeInput(r: () => number): { name: string; text: string; ext: string } {
  const unit = UNITS[Math.floor(r() * UNITS.length)];
  const other = UNITS[Math.floor(r() * UNITS.length)];
  const bytes = [50_000, 200_000, 1_000_000][Math.floor(r() * 3)];
  const mix = r() < 0.3;
  const body = mix
    ? (unit + other).repeat(Math.floor(bytes / (unit.length + other.length)))
    : unit.repeat(Math.floor(bytes / unit.length));
  const frame = Math.floor(r() * FRAMES.length);
  const ext = r() < 0.8 ? 'md' : 'txt';
  return {
    name: `${JSON.stringify(mix ? unit + other : unit)} × ${bytes} (frame ${frame}, .${ext})`,
    text: FRAMES[frame](body),
    ext,
  };
}

function main() {
  const args = process.argv.slice(2);
  const seed = Number(args[args.indexOf('--seed') + 1]) || 12;
  const count = Number(args[args.indexOf('--count') + 1]) || 40;
  const cli = join(ROOT, 'bin', 'verbatim.cjs');
  if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) {
    console.error('run npm run build first');
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-hostile-cli-'));
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const r = rng(seed);
  let failed = 0;
  try {
    for (let i = 0; i < count; i++) {
      const input = makeInput(r);
      const file = join(dir, `input-${i}.${input.ext}`);
      writeFileSync(file, input.text);
      const node = [
        `--max-old-space-size=${MEMORY_LIMIT_MB}`,
        cli,
        'check',
        '--corpus',
        join(ROOT, 'examples', 'sources'),
        '--format',
        'json',
        file,
      ];
      const started = Date.now();
      const run = timeBin
        ? spawnSync(timeBin, ['-f', 'maxrss=%M', process.execPath, ...node], {
            encoding: 'utf8',
            timeout: TIME_LIMIT_MS,
            maxBuffer: 256 * 1024 * 1024,
          })
        : spawnSync(process.execPath, node, { encoding: 'utf8', timeout: TIME_LIMIT_MS, maxBuffer: 256 * 1024 * 1024 });
      const ms = Date.now() - started;
      const rssMb = Number(/maxrss=(\d+)/.exec(run.stderr ?? '')?.[1] ?? 0) / 1024;
      const ok = run.status !== null && [0, 1, 2].includes(run.status) && ms < TIME_LIMIT_MS && rssMb < MEMORY_LIMIT_MB;
      if (!ok) failed++;
      console.log(
        `${ok ? 'ok  ' : 'FAIL'} ${String(ms).padStart(6)} ms ` +
          `${rssMb ? `${Math.round(rssMb)} MB`.padStart(8) : ''} exit ${run.status ?? run.signal} ${input.name}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `${count - failed} of ${count} inputs within ${TIME_LIMIT_MS / 1000} s and ${MEMORY_LIMIT_MB} MB with exit 0, ` +
      `1 or 2 (seed ${seed})`,
  );
  process.exitCode = failed ? 1 : 0;
}

main();
