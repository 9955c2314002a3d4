// A worker thread of `adsync-lint --concurrency`: lints the files it is sent, one at a time and in
// order, and reports each outcome. Bundled on its own (server/out/lintWorker.js).
import { parentPort, workerData } from 'worker_threads';
import { fixAll } from '../engine/fixAll';
import { lintText } from '../engine/lint';
import { rules } from '../rules';
import { lintFile, type FileOutcome } from './lintFile';
import { encodeOutcomes, type LintBatch, type WorkerReport, type WorkerSetup } from './workerProtocol';

const port = parentPort;
if (port) {
  const setup = workerData as WorkerSetup;
  const lint = (text: string, options: WorkerSetup['options']) => lintText(text, options, rules);
  const fix = setup.fix ? fixAll : undefined;
  const report = (message: WorkerReport) => port.postMessage(message);
  // Batches arrive while one is still being linted (a fix awaits its write); they wait their turn,
  // so the main thread knows which batch a crash happened in: the first one not yet reported.
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (batch: LintBatch) => {
    queue = queue.then(async () => {
      const outcomes: FileOutcome[] = [];
      for (const { found } of batch.files) outcomes.push(await lintFile(found, setup.options, lint, fix));
      report({ kind: 'linted', outcomes: encodeOutcomes(outcomes) });
    });
  });
  report({ kind: 'ready' });
}
