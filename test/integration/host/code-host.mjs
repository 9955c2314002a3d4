#!/usr/bin/env node
// A VS Code "executable" that @vscode/test-electron's runTests can launch where no desktop build
// can be downloaded. It takes the arguments runTests passes to VS Code, opens the same extension
// development host in VS Code's web workbench (code-server + headless Chromium), prints the
// test output and exits with the tests' exit code.
import path from 'node:path';
import { format } from 'node:util';
import { launchChromium } from './browser.mjs';
import { remoteUri, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { installDutchLanguagePack } from './dutchLanguagePack.mjs';
import { defaultTimeoutSeconds, repoRoot } from './hostConfig.mjs';
import { ensureHostInstalled } from './install.mjs';
import { endWithThisProcess } from './lifecycle.mjs';
import { createRunState } from './runState.mjs';

/** Repeated several times per run because the host turns the (unreachable) gallery off. */
const galleryDisabledNotice = /^Ignoring fetching additional builtin extensions from gallery as it is disabled\.$/;

const log = (message) => console.log(`[vscode-host] ${message}`);

/** Reads the desktop VS Code command line; flags that only mean something to Electron are ignored. */
function parseVSCodeArguments(argv) {
  const options = { extensionDevelopmentPaths: [], extensionTestsPath: undefined, extensionsDir: undefined, disableExtensions: false, locale: undefined, folders: [] };
  for (const arg of argv) {
    const valued = /^--([^=]+)=(.*)$/s.exec(arg);
    if (valued) {
      const [, name, value] = valued;
      if (name === 'extensionDevelopmentPath') options.extensionDevelopmentPaths.push(path.resolve(value));
      else if (name === 'extensionTestsPath') options.extensionTestsPath = path.resolve(value);
      else if (name === 'extensions-dir') options.extensionsDir = path.resolve(value);
      else if (name === 'locale') options.locale = value;
      // --user-data-dir is not reused: every run gets a fresh one so no state carries over.
    } else if (arg === '--disable-extensions') {
      options.disableExtensions = true;
    } else if (!arg.startsWith('-')) {
      options.folders.push(path.resolve(arg));
    }
  }
  return options;
}

function timeoutSeconds() {
  const fromEnv = Number(process.env.ADSYNC_LINT_HOST_TIMEOUT_SECONDS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : defaultTimeoutSeconds;
}

/**
 * Runs the tests once and returns their exit code. `diagnostics.serverLog` is filled in so the
 * caller can show code-server's last output when something goes wrong.
 */
async function runExtensionTests(options, runState, diagnostics) {
  if (!options.extensionTestsPath) throw new Error('No --extensionTestsPath given: this host only runs extension tests.');
  if (options.extensionDevelopmentPaths.length !== 1) {
    throw new Error(`Expected one --extensionDevelopmentPath, got ${options.extensionDevelopmentPaths.length}.`);
  }
  const workspaceFolder = options.folders[0] ?? repoRoot;
  let extensionsDir = options.disableExtensions || !options.extensionsDir ? runState.emptyExtensionsDir : options.extensionsDir;
  if (options.locale === 'nl') {
    // Only the language pack: the run stays as isolated as one with --disable-extensions.
    extensionsDir = runState.emptyExtensionsDir;
    installDutchLanguagePack({ extensionsDir, userDataDir: runState.userDataDir });
  } else if (options.locale !== undefined && options.locale !== 'en') {
    throw new Error(`This host can start VS Code in English or Dutch only, not --locale=${options.locale}.`);
  }
  const server = await startCodeServer({
    stateDir: runState.root,
    userDataDir: runState.userDataDir,
    // Desktop --disable-extensions leaves only built-in and development extensions; an empty
    // extensions folder does the same here.
    extensionsDir,
    workspaceFolder,
    locale: options.locale,
    env: runState.xdgEnv,
  });
  diagnostics.serverLog = server.recentLog;
  log(`code-server listening on 127.0.0.1:${server.port}, run folder ${runState.root}`);
  const { browser } = await launchChromium({ profileDir: runState.chromiumProfileDir, env: runState.xdgEnv });
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();

  // Both hooks must exist before the workbench loads: it looks them up once at start. They are
  // exposed one after the other because two concurrent exposeFunction calls lost one of them.
  let reportExitCode;
  const exitCodeReported = new Promise((resolve) => (reportExitCode = resolve));
  await page.exposeFunction('codeAutomationExit', (code) => reportExitCode(Number(code)));
  // The workbench logs [format, ...args], console style; this is also where the extension
  // host's console output (the mocha report) arrives.
  await page.exposeFunction('codeAutomationLog', (_level, message) => {
    const line = Array.isArray(message) ? format(...message) : String(message);
    if (!galleryDisabledNotice.test(line)) console.log(line);
  });
  const testsExitCode = new Promise((resolve, reject) => {
    exitCodeReported.then(resolve);
    page.on('crash', () => reject(new Error('The workbench page crashed.')));
    browser.on('disconnected', () => reject(new Error('Chromium went away before the tests finished.')));
    server.exited.then((status) => reject(new Error(`code-server exited before the tests finished (${status}).`)));
  });
  // It may reject while the page is still loading; it is awaited below, so that is not unhandled.
  testsExitCode.catch(() => {});

  const payload = [
    ['extensionDevelopmentPath', remoteUri(server.port, options.extensionDevelopmentPaths[0])],
    ['extensionTestsPath', remoteUri(server.port, options.extensionTestsPath)],
  ];
  await page.goto(workbenchUrl(server.port, workspaceFolder, payload));
  return await testsExitCode;
}

function withTimeout(promise, seconds) {
  // After a timeout the run is torn down and the abandoned promise rejects; nobody needs that.
  promise.catch(() => {});
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`The tests did not finish within ${seconds} s (set ADSYNC_LINT_HOST_TIMEOUT_SECONDS to change).`)),
      seconds * 1000,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main() {
  const started = Date.now();
  const options = parseVSCodeArguments(process.argv.slice(2));
  ensureHostInstalled(log);
  const runState = createRunState();
  const lifetime = endWithThisProcess(runState, log);

  const diagnostics = { serverLog: [] };
  let exitCode;
  try {
    exitCode = await withTimeout(runExtensionTests(options, runState, diagnostics), timeoutSeconds());
    log(`tests finished with exit code ${exitCode} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    exitCode = 1;
    // Stopping on a signal makes the browser and server vanish: that is not worth reporting.
    if (!lifetime.stoppedBySignal()) {
      if (diagnostics.serverLog.length > 0) console.error(`[vscode-host] last code-server output:\n${diagnostics.serverLog.join('\n')}`);
      console.error(`[vscode-host] ${error instanceof Error ? error.message : error}`);
    }
  }
  await lifetime.cleanUp();
  process.exit(lifetime.exitCode(exitCode));
}

main().catch((error) => {
  console.error(`[vscode-host] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
