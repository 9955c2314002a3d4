// Ties a run's child processes and temp folder to this process: whether it ends normally, on a
// signal or by a crash, code-server and Chromium go with it and the temp folder is removed.
import { killAllGroupsNow, killProcessesMentioning, stopAllGroups } from './processGroups.mjs';

const signalNumbers = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/**
 * @param {{ root: string, remove(): void }} runState
 * @param {(message: string) => void} log
 * @returns {{ cleanUp(): Promise<void>, stoppedBySignal(): boolean, exitCode(normalCode: number): number }}
 */
export function endWithThisProcess(runState, log) {
  let cleanUpDone;
  let stoppedBy;
  const cleanUp = () =>
    (cleanUpDone ??= stopAllGroups().finally(() => {
      killProcessesMentioning(runState.root);
      runState.remove();
    }));
  const exitCode = (normalCode) => (stoppedBy ? 128 + signalNumbers[stoppedBy] : normalCode);

  process.on('exit', () => {
    killAllGroupsNow();
    killProcessesMentioning(runState.root);
    runState.remove();
  });
  for (const signal of Object.keys(signalNumbers)) {
    // `on`, not `once`: runTests forwards Ctrl+C as a second SIGINT, and the default action of
    // that one would end this process before the cleanup below is done.
    process.on(signal, () => {
      if (stoppedBy) return;
      stoppedBy = signal;
      log(`${signal} received, stopping code-server and Chromium`);
      cleanUp().finally(() => process.exit(exitCode(1)));
    });
  }
  return { cleanUp, stoppedBySignal: () => stoppedBy !== undefined, exitCode };
}
