// Runs before the grammar tests (npm run test:grammar):
// - the JSON grammars in syntaxes/ must be what syntaxes/build-grammars.mjs generates;
// - the tests load the grammars through test/grammar/grammars.json, shaped like package.json's
//   contributes.grammars; once package.json contributes a grammar with the same scopeName, its path,
//   injectTo, language and embeddedLanguages must be the same; every grammar file must exist and
//   declare the scopeName it is registered under.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../../syntaxes/build-grammars.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const read = (p) => JSON.parse(readFileSync(p, 'utf8'));

const tested = read(join(here, 'grammars.json')).contributes.grammars;
const contributed = read(join(root, 'package.json')).contributes?.grammars ?? [];
const problems = [];

for (const [name, text] of Object.entries(build())) {
  const file = join(root, 'syntaxes', name);
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text)
    problems.push(
      `syntaxes/${name} is not what syntaxes/build-grammars.mjs generates: run node syntaxes/build-grammars.mjs`,
    );
}
const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

for (const g of tested) {
  const file = resolve(here, g.path);
  if (!existsSync(file)) {
    problems.push(`${g.scopeName}: ${g.path} does not exist`);
    continue;
  }
  let scopeName;
  try {
    scopeName = read(file).scopeName;
  } catch (e) {
    problems.push(`${g.path} is not valid JSON: ${e.message}`);
    continue;
  }
  if (scopeName !== g.scopeName)
    problems.push(`${g.path} declares scopeName ${scopeName}, registered as ${g.scopeName}`);

  const c = contributed.find((x) => x.scopeName === g.scopeName);
  if (!c) continue; // not contributed yet
  if (resolve(root, c.path) !== file)
    problems.push(`package.json contributes ${g.scopeName} from ${c.path}, the tests load ${g.path}`);
  for (const key of ['injectTo', 'language', 'embeddedLanguages']) {
    if (!same(c[key], g[key]))
      problems.push(
        `${g.scopeName}: package.json has ${key} ${JSON.stringify(c[key])}, the tests use ${JSON.stringify(g[key])}`,
      );
  }
}

if (problems.length) {
  console.error('grammar check failed:\n  ' + problems.join('\n  '));
  process.exit(1);
}
const n = tested.filter((g) => contributed.some((x) => x.scopeName === g.scopeName)).length;
console.log(
  `grammar check: syntaxes/*.json up to date; ${tested.length} grammars under test, ${n} of them in package.json ` +
    `contributes.grammars (matching)`,
);
