// Runs Debian's Chromium headless and drives it with playwright-core over the DevTools protocol.
// Chromium is spawned here rather than by Playwright so its process group is ours to end, and so
// Playwright never tries to download a browser of its own.
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from './hostConfig.mjs';
import { spawnGroup } from './processGroups.mjs';

const devToolsLine = /DevTools listening on (ws:\/\/\S+)/;
const startTimeoutMs = 30_000;

/**
 * @param {{ profileDir: string, env?: Record<string, string>, windowSize?: { width: number, height: number } }} options
 * @returns {Promise<{ browser: import('playwright-core').Browser, pid: number | undefined }>}
 */
export async function launchChromium({ profileDir, env = {}, windowSize = { width: 1280, height: 800 } }) {
  const child = spawnGroup(
    chromiumPath,
    [
      ...chromiumFlags,
      `--user-data-dir=${profileDir}`,
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--window-size=${windowSize.width},${windowSize.height}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } },
  );
  const endpoint = await new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start within ${startTimeoutMs / 1000} s:\n${stderr}`)), startTimeoutMs);
    const onStderr = (chunk) => {
      stderr += chunk.toString();
      const match = devToolsLine.exec(stderr);
      if (match) {
        clearTimeout(timer);
        // Keep draining stderr, unread, so Chromium never blocks on a full pipe.
        child.stderr.off('data', onStderr);
        child.stderr.resume();
        resolve(match[1]);
      }
    };
    child.stderr.on('data', onStderr);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start ${chromiumPath}: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited at start (${code ?? signal}):\n${stderr}`));
    });
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return { browser, pid: child.pid };
}
