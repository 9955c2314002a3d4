import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SourceMapLookup } from '../../support/security/sourceMap';

/**
 * The language server and the lint engine never run scripts, start processes, evaluate code or
 * open sockets. The engine's own code is held to that strictly. The server bundle also carries
 * vscode-languageserver, which has such code for features the server does not use (finding a
 * global npm/yarn install to load a module; pipe and socket transports, while the client starts
 * the server with node IPC): those occurrences are listed below by module, and any new one, in
 * any module, fails the test.
 */

const ROOT = path.resolve(__dirname, '../../../..');
const SERVER_SRC = path.join(ROOT, 'server', 'src');
const BUNDLE = path.join(ROOT, 'server', 'out', 'server.js');

const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: 'child_process', pattern: /child_process/g },
  { name: 'eval(', pattern: /\beval\s*\(/g },
  { name: 'new Function', pattern: /new\s+Function\b/g },
  { name: 'net/http/https/dgram/tls module', pattern: /(?:require\s*\(|from\s+)\s*["'](?:node:)?(?:net|http|https|http2|dgram|tls|worker_threads|vm|cluster)["']/g },
  // `.spawn(`, `.exec(` and their kin, also as a minifier writes them: `(0, x.spawnSync)(`.
  { name: '.spawn/.exec/.fork call', pattern: /\.(?:spawn|spawnSync|exec|execSync|execFile|execFileSync|fork)\)?\s*\(/g },
];

/**
 * The server reads files a script dot-sources and the connector exports it is pointed at: it may
 * read the local file system, and nothing else of Node's (no process, socket or network module).
 */
const FILE_READING_MODULES = new Set(['fs', 'path', 'url']);

/** The engine's own code: everything the language server runs that this project wrote; `io/connectors` reads the connector exports. */
const ENGINE_DIRS = ['shared', 'tokenizer', 'model', 'rules', 'fixes', 'diagnostics', 'engine', 'lsp', 'io/connectors'];
const ENGINE_FILES = ['server.ts'];
/** Reviewed npm libraries the engine may import: they compute, and do no I/O of their own. */
const REVIEWED_IMPORTS = new Set(['fastest-levenshtein', 'saxes']);

/**
 * What vscode-languageserver (and vscode-jsonrpc beneath it) brings into the bundle, counted
 * per module. Reviewed: files.js resolves global node modules with child_process (only for
 * `Files.resolve*`, which the server never calls); vscode-jsonrpc's node main.js imports `net`
 * for pipe and socket transports (VS Code's client uses IPC; `adsync-lint-server --pipe/--socket`
 * lets another editor choose them: a connection to the pipe or local port that editor opened).
 */
const LIBRARY_ALLOWLIST: Record<string, number> = {
  'child_process @ node_modules/vscode-languageserver/lib/node/files.js': 1,
  // One fork (resolveModulePath's helper process), four spawnSync (npm/yarn global dir, Windows and POSIX).
  '.spawn/.exec/.fork call @ node_modules/vscode-languageserver/lib/node/files.js': 5,
  'net/http/https/dgram/tls module @ node_modules/vscode-jsonrpc/lib/node/main.js': 1,
};

function engineFiles(): string[] {
  const files = ENGINE_FILES.map((file) => path.join(SERVER_SRC, file));
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) files.push(full);
    }
  };
  for (const dir of ENGINE_DIRS) walk(path.join(SERVER_SRC, dir));
  return files;
}

function findAll(text: string): { name: string; index: number }[] {
  const found: { name: string; index: number }[] = [];
  for (const { name, pattern } of FORBIDDEN) {
    for (const match of text.matchAll(pattern)) found.push({ name, index: match.index ?? 0 });
  }
  return found;
}

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length - 1;
  return { line, column: index - (before.lastIndexOf('\n') + 1) };
}

function normalizeSource(source: string | undefined): string {
  if (!source) return '(unmapped)';
  const at = source.indexOf('node_modules/');
  return at >= 0 ? source.slice(at) : path.relative(ROOT, path.resolve(path.dirname(BUNDLE), source)).split(path.sep).join('/');
}

describe('security: no process, eval or socket code', () => {
  it('the engine and language server source contain none, and import no Node module but through the LSP library', () => {
    const offences: string[] = [];
    for (const file of engineFiles()) {
      const text = fs.readFileSync(file, 'utf8');
      for (const hit of findAll(text)) offences.push(`${path.relative(ROOT, file)}:${lineAndColumn(text, hit.index).line + 1}: ${hit.name}`);
      for (const match of text.matchAll(/from\s+'([^'.][^']*)'/g)) {
        if (!match[1].startsWith('vscode-languageserver') && !FILE_READING_MODULES.has(match[1]) && !REVIEWED_IMPORTS.has(match[1])) offences.push(`${path.relative(ROOT, file)}: imports '${match[1]}'`);
      }
    }
    assert.deepStrictEqual(offences, []);
  });

  it('the server bundle holds only the reviewed library occurrences', () => {
    assert.ok(fs.existsSync(BUNDLE), 'server/out/server.js is missing: run `npm run build` first');
    const bundle = fs.readFileSync(BUNDLE, 'utf8');
    const map = new SourceMapLookup(JSON.parse(fs.readFileSync(BUNDLE + '.map', 'utf8')));
    const counts: Record<string, number> = {};
    for (const hit of findAll(bundle)) {
      const { line, column } = lineAndColumn(bundle, hit.index);
      const key = `${hit.name} @ ${normalizeSource(map.sourceAt(line, column))}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    assert.deepStrictEqual(counts, LIBRARY_ALLOWLIST);
  });

  it('the scan finds what it looks for (so a clean result means something)', () => {
    const probe = ['require("child_process")', 'eval("1")', 'new Function("x")', "import * as n from 'net'", '(0, cp.spawnSync)("x")', 'p.exec("x")'].join('\n');
    assert.deepStrictEqual(findAll(probe).map((hit) => hit.name).sort(), [
      '.spawn/.exec/.fork call', '.spawn/.exec/.fork call', 'child_process', 'eval(', 'net/http/https/dgram/tls module', 'new Function',
    ]);
  });
});
