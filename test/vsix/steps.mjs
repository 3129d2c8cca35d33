// The .vsix browser test's steps and log: each step named, timed and announced; a Failure says
// which wait timed out; code-server's and the browser's output kept for the failure report.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = path.join(REPO, 'test-artifacts/vsix');
export const VERBOSE = process.env.VERBATIM_VSIX_VERBOSE === '1';

const t0 = Date.now();
export const secs = (ms = Date.now() - t0) => `${(ms / 1000).toFixed(1)} s`;
export const logs = []; // code-server and browser output, shown on failure
export const note = (line) => {
  logs.push(line);
  if (VERBOSE) process.stdout.write(`[log] ${line}\n`);
};
export const say = (line) => process.stdout.write(`[vsix ${secs()}] ${line}\n`);
let step = 'setup';
/** The step running now (or the last one), for the failure and timeout messages. */
export const currentStep = () => step;
export const timings = [];
export async function stepOf(name, fn) {
  step = name;
  const start = Date.now();
  say(`${name} ...`);
  const r = await fn();
  timings.push([name, Date.now() - start]);
  say(`${name}: ok (${secs(Date.now() - start)})`);
  return r;
}
export class Failure extends Error {}
export const failIf = (cond, msg) => {
  if (cond) throw new Failure(msg);
};
/** Runs a playwright wait, turning its timeout into a message that says what was awaited. */
export async function waitFor(what, promise) {
  try {
    return await promise;
  } catch (e) {
    if (e instanceof Failure) throw e;
    throw new Failure(`timed out waiting for ${what}${e?.message ? ` (${e.message.split('\n')[0]})` : ''}`);
  }
}
