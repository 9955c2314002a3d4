// tree-sitter-powershell, the reference parser the throughput target is set against. It lives in
// bench/node_modules (its own package.json and lockfile) so the project's install stays lean;
// it is installed on first use.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The native binding copies input in chunks; a bounded slice per call keeps large texts linear. */
const CHUNK = 64 * 1024;

export function ensureTreeSitterInstalled(benchDir, log) {
  const ready = ['tree-sitter', 'tree-sitter-powershell'].every((name) => existsSync(join(benchDir, 'node_modules', name, 'package.json')));
  if (ready) return;
  log('installing tree-sitter and tree-sitter-powershell into bench/node_modules (first run; builds a native addon) ...');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const command = existsSync(join(benchDir, 'package-lock.json')) ? 'ci' : 'install';
  execFileSync(npm, [command, '--prefix', benchDir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

export async function loadTreeSitter(benchDir) {
  const modules = join(benchDir, 'node_modules');
  const { default: Parser } = await import(pathToFileURL(join(modules, 'tree-sitter', 'index.js')).href);
  // The grammar's entry point uses top-level await, so it can only be imported, not required.
  const { default: PowerShell } = await import(pathToFileURL(join(modules, 'tree-sitter-powershell', 'bindings', 'node', 'index.js')).href);
  const parser = new Parser();
  parser.setLanguage(PowerShell);
  const version = (name) => JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version;
  return {
    versions: { 'tree-sitter': version('tree-sitter'), 'tree-sitter-powershell': version('tree-sitter-powershell') },
    // The callback form has no string-size limit and avoids handing the binding ever-longer slices.
    parse: (text) => parser.parse((index) => text.slice(index, index + CHUNK)),
  };
}
