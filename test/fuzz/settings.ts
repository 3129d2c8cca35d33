// How many cases each property runs, and with which seed.
//   normal test run (`npm test`): a small fixed number per property, fixed seeds: deterministic;
//   `npm run fuzz`: FUZZ_RUNS cases per property (× a weight for the dear ones), seed from FUZZ_SEED or random,
// printed.
import fc from 'fast-check';
import { knownBugHits } from '../robustness/known-bugs';

const envRuns = Number(process.env.FUZZ_RUNS);
/** True under `npm run fuzz` (FUZZ_RUNS set). */
export const FUZZING = Number.isFinite(envRuns) && envRuns > 0;

const envSeed =
  process.env.FUZZ_SEED !== undefined && process.env.FUZZ_SEED !== '' ? Number(process.env.FUZZ_SEED) : NaN;
/** The base seed of this run: fixed in normal runs, FUZZ_SEED or random when fuzzing. */
export const BASE_SEED = FUZZING ? (Number.isFinite(envSeed) ? envSeed | 0 : (Math.random() * 2 ** 31) | 0) : 20260312;

/** Mocha timeout for a property test: none when fuzzing. */
export const TIMEOUT = FUZZING ? 0 : 20_000;

const ran: { name: string; runs: number; ms: number }[] = [];
let announced = false;

/** The seed of one property: derived from the base seed and its name, so each can be re-run alone. */
export function seedOf(name: string): number {
  let h = BASE_SEED | 0;
  for (let i = 0; i < name.length; i++) h = (Math.imul(h, 31) + name.charCodeAt(i)) | 0;
  return h;
}

/**
 * Runs a property: `normal` cases in a normal run; when fuzzing, FUZZ_RUNS × `weight` (weight < 1 for
 * properties that are many times dearer per case), never fewer than min(FUZZ_RUNS, 1000).
 * Re-run one failing property with FUZZ_SEED=<printed base seed> npm run fuzz -- --grep '<its title>'.
 */
export function runProperty<Ts>(name: string, property: fc.IProperty<Ts>, normal: number, weight = 1): void {
  if (FUZZING && !announced) {
    announced = true;
    console.log(`      [fuzz] FUZZ_RUNS=${envRuns} FUZZ_SEED=${BASE_SEED}`);
  }
  const numRuns = FUZZING ? Math.max(Math.min(1000, envRuns), Math.round(envRuns * weight)) : normal;
  const started = Date.now();
  try {
    fc.assert(property, { numRuns, seed: seedOf(name) });
  } finally {
    ran.push({ name, runs: numRuns, ms: Date.now() - started });
  }
}

/** Async twin of runProperty. */
export async function runAsyncProperty<Ts>(
  name: string,
  property: fc.IAsyncProperty<Ts>,
  normal: number,
  weight = 1,
): Promise<void> {
  const numRuns = FUZZING ? Math.max(Math.min(1000, envRuns), Math.round(envRuns * weight)) : normal;
  const started = Date.now();
  try {
    await fc.assert(property, { numRuns, seed: seedOf(name) });
  } finally {
    ran.push({ name, runs: numRuns, ms: Date.now() - started });
  }
}

/** Cases and times of the properties run so far. */
export function ranSoFar(): readonly { name: string; runs: number; ms: number }[] {
  return ran;
}

// After all suites: how many cases ran, per property (quiet in normal runs unless VERBATIM_FUZZ_SUMMARY is set).
after(function () {
  const hits = [...knownBugHits()].map(([id, n]) => `${id}: ${n}`).join(', ');
  if (hits)
    console.log(`      [fuzz] cases passed over because they hit a known bug (test/robustness/KNOWN-BUGS.md): ${hits}`);
  if (!FUZZING && !process.env.VERBATIM_FUZZ_SUMMARY) return;
  const total = ran.reduce((n, r) => n + r.runs, 0);
  console.log(`\n      [fuzz] ${total} cases in ${ran.length} properties (base seed ${BASE_SEED}):`);
  for (const r of ran)
    console.log(`      [fuzz]   ${String(r.runs).padStart(6)} cases ${String(r.ms).padStart(7)} ms  ${r.name}`);
});
