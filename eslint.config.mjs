// ESLint (typescript-eslint) for the layers above the engine, with the import boundaries between
// them: the client imports only the protocol; the protocol imports neither side; the service
// reaches the engine through engine/index.ts and knows nothing of the LSP layer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const files = (...globs) => ({ files: globs });
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const ENGINE_INSIDE = {
  group: ['**/engine/*', '!**/engine/index', '**/engine/*/**'],
  message: 'reach the engine through server/src/engine/index.ts',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**'] },
  {
    ...files('client/src/**/*.ts', 'protocol/**/*.ts', 'server/src/lsp/**/*.ts', 'server/src/service/**/*.ts'),
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    ...files('client/src/**/*.ts'),
    rules: restrict([{ group: ['**/server/**', '**/engine/**', 'yaml'], message: 'the client imports only protocol/' }]),
  },
  {
    ...files('protocol/**/*.ts'),
    rules: restrict([{ group: ['**/server/**', '**/client/**'], message: 'the protocol imports neither side' }]),
  },
  {
    ...files('server/src/service/**/*.ts'),
    rules: restrict([ENGINE_INSIDE, { group: ['**/lsp/**', '**/cli/**', 'vscode-languageserver', 'vscode-languageserver/*'], message: 'the service knows no protocol connection' }]),
  },
  {
    ...files('server/src/lsp/**/*.ts'),
    rules: restrict([ENGINE_INSIDE, { group: ['**/cli/**'], message: 'the LSP layer does not use the CLI' }]),
  },
);
