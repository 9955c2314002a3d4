import { Worker } from 'worker_threads';
import { localizeWhole } from '../shared/locale';
import { cliMessages as say } from './cliMessages';
import type { FoundFile } from './discover';
import type { FileOutcome } from './lintFile';
import { decodeOutcomes, type LintBatch, type WorkerReport, type WorkerSetup } from './workerProtocol';

/** Files handed to a worker at a time: few enough that the last ones spread over all workers. */
const MAX_BATCH = 32;
/** A worker is sent more once it has fewer than this many files left, so it never waits for work. */
const LOW_WATER = 8;

export interface PoolRun {
  /** One outcome per file, in the order of `files`. */
  outcomes: FileOutcome[];
  /** Files left unlinted because no worker could even start; the caller lints them itself. */
  notStarted: number[];
}

interface PoolWorker {
  worker: Worker;
  /** Batches sent and not yet reported, in the order the worker lints them. */
  batches: number[][];
  /** How many files those batches hold. */
  pendingFiles: number;
  ready: boolean;
  /** Why it died, when it threw before exiting. */
  error?: Error;
}

/**
 * Lints files on `count` worker threads. A worker reports a batch once it is linted, so when one
 * dies, which file killed it is not known yet: the files it had not reported are linted again,
 * each in a batch of its own, and a file that kills a worker alone gets a failure. The others are
 * linted as usual. Workers that cannot start at all (a broken install) leave their files to the
 * caller.
 */
export function lintInWorkers(files: readonly FoundFile[], setup: WorkerSetup, count: number, workerScript: string): Promise<PoolRun> {
  const outcomes: FileOutcome[] = new Array(files.length);
  const queue: number[] = files.map((_, index) => index);
  /** Files a worker had not reported when it died. */
  const suspects = new Set<number>();
  let queueHead = 0;
  let live = 0;
  let startFailed = false;

  return new Promise((resolve) => {
    const finishIfDone = () => {
      if (live > 0) return;
      const notStarted = queue.slice(queueHead).filter((index) => outcomes[index] === undefined);
      resolve({ outcomes, notStarted });
    };

    const nextBatch = (): number[] => {
      if (suspects.has(queue[queueHead])) return [queue[queueHead++]];
      const share = Math.ceil((queue.length - queueHead) / (count * 4));
      const batch: number[] = [];
      while (batch.length < Math.max(1, Math.min(MAX_BATCH, share)) && queueHead < queue.length && !suspects.has(queue[queueHead])) batch.push(queue[queueHead++]);
      return batch;
    };

    const sendMore = (entry: PoolWorker) => {
      while (entry.pendingFiles < LOW_WATER && queueHead < queue.length) {
        const indices = nextBatch();
        entry.batches.push(indices);
        entry.pendingFiles += indices.length;
        const batch: LintBatch = { files: indices.map((index) => ({ index, found: files[index] })) };
        entry.worker.postMessage(batch);
      }
    };

    const start = () => {
      const entry: PoolWorker = { worker: new Worker(workerScript, { workerData: setup }), batches: [], pendingFiles: 0, ready: false };
      live++;
      entry.worker.on('message', (report: WorkerReport) => {
        if (report.kind === 'ready') entry.ready = true;
        else {
          const indices = entry.batches.shift() ?? [];
          decodeOutcomes(report.outcomes).forEach((outcome, i) => {
            outcomes[indices[i]] = outcome;
          });
          entry.pendingFiles -= indices.length;
        }
        sendMore(entry);
        // A worker with nothing left ends, also one that was ready only after the others had taken
        // every file; the last to end settles the run.
        if (entry.pendingFiles === 0 && queueHead >= queue.length) void entry.worker.terminate();
      });
      entry.worker.on('error', (error) => {
        entry.error = error;
      });
      entry.worker.on('exit', (code) => {
        live--;
        if (!entry.ready) startFailed = true;
        const current = entry.batches[0];
        if (current && current.length === 1 && suspects.has(current[0])) {
          // A file that was being linted alone when the worker died is the one that killed it.
          const crashedOn = current[0];
          entry.batches.shift();
          suspects.delete(crashedOn);
          const locale = setup.options.locale;
          const reason = entry.error ? entry.error.message : localizeWhole(say.workerExited, locale, { code: String(code) });
          outcomes[crashedOn] = { failures: [localizeWhole(say.workerCrashed, locale, { file: files[crashedOn].display, reason })], notes: [], ruleFailures: [] };
        }
        // Unreported files go back to the front of the queue, in order, to be linted one by one.
        const unreported = entry.batches.flat();
        for (const index of unreported) suspects.add(index);
        queue.splice(queueHead, 0, ...unreported);
        entry.batches = [];
        entry.pendingFiles = 0;
        if (queueHead < queue.length && !startFailed) start();
        finishIfDone();
      });
    };

    for (let i = 0; i < count; i++) start();
  });
}
