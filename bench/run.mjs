// `npm run bench`: builds, generates the seeded corpus, measures throughput against
// tree-sitter-powershell, the CLI, the language server and the package, prints the tables and
// PASS/FAIL per target, and writes bench/results.json.
//
// Options: --seed <n>, --no-build, --skip-throughput, --skip-cli (both corpora, on 1 and 2 threads and auto), --skip-lsp, --skip-package,
//          --docs (also rewrite the tables in docs/performance.md).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureCliCorpora } from './cliCorpora.mjs';
import { measureConnectorSource } from './connectorSource.mjs';
import { DEFAULT_SEED, ensureCorpus } from './corpus.mjs';
import { loadEngine } from './engine.mjs';
import { measureLanguageServer } from './lsp.mjs';
import { measurePackage } from './package.mjs';
import { createRandom } from './random.mjs';
import { renderReport } from './report.mjs';
import { evaluateTargets } from './targets.mjs';
import { measureThroughput } from './throughput.mjs';
import { ensureTreeSitterInstalled, loadTreeSitter } from './treeSitter.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = dirname(benchDir);
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const seedIndex = args.indexOf('--seed');
const seed = seedIndex === -1 ? DEFAULT_SEED : Number(args[seedIndex + 1]);
// Progress goes to stderr so stdout holds only the report.
const log = (message) => process.stderr.write(`[bench] ${message}\n`);

function listFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(path));
    else if (entry.name.endsWith('.ps1')) files.push(path);
  }
  return files;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGB: os.totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

/** Replaces what follows the results marker in docs/performance.md, keeping the prose above it. */
function writeDocs(report) {
  const path = join(repoRoot, 'docs', 'performance.md');
  const marker = '<!-- bench results: rewritten by `npm run bench -- --docs` -->';
  const current = readFileSync(path, 'utf8');
  const at = current.indexOf(marker);
  if (at === -1) throw new Error(`${path} has no results marker`);
  writeFileSync(path, `${current.slice(0, at + marker.length)}\n\n${report}`);
}

async function main() {
  if (!flag('--no-build')) {
    log('npm run build ...');
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const corpus = ensureCorpus(join(benchDir, 'corpus'), seed, log);
  ensureTreeSitterInstalled(benchDir, log);
  const treeSitter = await loadTreeSitter(benchDir);
  const engine = loadEngine(repoRoot);
  const manyFiles = listFiles(corpus.manyDir);

  const results = {
    date: new Date().toISOString(),
    machine: machine(),
    corpus: { seed, files: manyFiles.length, manyBytes: corpus.manifest.manyBytes, sizes: corpus.manifest.sizes },
    treeSitterVersions: treeSitter.versions,
  };
  if (!flag('--skip-throughput')) results.throughput = measureThroughput(corpus.single, engine, treeSitter, log);
  if (!flag('--skip-cli')) {
    results.cliCorpora = measureCliCorpora({
      repoRoot,
      corpora: { mixed: { dir: corpus.manyDir, files: manyFiles }, 'sync-heavy': { dir: corpus.syncHeavyDir, files: listFiles(corpus.syncHeavyDir) } },
      treeSitter,
      log,
    });
    // The default run (auto) over the mixed corpus is the long-standing 10,000-file figure.
    results.cli = results.cliCorpora.corpora.mixed.auto;
  }
  if (!flag('--skip-lsp')) {
    try {
      results.lsp = await measureLanguageServer({ repoRoot, editScriptPath: corpus.editScript, manyFiles, engine, rng: createRandom(seed + 300), log });
    } catch (error) {
      results.lsp = { error: String(error?.stack ?? error) };
    }
  }
  if (!flag('--skip-package')) results.package = measurePackage(repoRoot, log);
  try {
    results.connectorSource = measureConnectorSource(repoRoot, log);
  } catch (error) {
    results.connectorSource = { error: String(error?.stack ?? error) };
  }

  const checks = evaluateTargets(results);
  results.targets = checks;
  writeFileSync(join(benchDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  const report = renderReport(results, checks);
  process.stdout.write(report);
  if (flag('--docs')) writeDocs(report);
  log('wrote bench/results.json');
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exitCode = 1;
});
