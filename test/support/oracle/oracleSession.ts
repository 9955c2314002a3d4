import { findPwsh, HOW_TO_GET_PWSH, PwshProcess } from './pwshProcess';

/**
 * The one pwsh process a mocha run (or an `npm run oracle` run) shares. Started on first use;
 * `endOracleSession` ends it (the root after-hook in rootHooks.ts calls it, pass or fail).
 */
let session: PwshProcess | undefined;
let availability: { pwsh?: string; checked: boolean } = { checked: false };

export function pwshPath(): string | undefined {
  if (!availability.checked) availability = { pwsh: findPwsh(), checked: true };
  return availability.pwsh;
}

export function oracleSession(): PwshProcess {
  const pwsh = pwshPath();
  if (!pwsh) throw new Error(`PowerShell (pwsh) was not found. ${HOW_TO_GET_PWSH}`);
  session ??= new PwshProcess(pwsh);
  return session;
}

export async function endOracleSession(): Promise<void> {
  const ending = session;
  session = undefined;
  await ending?.close();
}

/** Whether a missing pwsh must fail the run rather than be reported: always on CI. */
export function oracleRequired(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

export const NOT_RUN_BANNER = (suite: string) =>
  [
    '',
    '!'.repeat(100),
    `!! The ${suite} did NOT run: PowerShell (pwsh) was not found.`,
    `!! ${HOW_TO_GET_PWSH}`,
    '!! scripts/test.sh installs it itself where the .NET SDK is present; on CI (CI=true) a missing pwsh fails the run.',
    '!'.repeat(100),
    '',
  ].join('\n');

/**
 * Declares an oracle suite: with pwsh, the suite; without it, a loud banner (or, on CI, a
 * failing test that says how to get PowerShell). Never a silent skip.
 */
export function describeWithPwsh(title: string, body: (this: Mocha.Suite) => void): void {
  if (pwshPath()) {
    describe(title, body);
    return;
  }
  if (oracleRequired()) {
    describe(title, () => {
      it('needs PowerShell (pwsh), which CI must have', () => {
        throw new Error(`pwsh was not found, and CI is set. ${HOW_TO_GET_PWSH}`);
      });
    });
    return;
  }
  console.warn(NOT_RUN_BANNER(title));
  notRun.push(title);
}

/** Suites that did not run for want of pwsh: the root after-hook names them again at the end of the run. */
export const notRun: string[] = [];
