// Loads the engine from the TypeScript build output, so the benchmark measures the same code
// the tests run (the bundles are measured through the CLI and the language server instead).
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function loadEngine(repoRoot) {
  const out = join(repoRoot, 'out', 'server', 'src');
  if (!existsSync(join(out, 'engine', 'lint.js'))) throw new Error(`no build output in ${out}; run "npm run build" first`);
  const require = createRequire(join(repoRoot, 'package.json'));
  const { lintText } = require(join(out, 'engine', 'lint.js'));
  const { tokenize } = require(join(out, 'tokenizer', 'tokenizer.js'));
  const { defaultOptions } = require(join(out, 'shared', 'options.js'));
  // The benchmark lints files far over the 4 MB default limit on purpose.
  const options = { ...defaultOptions(), maxFileSize: 1e9 };
  return { lintText: (text) => lintText(text, options), tokenize };
}
