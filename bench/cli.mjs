// The CLI over a corpus as a user runs it, whole process: timed by GNU time for wall time and
// peak memory.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

function ensureGnuTime(log) {
  if (existsSync(GNU_TIME)) return true;
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  log('installing GNU time (apt-get install time) ...');
  try {
    execFileSync('apt-get', ['install', '-y', '-qq', 'time'], { stdio: 'ignore' });
  } catch {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'time'], { stdio: 'ignore' });
  }
  return existsSync(GNU_TIME);
}

/** Parses "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:03.21" into seconds. */
function clockToSeconds(clock) {
  return clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

const TASKSET = '/usr/bin/taskset';

/**
 * `concurrency` is passed as --concurrency (undefined: the default, auto). `oneCore` runs the
 * process on the first core only (util-linux taskset), so that its threads, V8's compiler and
 * collector threads included, share one core.
 */
export function measureCli(repoRoot, corpusDir, log, { runs = 3, concurrency, oneCore = false } = {}) {
  if (!ensureGnuTime(log)) return { error: 'GNU time (/usr/bin/time) is not available' };
  if (oneCore && !existsSync(TASKSET)) return { error: 'taskset (util-linux) is not available' };
  const samples = [];
  const extra = concurrency === undefined ? [] : ['--concurrency', String(concurrency)];
  const pin = oneCore ? [TASKSET, '-c', '0'] : [];
  for (let i = 0; i < runs; i++) {
    log(`cli: run ${i + 1} of ${runs} over ${corpusDir}${extra.length ? ` (--concurrency ${concurrency})` : ''}${oneCore ? ' on one core' : ''} ...`);
    // Output goes nowhere: what is measured is reading, linting and formatting, not the terminal.
    const child = spawnSync(GNU_TIME, ['-v', ...pin, process.execPath, 'bin/adsync-lint.js', '--no-color', ...extra, corpusDir], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const stderr = child.stderr ?? '';
    const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(stderr);
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
    const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
    if (!wall || !rss) return { error: `could not read GNU time output (exit ${child.status}): ${stderr.slice(-500)}` };
    // Exit 1 only means the corpus has errors in it, which it does on purpose.
    if (child.status !== 0 && child.status !== 1) return { error: `adsync-lint exited ${child.status}: ${stderr.slice(-500)}` };
    samples.push({ wallS: clockToSeconds(wall[1]), cpuS: Number(user?.[1] ?? NaN) + Number(system?.[1] ?? NaN), maxRssMB: Number(rss[1]) / 1024, exitCode: child.status });
  }
  const best = [...samples].sort((a, b) => a.wallS - b.wallS)[Math.floor(samples.length / 2)];
  return { wallS: best.wallS, cpuS: best.cpuS, maxRssMB: best.maxRssMB, exitCode: best.exitCode, samples };
}
