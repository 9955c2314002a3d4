#!/usr/bin/env node
// `npm run screenshot`: renders docs/screenshot.png, the extension flagging the canonical
// password-sync script with its quick-fix menu open. It uses the offline VS Code host of the
// integration tests (code-server + headless Chromium), with this repository as the extension in
// development, so the picture shows the current build, not a released one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import UPNG from 'upng-js';
import { launchChromium } from '../test/integration/host/browser.mjs';
import { remoteUri, startCodeServer, workbenchUrl } from '../test/integration/host/codeServer.mjs';
import { repoRoot } from '../test/integration/host/hostConfig.mjs';
import { ensureHostInstalled } from '../test/integration/host/install.mjs';
import { endWithThisProcess } from '../test/integration/host/lifecycle.mjs';
import { createRunState } from '../test/integration/host/runState.mjs';

const outputFile = path.join(repoRoot, 'docs', 'screenshot.png');
const workspaceFolder = path.join(repoRoot, 'test', 'integration', 'workspace');
const flaggedScript = path.join(workspaceFolder, 'screenshot.ps1');
/** The diagnostic to show the menu for: the reversed toggle, reported on the late disable call. */
const preferredLineText = '-Enable $false';
const viewport = { width: 1280, height: 800 };
const squiggleSelector = '.monaco-editor .view-overlays [class*="squiggly-"]';
const quickFixMenuSelector = '.action-widget';
const waitForDiagnosticsMs = 90_000;
const overallTimeoutMs = 180_000;

/** The canonical script has long lines: wrap them so every squiggle is in the picture. */
const screenshotUserSettings = { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false };

const log = (message) => console.log(`[screenshot] ${message}`);

/** Centre of the squiggle on the preferred line, or of the first squiggle in the editor. */
function findSquigglePoint(page) {
  return page.evaluate(
    ({ selector, lineText }) => {
      const editorBox = document.querySelector('.monaco-editor .lines-content')?.parentElement?.getBoundingClientRect();
      const isVisible = (box) =>
        box.width > 0 && (!editorBox || (box.left < editorBox.right && box.top >= editorBox.top && box.bottom <= editorBox.bottom));
      const squiggles = [...document.querySelectorAll(selector)]
        .map((element) => element.getBoundingClientRect())
        .filter(isVisible);
      // The editor renders spaces as no-break spaces.
      const line = [...document.querySelectorAll('.monaco-editor .view-line')].find((element) =>
        (element.textContent ?? '').replace(/\u00a0/g, ' ').includes(lineText),
      );
      const lineBox = line?.getBoundingClientRect();
      const onLine = lineBox && squiggles.find((box) => box.top < lineBox.bottom && box.bottom > lineBox.top);
      const target = onLine ?? squiggles[0];
      return target ? { x: target.left + Math.min(target.width, 120) / 2, y: target.top + target.height / 2 } : undefined;
    },
    { selector: squiggleSelector, lineText: preferredLineText },
  );
}

async function takeScreenshot(runState) {
  const server = await startCodeServer({
    stateDir: runState.root,
    userDataDir: runState.userDataDir,
    extensionsDir: runState.emptyExtensionsDir,
    workspaceFolder,
    env: runState.xdgEnv,
  });
  const { browser } = await launchChromium({ profileDir: runState.chromiumProfileDir, env: runState.xdgEnv, windowSize: viewport });
  const page = await (await browser.newContext({ viewport, deviceScaleFactor: 1 })).newPage();
  const payload = [
    ['extensionDevelopmentPath', remoteUri(server.port, repoRoot)],
    ['openFile', remoteUri(server.port, flaggedScript)],
  ];
  log('opening the workbench');
  await page.goto(workbenchUrl(server.port, workspaceFolder, payload));

  log('waiting for diagnostics');
  try {
    await page.waitForSelector(squiggleSelector, { timeout: waitForDiagnosticsMs });
  } catch {
    throw new Error(
      `No diagnostics appeared in ${path.relative(repoRoot, flaggedScript)} within ${waitForDiagnosticsMs / 1000} s. ` +
        'Is the extension built (npm run build) and does its language server start?',
    );
  }
  // Let the language server publish the rest of the file's diagnostics before picking one.
  await page.waitForTimeout(1000);
  const point = await findSquigglePoint(page);
  if (!point) throw new Error('Diagnostics were shown but none could be located on screen.');
  await page.mouse.click(point.x, point.y);
  // Park the mouse on empty editor space so no hover card covers the menu.
  await page.mouse.move(viewport.width - 200, viewport.height - 150);
  await page.keyboard.press('Control+Period');
  await page.waitForSelector(quickFixMenuSelector, { state: 'visible', timeout: 15_000 });
  // The menu fades in.
  await page.waitForTimeout(500);
  // A 256-colour palette keeps the UI sharp at under half the size, so the .vsix that ships the
  // picture for the extension's details page stays small.
  const shot = UPNG.decode(await page.screenshot());
  fs.writeFileSync(outputFile, Buffer.from(UPNG.encode(UPNG.toRGBA8(shot), shot.width, shot.height, 256)));
  // optipng (Debian's optipng package), where installed, shrinks it losslessly by about a tenth.
  if (spawnSync('optipng', ['-o7', '-quiet', outputFile]).status === 0) log('optimised it with optipng');
  log(`saved ${path.relative(repoRoot, outputFile)}`);
}

async function main() {
  ensureHostInstalled((message) => console.log(`[vscode-host] ${message}`));
  const runState = createRunState(screenshotUserSettings);
  const lifetime = endWithThisProcess(runState, log);
  let exitCode = 0;
  let timer;
  try {
    await Promise.race([
      takeScreenshot(runState),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Gave up after ${overallTimeoutMs / 1000} s.`)), overallTimeoutMs);
      }),
    ]);
  } catch (error) {
    exitCode = 1;
    if (!lifetime.stoppedBySignal()) console.error(`[screenshot] ${error instanceof Error ? error.message : error}`);
  } finally {
    clearTimeout(timer);
  }
  await lifetime.cleanUp();
  process.exit(lifetime.exitCode(exitCode));
}

main();
