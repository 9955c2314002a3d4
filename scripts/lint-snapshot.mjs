// Prints everything the built CLI says about a fixed set of scripts, so two builds can be compared
// byte for byte (a restructuring must not change one byte of it):
//   npm run build && node scripts/lint-snapshot.mjs > before.txt
//   ... change the code ...
//   npm run build && node scripts/lint-snapshot.mjs > after.txt && cmp before.txt after.txt
// The scripts: every fixture, the examples, and a corpus generated from a seed (`--seed <n>`,
// `--files <n>`): benchmark-style scripts plus fixtures cut, doubled and spliced the way an editor
// sees them between keystrokes. For each folder it prints the JSON report, once with default
// settings and once with the examples' connector names, then the text `--fix` leaves behind.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRandom } from '../bench/random.mjs';
import { chunk, passwordSyncBlock } from '../bench/snippets.mjs';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'bin', 'adsync-lint.js');
const work = join(root, 'out', 'lint-snapshot');

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}
const seed = option('--seed', 20261204);
const files = option('--files', 400);

function scriptsUnder(dir) {
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...scriptsUnder(path));
    else if (name.endsWith('.ps1')) found.push(path);
  }
  return found;
}

/** Cuts, doubles and splices that keep the text PowerShell-like but often break it. */
function mutate(rng, text) {
  const at = () => rng.int(0, text.length);
  switch (rng.int(0, 5)) {
    case 0: return text.slice(0, at());
    case 1: { const a = at(); const b = Math.min(text.length, a + rng.int(1, 40)); return text.slice(0, a) + text.slice(b); }
    case 2: { const a = at(); const b = Math.min(text.length, a + rng.int(1, 80)); return text.slice(0, b) + text.slice(a, b) + text.slice(b); }
    case 3: { const a = at(); return text.slice(0, a) + rng.pick(['`', '"', "'", '(', ')', '{', '}', '@{', '$', '|', '\r\n', '\n', '–', '“', '#', '<#', ',', '.']) + text.slice(a); }
    case 4: return text.replace(/\r?\n/g, '\r\n');
    default: { const lines = text.split('\n'); const a = rng.int(0, lines.length - 1); const b = rng.int(0, lines.length - 1); [lines[a], lines[b]] = [lines[b], lines[a]]; return lines.join('\n'); }
  }
}

function generateCorpus(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rng = createRandom(seed);
  const fixtures = scriptsUnder(join(root, 'test', 'fixtures')).map((path) => readFileSync(path, 'utf8'));
  for (let i = 0; i < files; i++) {
    let text;
    if (i % 2 === 0) {
      text = rng.chance(0.7) ? passwordSyncBlock(rng) : '';
      const chunks = rng.int(1, 12);
      for (let c = 0; c < chunks; c++) text += chunk(rng, 0.2);
    } else {
      text = rng.pick(fixtures);
    }
    const mutations = rng.int(0, 4);
    for (let m = 0; m < mutations; m++) text = mutate(rng, text);
    writeFileSync(join(dir, `script-${String(i).padStart(4, '0')}.ps1`), text);
  }
}

function runCli(args) {
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  return `exit ${run.status}\n${run.stdout}${run.stderr}`;
}

const corpus = join(work, 'corpus');
generateCorpus(corpus);
const folders = [join(root, 'test', 'fixtures'), join(root, 'examples'), corpus];
const out = [];
for (const folder of folders) {
  const name = relative(root, folder);
  out.push(`## ${name} (json)\n${runCli(['--format', 'json', name])}`);
  out.push(`## ${name} (json, connectors)\n${runCli(['--format', 'json', '--connectors', 'examples/connectors.json', name])}`);
  const copy = join(work, 'fixed');
  rmSync(copy, { recursive: true, force: true });
  cpSync(folder, copy, { recursive: true });
  const fixRun = runCli(['--fix', '--format', 'json', relative(root, copy)]);
  out.push(`## ${name} (--fix)\n${fixRun}`);
  for (const path of scriptsUnder(copy)) out.push(`### ${relative(copy, path)}\n${readFileSync(path, 'utf8')}`);
}
process.stdout.write(out.join('\n'));
