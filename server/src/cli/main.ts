import * as os from 'os';
import * as path from 'path';
import { fixAll } from '../engine/fixAll';
import { lintText } from '../engine/lint';
import { rules } from '../rules';
import { localize } from '../shared/locale';
import { localeInArgs } from './args';
import { cliLocale } from './cliLocale';
import { cliMessages } from './cliMessages';
import { readPackageInfo } from './packageInfo';
import { EXIT_FAILURE, runCli, type CliDeps } from './run';

export type { CliDeps, OutputStream } from './run';
export { CLI_V8_FLAGS } from './v8Flags';

export function defaultDeps(): CliDeps {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    rules,
    lint: (text, options) => lintText(text, options, rules),
    fix: (text, options) => fixAll(text, options),
    packageInfo: readPackageInfo(),
    cores: os.availableParallelism(),
    // Beside this file both in the bundle (server/out) and in the compiled tests.
    workerScript: path.join(__dirname, 'lintWorker.js'),
  };
}

/** The `adsync-lint` command; resolves to the process exit code. `deps` lets tests replace the outside world. */
export async function main(argv: string[], deps: Partial<CliDeps> = {}): Promise<number> {
  const resolved: CliDeps = { ...defaultDeps(), ...deps };
  // Worker threads run the real engine: a caller's own lint or fix must run here, where it was given.
  if ((deps.lint || deps.fix) && !('workerScript' in deps)) resolved.workerScript = undefined;
  try {
    return await runCli(argv, resolved);
  } catch (error) {
    // A bug in adsync-lint must still end with a message and the "could not lint" exit code.
    const err = error instanceof Error ? error : new Error(String(error));
    const locale = cliLocale(localeInArgs(argv), resolved.env, resolved.systemLocale);
    resolved.stderr.write(`adsync-lint: ${localize(cliMessages.internalError, locale)} ${err.stack ?? err.message}\n`);
    return EXIT_FAILURE;
  }
}
