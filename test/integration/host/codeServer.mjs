// Starts VS Code's server build (code-server) on a free loopback port and builds the workbench
// URLs that open an extension development host, the browser counterpart of the desktop
// `--extensionDevelopmentPath`/`--extensionTestsPath` arguments.
import fs from 'node:fs';
import path from 'node:path';
import { codeServerEntry } from './hostConfig.mjs';
import { spawnGroup } from './processGroups.mjs';

const listeningLine = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)\//;
const startTimeoutMs = 30_000;
const keptLogLines = 200;

/**
 * @param {{ stateDir: string, userDataDir: string, extensionsDir: string, workspaceFolder?: string, locale?: string, env?: Record<string, string> }} options
 * `stateDir` receives code-server's own config file; `env` is added to the inherited environment.
 * @returns {Promise<{ port: number, exited: Promise<unknown>, recentLog: string[] }>}
 */
export async function startCodeServer({ stateDir, userDataDir, extensionsDir, workspaceFolder, locale, env = {} }) {
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const args = [
    codeServerEntry,
    '--config', path.join(stateDir, 'config.yaml'),
    '--auth', 'none',
    // Port 0 lets the OS choose a free port; code-server prints the one it got.
    '--bind-addr', '127.0.0.1:0',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...(locale ? ['--locale', locale] : []),
    ...(workspaceFolder ? [workspaceFolder] : []),
  ];
  const child = spawnGroup(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...env,
      // No extension gallery: it cannot be reached offline and would only log errors.
      EXTENSIONS_GALLERY: '{}',
    },
  });

  /** The tail of code-server's output, printed when a run fails. */
  const recentLog = [];
  let resolvePort;
  let rejectPort;
  const portPromise = new Promise((resolve, reject) => {
    resolvePort = resolve;
    rejectPort = reject;
  });
  const onOutput = (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line) continue;
      recentLog.push(line);
      if (recentLog.length > keptLogLines) recentLog.shift();
      if (process.env.ADSYNC_LINT_HOST_VERBOSE === '1') console.log(`[code-server] ${line}`);
      const match = listeningLine.exec(line);
      if (match) resolvePort(Number(match[1]));
    }
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  exited.then((status) => rejectPort(new Error(`code-server exited before listening (${status})`)));
  child.once('error', rejectPort);

  const timer = setTimeout(() => rejectPort(new Error(`code-server did not listen within ${startTimeoutMs / 1000} s`)), startTimeoutMs);
  try {
    const port = await portPromise;
    return { port, exited, recentLog };
  } finally {
    clearTimeout(timer);
  }
}

/** A path on the server's machine, as the web workbench addresses it. */
export function remoteUri(port, absolutePath) {
  return `vscode-remote://127.0.0.1:${port}${absolutePath.split(path.sep).join('/')}`;
}

/**
 * The workbench URL for `folder`, carrying the `payload` pairs the web workbench reads at start
 * (extensionDevelopmentPath, extensionTestsPath, openFile, ...).
 * @param {number} port
 * @param {string} folder
 * @param {Array<[string, string]>} payload
 */
export function workbenchUrl(port, folder, payload) {
  const query = new URLSearchParams({ folder });
  if (payload.length > 0) query.set('payload', JSON.stringify(payload));
  return `http://127.0.0.1:${port}/?${query.toString()}`;
}
