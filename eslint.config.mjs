// typescript-eslint's recommended rules over the project's TypeScript and the build, bench and
// test-host scripts. `npm run lint` runs it; `npm test` runs `npm run lint` first.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const nodeGlobals = {
  process: 'readonly',
  console: 'readonly',
  Buffer: 'readonly',
  URL: 'readonly',
  URLSearchParams: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
  setInterval: 'readonly',
  clearInterval: 'readonly',
  setImmediate: 'readonly',
  performance: 'readonly',
  TextDecoder: 'readonly',
  TextEncoder: 'readonly',
  AbortController: 'readonly',
  fetch: 'readonly',
  globalThis: 'readonly',
};

export default defineConfig(
  {
    ignores: ['**/out/**', 'node_modules/**', 'bench/node_modules/**', 'bench/corpus/**', '.vscode-test/**', 'test/integration/workspace/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    // CommonJS: the CLI's launcher (it runs without a build step of its own) and tool configs.
    files: ['bin/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...nodeGlobals, require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Callbacks passed to page.evaluate run in the browser.
    files: ['scripts/screenshot.mjs', 'scripts/check-details-page.mjs'],
    languageOptions: { globals: { ...nodeGlobals, document: 'readonly' } },
  },
);
