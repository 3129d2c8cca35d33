// Helpers for the CLI tests: build the bundles once, run `node bin/verbatim.cjs …` as a child process.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

let built = false;
/** Bundles dist/ with scripts/build.mjs (once per mocha run), so the tests run the current sources. */
export function buildOnce(): void {
  if (built) return;
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`build failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  built = true;
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from the repository root with the given arguments. */
export function verbatim(...args: string[]): Run {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'verbatim.cjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 15_000,
    env: { ...process.env, VERBATIM_DEBUG: '' },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The text a 0-based LSP range (UTF-16 characters, \n, \r\n or \r line breaks) covers. */
export function slice(
  text: string,
  range: { start: { line: number; character: number }; end: { line: number; character: number } },
): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r') {
      if (text[i + 1] === '\n') i++;
      starts.push(i + 1);
    } else if (text[i] === '\n') starts.push(i + 1);
  }
  const off = (p: { line: number; character: number }) => starts[p.line] + p.character;
  return text.slice(off(range.start), off(range.end));
}

/** A validator for the official SARIF 2.1.0 schema (draft-04) with Ajv 8 (as in cli.test.ts). */
export async function sarifSchemaValidator(): Promise<(doc: unknown) => boolean> {
  const { default: Ajv } = await import('ajv');
  const schema = JSON.parse(
    readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
  );
  delete schema.$schema;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s));
  ajv.addFormat('uri-reference', (s: string) => !/[\s\\]/.test(s) && !/^[a-z]:/i.test(s));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s));
  const validate = ajv.compile(schema);
  return (doc) => {
    const ok = validate(doc) as boolean;
    if (!ok) throw new Error(JSON.stringify(validate.errors?.slice(0, 3)));
    return ok;
  };
}
