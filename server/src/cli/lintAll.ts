import type { LintOptions } from '../shared/options';
import { workerCount, type Concurrency } from './concurrency';
import type { FoundFile } from './discover';
import { lintFile, type FileOutcome, type FixFn, type LintFn } from './lintFile';
import { lintInWorkers } from './workerPool';

export interface LintAllRequest {
  files: readonly FoundFile[];
  options: LintOptions;
  lint: LintFn;
  /** Set for --fix. */
  fix: FixFn | undefined;
  concurrency: Concurrency;
  cores: number;
  /** The worker thread's script (server/out/lintWorker.js in the bundle); none: this thread only. */
  workerScript: string | undefined;
}

/**
 * Lints every file, in this thread or on worker threads, and returns the outcomes in the order of
 * the files, so that the output is the same whatever the concurrency.
 */
export async function lintAll(request: LintAllRequest): Promise<FileOutcome[]> {
  const { files, options, lint, fix } = request;
  if (request.workerScript === undefined) return lintHere(files, options, lint, fix);
  const threads = workerCount(request.concurrency, files.length, request.cores);
  if (threads === 0) return lintHere(files, options, lint, fix);

  const run = await lintInWorkers(files, { options, fix: fix !== undefined }, threads, request.workerScript);
  // No worker could start: the files they did not get are linted here rather than lost.
  for (const index of run.notStarted) run.outcomes[index] = await lintFile(files[index], options, lint, fix);
  return run.outcomes;
}

async function lintHere(files: readonly FoundFile[], options: LintOptions, lint: LintFn, fix: FixFn | undefined): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const found of files) outcomes.push(await lintFile(found, options, lint, fix));
  return outcomes;
}
