// ESLint (typescript-eslint) for the whole code base, with the import boundaries between the layers:
// the client imports only the protocol; the protocol imports neither side; the engine imports nothing
// above it; the service, the LSP layer and the CLI reach the engine through engine/index.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const files = (...globs) => ({ files: globs });
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const ENGINE_INSIDE = {
  group: ['**/engine/*', '!**/engine/index', '**/engine/*/**'],
  message: 'reach the engine through server/src/engine/index.ts',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test/**/fixtures/**',
      '**/.build/**',
      '**/.vscode-test/**',
      '**/test-artifacts/**',
      '**/.verbatim-cache/**',
    ],
  },
  {
    ...files('client/src/**/*.ts', 'protocol/**/*.ts', 'server/src/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts'),
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // No line over 120 characters in any source file: Prettier wraps code at 120; long strings, regexes and
    // comments are broken by hand (from parts), so this stays true.
    ...files('**/*.ts', '**/*.mjs', '**/*.cjs'),
    rules: { 'max-len': ['error', { code: 120, ignoreUrls: true }] },
  },
  {
    // No source file over 400 lines, every line counted (blank lines and comments too): a file that grows past it is
    // split by topic into files named for what they hold.
    ...files('**/*.ts', '**/*.mjs', '**/*.cjs'),
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }] },
  },
  { ...files('**/*.cjs'), languageOptions: { sourceType: 'commonjs' } },
  {
    // Tests read the CLI's JSON and SARIF output and editor payloads loosely, field by field.
    ...files('test/**/*.ts'),
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    ...files('client/src/**/*.ts'),
    rules: restrict([
      { group: ['**/server/**', '**/engine/**', 'yaml'], message: 'the client imports only protocol/' },
    ]),
  },
  {
    ...files('protocol/**/*.ts'),
    rules: restrict([{ group: ['**/server/**', '**/client/**'], message: 'the protocol imports neither side' }]),
  },
  {
    ...files('server/src/service/**/*.ts'),
    rules: restrict([
      ENGINE_INSIDE,
      {
        group: ['**/lsp/**', '**/cli/**', 'vscode-languageserver', 'vscode-languageserver/*'],
        message: 'the service knows no protocol connection',
      },
    ]),
  },
  {
    ...files('server/src/engine/**/*.ts'),
    rules: restrict([
      {
        group: ['**/lsp/**', '**/service/**', '**/cli/**', '**/protocol/**', '**/client/**', 'vscode-languageserver*'],
        message: 'the engine imports nothing above it',
      },
    ]),
  },
  {
    ...files('server/src/cli/**/*.ts'),
    rules: restrict([
      ENGINE_INSIDE,
      { group: ['**/lsp/**', '**/service/**', '**/protocol/**'], message: 'the CLI uses only the engine' },
    ]),
  },
  {
    ...files('server/src/lsp/**/*.ts'),
    rules: restrict([ENGINE_INSIDE, { group: ['**/cli/**'], message: 'the LSP layer does not use the CLI' }]),
  },
);
