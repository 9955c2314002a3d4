import { Worker } from 'worker_threads';
import type { FoundFile } from './discover';
import type { FileOutcome } from './lintFile';
import type { LintBatch, WorkerReport, WorkerSetup } from './workerProtocol';

const MESSAGES = {
  crashed: (file: string, reason: string) => `${file}: adsync-lint crashed while checking this file, so it was not checked: ${reason}`,
  exited: (code: number) => `the worker thread stopped (exit code ${code})`,
};

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
  /** Indices sent and not yet reported, in the order the worker lints them. */
  pending: number[];
  ready: boolean;
  /** Why it died, when it threw before exiting. */
  error?: Error;
}

/**
 * Lints files on `count` worker threads. A worker that crashes costs only the file it was on,
 * which gets a failure; its other files go to a new worker. Workers that cannot start at all
 * (a broken install) leave their files to the caller.
 */
export function lintInWorkers(files: readonly FoundFile[], setup: WorkerSetup, count: number, workerScript: string): Promise<PoolRun> {
  const outcomes: FileOutcome[] = new Array(files.length);
  const queue: number[] = files.map((_, index) => index);
  let queueHead = 0;
  let live = 0;
  let startFailed = false;

  return new Promise((resolve) => {
    const finishIfDone = () => {
      if (live > 0) return;
      const notStarted = queue.slice(queueHead).filter((index) => outcomes[index] === undefined);
      resolve({ outcomes, notStarted });
    };

    const sendMore = (entry: PoolWorker) => {
      if (entry.pending.length >= LOW_WATER || queueHead >= queue.length) return;
      const share = Math.ceil((queue.length - queueHead) / (count * 4));
      const size = Math.max(1, Math.min(MAX_BATCH, share));
      const batch: LintBatch = { files: [] };
      for (const index of queue.slice(queueHead, queueHead + size)) {
        batch.files.push({ index, found: files[index] });
        entry.pending.push(index);
      }
      queueHead += size;
      entry.worker.postMessage(batch);
    };

    const start = () => {
      const entry: PoolWorker = { worker: new Worker(workerScript, { workerData: setup }), pending: [], ready: false };
      live++;
      entry.worker.on('message', (report: WorkerReport) => {
        if (report.kind === 'ready') entry.ready = true;
        else {
          outcomes[report.index] = report.outcome;
          entry.pending.shift();
        }
        sendMore(entry);
        // A worker with nothing left ends, also one that was ready only after the others had taken
        // every file; the last to end settles the run.
        if (entry.pending.length === 0 && queueHead >= queue.length) void entry.worker.terminate();
      });
      entry.worker.on('error', (error) => {
        entry.error = error;
      });
      entry.worker.on('exit', (code) => {
        live--;
        if (!entry.ready) startFailed = true;
        if (entry.pending.length > 0 && entry.ready) {
          // It lints in order, so the first file it had not reported is the one it died on.
          const crashedOn = entry.pending.shift() as number;
          const reason = entry.error ? entry.error.message : MESSAGES.exited(code);
          outcomes[crashedOn] = { failures: [MESSAGES.crashed(files[crashedOn].display, reason)], notes: [], ruleFailures: [] };
          }
        // Unreported files go back to the front of the queue, in order, for another worker.
        if (entry.pending.length > 0) {
          queue.splice(queueHead, 0, ...entry.pending);
          entry.pending = [];
        }
        if (queueHead < queue.length && !startFailed) start();
        finishIfDone();
      });
    };

    for (let i = 0; i < count; i++) start();
  });
}
