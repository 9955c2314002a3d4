import { endOracleSession, NOT_RUN_BANNER, notRun } from './oracleSession';

/** Loaded by mocha (`require` in .mocharc.json): ends the shared pwsh process, pass or fail. */
export const mochaHooks = {
  async afterAll(): Promise<void> {
    await endOracleSession();
    // Said again at the end, where it is read: the banner at load time scrolls away.
    if (notRun.length > 0) console.warn(NOT_RUN_BANNER(notRun.join('; ')));
  },
};
