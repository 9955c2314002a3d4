import { endOracleSession } from './oracleSession';

/** Loaded by mocha (`require` in .mocharc.json): ends the shared pwsh process, pass or fail. */
export const mochaHooks = {
  async afterAll(): Promise<void> {
    await endOracleSession();
  },
};
