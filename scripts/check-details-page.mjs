#!/usr/bin/env node
// `npm run check:details-page`: installs the packaged adsync-lint.vsix (`npm run package`) into the
// offline VS Code host, opens the extension's details page as a user would (Extensions view,
// the installed extension) and checks that the README's screenshot is shown: the image inside the
// page loaded with its real size. Exits 1 when it did not. No network is used.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../test/integration/host/browser.mjs';
import { startCodeServer, workbenchUrl } from '../test/integration/host/codeServer.mjs';
import { codeServerEntry, repoRoot } from '../test/integration/host/hostConfig.mjs';
import { ensureHostInstalled } from '../test/integration/host/install.mjs';
import { endWithThisProcess } from '../test/integration/host/lifecycle.mjs';
import { createRunState } from '../test/integration/host/runState.mjs';

const vsix = path.join(repoRoot, 'adsync-lint.vsix');
const workspaceFolder = path.join(repoRoot, 'test', 'integration', 'workspace');
const timeoutMs = 120_000;
const log = (message) => console.log(`[details-page] ${message}`);

/** The README's screenshot in any frame of the page: whether it loaded, and its natural size. */
async function findScreenshot(page) {
  for (const frame of page.frames()) {
    const found = await frame
      .evaluate(() => {
        const image = [...document.querySelectorAll('img')].find((img) => (img.getAttribute('alt') ?? '').startsWith('A password-sync script'));
        return image ? { src: (image.currentSrc || image.src).slice(0, 40), complete: image.complete, width: image.naturalWidth, height: image.naturalHeight } : undefined;
      })
      .catch(() => undefined);
    if (found) return found;
  }
  return undefined;
}

async function check(runState) {
  if (!fs.existsSync(vsix)) throw new Error('adsync-lint.vsix is missing: run `npm run package` first.');
  const extensionsDir = path.join(runState.root, 'extensions');
  execFileSync(process.execPath, [codeServerEntry, '--extensions-dir', extensionsDir, '--user-data-dir', runState.userDataDir, '--install-extension', vsix], {
    stdio: 'pipe',
    env: { ...process.env, ...runState.xdgEnv, EXTENSIONS_GALLERY: '{}' },
  });
  log('installed adsync-lint.vsix');
  const server = await startCodeServer({ stateDir: runState.root, userDataDir: runState.userDataDir, extensionsDir, workspaceFolder, env: runState.xdgEnv });
  const { browser } = await launchChromium({ profileDir: runState.chromiumProfileDir, env: runState.xdgEnv });
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(workbenchUrl(server.port, workspaceFolder, []));
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  // The Extensions view, filtered to installed extensions, then our entry.
  await page.keyboard.press('Control+Shift+X');
  const search = page.locator('.extensions-viewlet .suggest-input-container');
  await search.click();
  await page.keyboard.type('@installed adsync');
  await page.locator('.extensions-list .monaco-list-row', { hasText: 'AD Connect Password Sync Lint' }).first().click({ timeout: 30_000 });
  log('opened the details page');
  const deadline = Date.now() + 30_000;
  for (;;) {
    const shot = await findScreenshot(page);
    if (shot?.complete && shot.width > 0) {
      log(`the screenshot is shown: ${shot.width}x${shot.height} from ${shot.src}…`);
      if (process.env.ADSYNC_LINT_DETAILS_PAGE_PNG) await page.screenshot({ path: process.env.ADSYNC_LINT_DETAILS_PAGE_PNG });
      return;
    }
    if (Date.now() > deadline) throw new Error(shot ? `the screenshot did not load (${shot.src})` : 'the details page shows no screenshot');
    await page.waitForTimeout(250);
  }
}

async function main() {
  ensureHostInstalled((message) => console.log(`[vscode-host] ${message}`));
  const runState = createRunState();
  const lifetime = endWithThisProcess(runState, log);
  let exitCode = 0;
  let timer;
  try {
    await Promise.race([
      check(runState),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Gave up after ${timeoutMs / 1000} s.`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    exitCode = 1;
    if (!lifetime.stoppedBySignal()) console.error(`[details-page] ${error instanceof Error ? error.message : error}`);
  } finally {
    clearTimeout(timer);
  }
  await lifetime.cleanUp();
  process.exit(lifetime.exitCode(exitCode));
}

main();
