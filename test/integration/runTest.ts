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
  await runTests({
    ...vscode,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(__dirname, 'index.js'),
    launchArgs: [path.join(repoRoot, 'test', 'integration', 'workspace'), '--disable-extensions'],
  });
}

main().catch((error: unknown) => {
  console.error('Integration tests failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
