// Bundles the extension client, the language server and the CLI into one file each, so the
// packaged extension needs no node_modules and the CLI starts fast.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: process.env.ADSYNC_LINT_MINIFY !== '0',
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli.js' }),
  build({ ...common, entryPoints: ['server/src/cli/lintWorker.ts'], outfile: 'server/out/lintWorker.js' }),
]);
