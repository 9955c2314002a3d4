// `npm run test:integration`: runs the integration suites inside a real VS Code extension host.
// The VS Code used is, in order of preference: the desktop build named by
// ADSYNC_LINT_VSCODE_EXECUTABLE; a desktop build test-electron downloads when
// ADSYNC_LINT_VSCODE_VERSION is set (needs internet); otherwise the offline host in ./host, which
// installs from npm and Debian only.
import * as fs from 'fs';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const repoRoot = path.resolve(__dirname, '../../..');
const offlineHostExecutable = path.join(repoRoot, 'test', 'integration', 'host', 'code-host.mjs');

function chooseVSCode(): { vscodeExecutablePath?: string; version?: string } {
  const executable = process.env.ADSYNC_LINT_VSCODE_EXECUTABLE;
  if (executable) return { vscodeExecutablePath: executable };
  const version = process.env.ADSYNC_LINT_VSCODE_VERSION;
  if (version) return { version };
  // runTests spawns the path directly (no shell outside Windows), so it must be executable.
  fs.chmodSync(offlineHostExecutable, 0o755);
  return { vscodeExecutablePath: offlineHostExecutable };
}

async function main(): Promise<void> {
  const vscode = chooseVSCode();
  console.log(`Integration tests on ${vscode.vscodeExecutablePath ?? `VS Code ${vscode.version} (downloaded)`}`);
  const workspace = path.join(repoRoot, 'test', 'integration', 'workspace');
  await runTests({
    ...vscode,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(__dirname, 'index.js'),
    launchArgs: [workspace, '--disable-extensions'],
  });
  // A second run in a VS Code whose display language is Dutch. VS Code ships no Dutch language
  // pack: the offline host installs a test-only one when it sees --locale=nl; a desktop VS Code
  // needs a Dutch language pack installed for this run to pass.
  console.log('Integration tests in a Dutch VS Code (--locale=nl)');
  await runTests({
    ...vscode,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(__dirname, 'indexDutch.js'),
    launchArgs: [workspace, '--disable-extensions', '--locale=nl'],
  });
}

main().catch((error: unknown) => {
  console.error('Integration tests failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
