// One run's throw-away folder: code-server's config and logs, the VS Code user data, the
// Chromium profile and the XDG folders. A fresh one per run means no state leaks from one test run into the next.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Settings that keep the workbench quiet and deterministic: no welcome page, tips or updates. */
const quietUserSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  // The workspace sits inside this repository; the offer to open it as a repository is noise.
  'git.openRepositoryInParentFolders': 'never',
};

/** @param {Record<string, unknown>} [extraUserSettings] added to the quiet defaults */
export function createRunState(extraUserSettings = {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-lint-vscode-host-'));
  const userDataDir = path.join(root, 'user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...quietUserSettings, ...extraUserSettings }, null, 2) + '\n');
  return {
    root,
    userDataDir,
    // code-server, the extension host and Chromium write caches, crash-report folders and a
    // device id under these; pointing them here keeps the user's home folder untouched.
    xdgEnv: {
      XDG_CONFIG_HOME: path.join(root, 'xdg-config'),
      XDG_CACHE_HOME: path.join(root, 'xdg-cache'),
      XDG_DATA_HOME: path.join(root, 'xdg-data'),
    },
    emptyExtensionsDir: path.join(root, 'extensions'),
    chromiumProfileDir: path.join(root, 'chromium'),
    remove() {
      // Retries cover a browser that is still flushing its profile while it dies.
      try {
        fs.rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      } catch (error) {
        console.error(`[vscode-host] could not remove ${root}: ${error instanceof Error ? error.message : error}`);
      }
    },
  };
}
