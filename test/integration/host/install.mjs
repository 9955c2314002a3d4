#!/usr/bin/env node
// Installs the offline VS Code host on first use: a few Debian packages (as root) and
// code-server into its own npm prefix under .vscode-test/. Safe to run again: it returns at once
// when everything is in place, and starts over when a previous install was interrupted.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  codeServerEntry,
  codeServerVersion,
  debianPackages,
  installDir,
  installMarker,
} from './hostConfig.mjs';

// code-server's VS Code pulls @vscode/ripgrep, whose postinstall downloads `rg` from GitHub unless
// an archive is already in its cache folder under os.tmpdir(). These name that archive.
const ripgrepPackageVersion = '1.15.11';
const ripgrepReleaseTag = 'v13.0.0-10';
const ripgrepTargets = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

function ensureDebianPackages(log) {
  const missing = debianPackages.filter((pkg) => !fs.existsSync(pkg.provides)).map((pkg) => pkg.name);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `The VS Code test host needs the Debian packages ${missing.join(', ')}. ` +
        `Install them as root (apt-get install -y ${missing.join(' ')}) or run this as root.`,
    );
  }
  log(`installing Debian packages: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
}

/** True only when the last install ran to the end for the pinned version. */
function isCodeServerInstalled() {
  try {
    const marker = JSON.parse(fs.readFileSync(installMarker, 'utf8'));
    return marker.codeServerVersion === codeServerVersion && fs.existsSync(codeServerEntry);
  } catch {
    return false;
  }
}

/** Puts Debian's rg where @vscode/ripgrep looks for its cached download. */
function seedRipgrepCache(tmpDir) {
  const target = ripgrepTargets[process.arch];
  if (!target) throw new Error(`No ripgrep archive name known for architecture ${process.arch}.`);
  const cacheDir = path.join(tmpDir, `vscode-ripgrep-cache-${ripgrepPackageVersion}`);
  fs.mkdirSync(cacheDir, { recursive: true });
  const archive = path.join(cacheDir, `ripgrep-${ripgrepReleaseTag}-${target}.tar.gz`);
  // The package untars the archive and expects `rg` at its top level.
  run('tar', ['-czf', archive, '-C', '/usr/bin', 'rg']);
}

function installCodeServer(log) {
  log(`installing code-server@${codeServerVersion} into ${path.relative(process.cwd(), installDir) || '.'}`);
  // A marker-less folder is a half-finished install: start from scratch rather than trust it.
  fs.rmSync(installDir, { recursive: true, force: true });
  const tmpDir = path.join(installDir, 'tmp');
  fs.mkdirSync(tmpDir, { recursive: true });
  fs.writeFileSync(
    path.join(installDir, 'package.json'),
    JSON.stringify(
      { name: 'adsync-lint-vscode-host', private: true, dependencies: { 'code-server': codeServerVersion } },
      null,
      2,
    ) + '\n',
  );
  seedRipgrepCache(tmpDir);
  const env = {
    ...process.env,
    // The private temp dir is where the ripgrep cache was seeded.
    TMPDIR: tmpDir,
    // node-pty's postinstall runs `npx node-gyp`, which a `yes=false` npm config refuses.
    npm_config_yes: 'true',
  };
  run('npm', ['install', '--unsafe-perm', '--no-audit', '--no-fund', '--save-exact'], { cwd: installDir, env });
  if (!fs.existsSync(codeServerEntry)) throw new Error(`code-server installed but ${codeServerEntry} is missing.`);
  fs.rmSync(tmpDir, { recursive: true, force: true });
  fs.writeFileSync(installMarker, JSON.stringify({ codeServerVersion, installedAt: new Date().toISOString() }) + '\n');
}

/** Makes sure the host can start; prints what it installs through `log`. */
export function ensureHostInstalled(log = (message) => console.log(`[vscode-host] ${message}`)) {
  ensureDebianPackages(log);
  if (!isCodeServerInstalled()) {
    const started = Date.now();
    installCodeServer(log);
    log(`code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensureHostInstalled();
  } catch (error) {
    console.error(`[vscode-host] install failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
