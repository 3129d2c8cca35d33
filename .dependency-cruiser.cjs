// Import boundaries and cycles, checked by `npm run deps` (part of `npm test`).
// Layers: client -> protocol; lsp -> service -> engine (+ protocol); cli -> engine; engine -> nothing above it.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles-above-engine',
      severity: 'error',
      comment: 'client, protocol, lsp, service and cli form no import cycle',
      from: { path: '^(client/src|protocol|server/src/(lsp|service|cli))/' },
      to: { circular: true },
    },
    {
      name: 'engine-cycles',
      severity: 'error',
      comment: 'the engine forms no import cycle either (shared types live in modules of their own)',
      from: { path: '^server/src/engine/' },
      to: { circular: true },
    },
    {
      name: 'client-imports-only-protocol',
      severity: 'error',
      comment: 'the client bundle holds no server or engine code',
      from: { path: '^client/src/' },
      to: { path: '^(server|bench|scripts)/' },
    },
    {
      name: 'protocol-is-standalone',
      severity: 'error',
      from: { path: '^protocol/' },
      to: { path: '^(server|client)/' },
    },
    {
      name: 'engine-stays-below',
      severity: 'error',
      comment: 'the engine never imports the protocol, the service, the LSP layer or the CLI',
      from: { path: '^server/src/engine/' },
      to: { path: '^(protocol|client|server/src/(lsp|service|cli))/' },
    },
    {
      name: 'service-below-lsp',
      severity: 'error',
      comment: 'the service knows nothing of the LSP layer or the CLI',
      from: { path: '^server/src/service/' },
      to: { path: '^server/src/(lsp|cli)/' },
    },
    {
      name: 'cli-apart-from-editor',
      severity: 'error',
      from: { path: '^server/src/cli/' },
      to: { path: '^(client|protocol|server/src/(lsp|service))/' },
    },
    {
      name: 'layers-use-engine-entry',
      severity: 'error',
      comment: 'the service, lsp and the CLI reach the engine through engine/index.ts only',
      from: { path: '^server/src/(lsp|service|cli)/' },
      to: { path: '^server/src/engine/', pathNot: '^server/src/engine/index\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.cjs', '.json'] },
  },
};
