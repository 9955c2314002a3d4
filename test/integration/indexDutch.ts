// The test entry for the run in a VS Code started in Dutch (runTest.ts, `--locale=nl`): the
// suites under dutch/, which check what a Dutch VS Code shows with adsyncLint.language at auto.
import * as path from 'path';
import { runSuites } from './index';

export function run(): Promise<void> {
  return runSuites(path.join(__dirname, 'dutch'));
}
