import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { lintText } from '../../../server/src/engine/lint';

const ROOT = path.resolve(__dirname, '../../../..');
const LINT_MODULE = path.join(ROOT, 'out', 'server', 'src', 'engine', 'lint.js');
const REGRESSION = path.join(ROOT, 'test', 'fixtures', 'regressions', 'value-continued-on-next-line-names-a-new-variable.ps1');

/** Lints on a thread of its own, so that a lint that never ends fails the test instead of hanging the run. */
function problemCountWithin(text: string, ms: number): Promise<number> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('worker_threads');
     parentPort.postMessage(require(workerData.module).lintText(workerData.text).problems.length);`,
    { eval: true, workerData: { module: LINT_MODULE, text } },
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`the lint did not end within ${ms} ms`));
    }, ms);
    worker.once('message', (count: number) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(count);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

describe('followed steps', () => {
  it('ends when reading a deferred value again meets a variable no step was deferred for', async function () {
    this.timeout(20_000);
    // `$p =` takes its value from the next line, `$c.GlobalParameters.Add($p)`: reading it again
    // numbers `c` for the first time, after the list of deferred steps by variable was made.
    const text = fs.readFileSync(REGRESSION, 'utf8');
    const count = await problemCountWithin(text, 10_000);
    assert.strictEqual(count, lintText(text).problems.length);
    assert.ok(count > 0, 'the script saves no ForceFullPasswordSync parameter it adds, which is reported');
  });
});
