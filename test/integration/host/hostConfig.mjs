// Where the offline VS Code host lives and which versions it pins. The host is VS Code's server
// build from npm (code-server) driven by Debian's Chromium, because a desktop VS Code download
// needs internet access that CI machines of this project do not have.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const hostDir = path.dirname(fileURLToPath(import.meta.url));

export const repoRoot = path.resolve(hostDir, '../../..');

/** code-server 4.100.3 is VS Code 1.100.3; newer majors need a newer Node than 20. */
export const codeServerVersion = '4.100.3';

/** A separate npm prefix, so the host never touches the extension's own package.json. */
export const installDir = path.join(repoRoot, '.vscode-test', 'code-server');
export const installMarker = path.join(installDir, 'install-complete.json');
export const codeServerEntry = path.join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

export const chromiumPath = '/usr/bin/chromium';
export const debianPackages = [
  { name: 'chromium', provides: chromiumPath },
  { name: 'ripgrep', provides: '/usr/bin/rg' },
  // Headers for code-server's `kerberos` native module.
  { name: 'libkrb5-dev', provides: '/usr/include/krb5.h' },
];

/** Headless and quiet: no sandbox (root), no GPU, no network side traffic. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const defaultTimeoutSeconds = 600;
