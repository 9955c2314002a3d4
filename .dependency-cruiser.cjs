// The layers of ARCHITECTURE.md, enforced by `npm run lint`. Bottom to top:
//   shared -> tokenizer -> model -> diagnostics, fixes -> rules -> engine -> io -> lsp, cli
// A module imports only from its own layer or the ones below; nothing imports in a cycle.
/** Folders of server/src above a layer, as one alternation for a path regex. */
const above = (...folders) => `^server/src/(${folders.join('|')})(/|\\.ts$)`;
const layer = (name, comment, fromPath, ...higher) => ({
  name,
  comment,
  severity: 'error',
  from: { path: fromPath },
  to: { path: above(...higher) },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules that import each other, directly or through others, cannot be understood or tested one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    layer('shared-is-the-bottom', 'shared/ holds types and text utilities every layer uses; it imports no other layer.', '^server/src/shared/',
      'tokenizer', 'model', 'diagnostics', 'fixes', 'rules', 'engine', 'io', 'lsp', 'cli', 'server'),
    layer('tokenizer-below-model', 'The tokenizer knows only shared/.', '^server/src/tokenizer/',
      'model', 'diagnostics', 'fixes', 'rules', 'engine', 'io', 'lsp', 'cli', 'server'),
    layer('model-below-rules', 'The model knows tokens, never the rules, fixes or diagnostics built on it.', '^server/src/model/',
      'diagnostics', 'fixes', 'rules', 'engine', 'io', 'lsp', 'cli', 'server'),
    layer('fixes-and-diagnostics-below-rules', 'Rules use fixes/ and diagnostics/, not the other way round.', '^server/src/(fixes|diagnostics)/',
      'rules', 'engine', 'io', 'lsp', 'cli', 'server'),
    layer('rules-below-engine', 'Rules are run by the engine; they do not call it.', '^server/src/rules/',
      'engine', 'io', 'lsp', 'cli', 'server'),
    layer('engine-below-frontends', 'The engine is pure: it knows no editor, command line or file system.', '^server/src/engine/',
      'io', 'lsp', 'cli', 'server'),
    layer('io-below-frontends', 'File reading and writing serve the front ends and know nothing of them.', '^server/src/io/',
      'tokenizer', 'model', 'diagnostics', 'fixes', 'rules', 'engine', 'lsp', 'cli', 'server'),
    layer('lsp-apart-from-cli', 'The language server and the command line are two front ends; neither uses the other.', '^server/src/lsp/', 'cli'),
    layer('cli-apart-from-lsp', 'The language server and the command line are two front ends; neither uses the other.', '^server/src/cli/', 'lsp', 'server'),
    {
      name: 'deferred-is-private-to-syntax',
      comment: 'The lazy bookkeeping of model/deferred/ is known only to the parser in model/syntax/.',
      severity: 'error',
      from: { path: '^server/src/', pathNot: '^server/src/model/(syntax|deferred)/' },
      to: { path: '^server/src/model/deferred/' },
    },
    {
      name: 'model-seen-through-types-and-facts',
      comment: 'Above the model, code reads the model (model/types.ts, scriptModel.ts) and its facts (model/facts/), never the parser or its output.',
      severity: 'error',
      from: { path: '^server/src/(diagnostics|fixes|rules|engine|io|lsp|cli)/' },
      to: { path: '^server/src/model/(syntax/|deferred/|parseOutput\\.ts$)' },
    },
    {
      name: 'engine-imports-no-packages',
      comment: 'Everything below the front ends runs in any host: no Node modules, no editor or LSP library (plain libraries such as fastest-levenshtein are fine).',
      severity: 'error',
      from: { path: '^server/src/(shared|tokenizer|model|diagnostics|fixes|rules|engine)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'engine-imports-no-editor-library',
      comment: 'The engine knows no editor: vscode and the LSP libraries belong to the front ends.',
      severity: 'error',
      from: { path: '^server/src/(shared|tokenizer|model|diagnostics|fixes|rules|engine)/' },
      to: { path: '(^|/)node_modules/(vscode|@types/vscode)' },
    },
    {
      name: 'client-is-apart',
      comment: 'The client bundle starts the server; it imports none of its code.',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^server/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing package.',
      severity: 'error',
      from: {},
      // `vscode` is the extension host's own module, known to TypeScript from @types/vscode.
      to: { couldNotResolve: true, pathNot: '^vscode$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'], conditionNames: ['require', 'node', 'default'], exportsFields: ['exports'] },
  },
};
