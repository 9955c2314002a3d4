// The whole-process CLI over each corpus on one thread, on two and on the default (auto), where a run's
// time goes, and tree-sitter-powershell parsing the same files, for the CLI targets.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { measureCli } from './cli.mjs';

/** Milliseconds of a process that starts and does nothing: Node's own start-up, the floor. */
function bareNodeMs(runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

function phasesOf(repoRoot, dir) {
  return JSON.parse(execFileSync(process.execPath, [join(repoRoot, 'bench', 'cliPhases.cjs'), repoRoot, dir], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}

/** One parse of every file, after the first few hundred have warmed it up: generous to tree-sitter. */
function treeSitterOver(files, treeSitter) {
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  for (const text of texts.slice(0, 300)) treeSitter.parse(text);
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const text of texts) treeSitter.parse(text);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, bytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) };
}

export function measureCliCorpora({ repoRoot, corpora, treeSitter, log }) {
  const results = { cores: os.availableParallelism(), loadAverage: os.loadavg(), bareNodeMs: bareNodeMs(), corpora: {} };
  for (const [label, { dir, files }] of Object.entries(corpora)) {
    log(`cli corpora: ${label}: phases ...`);
    const phases = phasesOf(repoRoot, dir);
    const one = measureCli(repoRoot, dir, log, { concurrency: 1 });
    const two = measureCli(repoRoot, dir, log, { concurrency: 2 });
    const auto = measureCli(repoRoot, dir, log, { concurrency: 'auto' });
    // The same default run given one core instead of all: "two cores against one" taken literally.
    const oneCore = label === 'sync-heavy' ? measureCli(repoRoot, dir, log, { oneCore: true }) : undefined;
    log(`cli corpora: ${label}: tree-sitter over ${files.length} files ...`);
    const parsed = treeSitterOver(files, treeSitter);
    results.corpora[label] = {
      files: files.length,
      bytes: parsed.bytes,
      phases,
      one,
      two,
      auto,
      treeSitterMs: parsed.ms,
      treeSitterCpuMs: parsed.cpuMs,
      // Above 1: the whole CLI process, on its default threads, beats tree-sitter's parse alone.
      autoVsTreeSitter: one.error || auto.error ? undefined : parsed.ms / 1000 / auto.wallS,
      autoSpeedup: one.error || auto.error ? undefined : one.wallS / auto.wallS,
      twoSpeedup: one.error || two.error ? undefined : one.wallS / two.wallS,
      oneCore,
      coresSpeedup: !oneCore || oneCore.error || auto.error ? undefined : oneCore.wallS / auto.wallS,
      // What two threads could give at best: one thread's wall time against the CPU seconds of
      // the two-thread run shared perfectly over the cores. One thread already keeps a second
      // core partly busy (V8 compiles and collects on threads of its own), and each further
      // thread warms up its own JIT, so this ceiling, not the thread count, bounds the speed-up.
      twoSpeedupCeiling: one.error || two.error ? undefined : one.wallS / Math.max(two.cpuS / Math.min(2, results.cores), 1e-9),
      // On a busy machine wall times swing with the load; CPU seconds much less. For reading a run, not a target.
      oneCpuVsTreeSitter: one.error ? undefined : parsed.cpuMs / 1000 / one.cpuS,
    };
  }
  results.loadAverageAfter = os.loadavg();
  return results;
}
