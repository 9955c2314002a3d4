import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createInterface } from 'readline';

/** The PowerShell scripts of the oracle, in the repository (tsc does not copy them to out/). */
export const ORACLE_POWERSHELL_DIR = path.resolve(__dirname, '../../../../test/support/oracle/powershell');

/** The PowerShell version the oracle is pinned to (scripts/test.sh installs it). */
export const PINNED_PWSH_VERSION = '7.6.10';

export const HOW_TO_GET_PWSH =
  `Install the .NET SDK (https://dotnet.microsoft.com/download), then run ` +
  `"dotnet tool install --global PowerShell --version ${PINNED_PWSH_VERSION}" and put ~/.dotnet/tools on PATH ` +
  `(or set ADSYNC_LINT_PWSH to a pwsh ${PINNED_PWSH_VERSION} executable).`;

/** pwsh from ADSYNC_LINT_PWSH, PATH or the .NET global tools folder; undefined when there is none. */
export function findPwsh(): string | undefined {
  const candidates = [process.env.ADSYNC_LINT_PWSH, 'pwsh', path.join(os.homedir(), '.dotnet', 'tools', process.platform === 'win32' ? 'pwsh.exe' : 'pwsh')];
  for (const candidate of candidates) {
    if (!candidate) continue;
    if (candidate.includes(path.sep) && !fs.existsSync(candidate)) continue;
    const probe = spawnSync(candidate, ['-NoProfile', '-NonInteractive', '-Command', '$PSVersionTable.PSVersion.ToString()'], { encoding: 'utf8', timeout: 30000, env: quietEnvironment() });
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

function quietEnvironment(): NodeJS.ProcessEnv {
  // No telemetry and no update check: both would try the network from a test run.
  return { ...process.env, POWERSHELL_TELEMETRY_OPTOUT: '1', POWERSHELL_UPDATECHECK: 'Off', DOTNET_CLI_TELEMETRY_OPTOUT: '1' };
}

interface Pending {
  resolve(answer: Record<string, unknown>): void;
  reject(error: Error): void;
}

/**
 * One long-lived `pwsh -NoProfile` running OracleServer.ps1: requests go out as JSON lines and
 * may be sent many at once; answers come back in order, matched by id.
 */
export class PwshProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stderr = '';
  private exited: Error | undefined;

  constructor(pwsh: string) {
    this.child = spawn(pwsh, ['-NoProfile', '-NonInteractive', '-File', path.join(ORACLE_POWERSHELL_DIR, 'OracleServer.ps1')], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: quietEnvironment(),
    });
    this.child.stdin.setDefaultEncoding('utf8');
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-4000);
    });
    createInterface({ input: this.child.stdout }).on('line', (line) => this.answer(line));
    this.holdOpen(false);
    this.child.on('exit', (code, signal) => {
      this.exited = new Error(`pwsh exited (code ${code}, signal ${signal}). Its last error output:\n${this.stderr}`);
      for (const waiting of this.pending.values()) waiting.reject(this.exited);
      this.pending.clear();
    });
  }

  private answer(line: string): void {
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(line) as Record<string, unknown>;
    } catch {
      this.stderr += `\nunreadable answer line: ${line.slice(0, 200)}`;
      return;
    }
    const waiting = this.pending.get(parsed.id as number);
    if (!waiting) return;
    this.pending.delete(parsed.id as number);
    if (this.pending.size === 0) this.holdOpen(false);
    if (typeof parsed.failure === 'string') waiting.reject(new Error(`pwsh oracle failed: ${parsed.failure}`));
    else waiting.resolve(parsed);
  }

  /**
   * Keeps Node running only while an answer is awaited: a run that forgets to close the process
   * still exits, and pwsh then ends when its stdin closes.
   */
  private holdOpen(hold: boolean): void {
    const streams = [this.child, this.child.stdout, this.child.stdin, this.child.stderr] as unknown as { ref(): void; unref(): void }[];
    for (const stream of streams) {
      if (hold) stream.ref?.();
      else stream.unref?.();
    }
  }

  request(op: string, fields: Record<string, unknown>): Promise<Record<string, unknown>> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    this.holdOpen(true);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.stdin.write(JSON.stringify({ ...fields, id, op }) + '\n');
    });
  }

  /** Closes stdin so the server loop ends; kills it if it has not gone after a few seconds. */
  async close(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill(), 5000);
    await gone;
    clearTimeout(timer);
  }
}
