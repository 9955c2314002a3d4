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

/** Beside, not inside, the install folder: the installer deletes that folder to start over. */
const installLock = `${installDir}.lock`;
const lockWaitMs = 15 * 60 * 1000;

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
  // code-server's postinstall refuses to run as root without --unsafe-perm, which npm 11 still
  // passes to scripts (as npm_config_unsafe_perm) while warning that it does not know the flag.
  run('npm', ['install', '--unsafe-perm', '--no-audit', '--no-fund'], { cwd: installDir, env });
  if (!fs.existsSync(codeServerEntry)) throw new Error(`code-server installed but ${codeServerEntry} is missing.`);
  fs.rmSync(tmpDir, { recursive: true, force: true });
  fs.writeFileSync(installMarker, JSON.stringify({ codeServerVersion, installedAt: new Date().toISOString() }) + '\n');
}

function isHostInstalled() {
  return debianPackages.every((pkg) => fs.existsSync(pkg.provides)) && isCodeServerInstalled();
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function isProcessAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Runs `work` while holding a lock file. Several test runs can start at once in one working
 * tree, and two installers deleting each other's half-built native modules both fail.
 */
function withInstallLock(log, work) {
  fs.mkdirSync(path.dirname(installLock), { recursive: true });
  const deadline = Date.now() + lockWaitMs;
  let announced = false;
  for (;;) {
    try {
      fs.writeFileSync(installLock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const holder = Number(fs.readFileSync(installLock, 'utf8')) || 0;
    if (holder > 0 && !isProcessAlive(holder)) {
      // Left behind by an installer that was killed: its work is redone below.
      fs.rmSync(installLock, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Gave up waiting for the installer with pid ${holder} (${installLock}).`);
    if (!announced) log(`waiting for another install (pid ${holder}) to finish`);
    announced = true;
    sleepSync(1000);
  }
  try {
    work();
  } finally {
    fs.rmSync(installLock, { force: true });
  }
}

/** Makes sure the host can start; prints what it installs through `log`. */
export function ensureHostInstalled(log = (message) => console.log(`[vscode-host] ${message}`)) {
  if (isHostInstalled()) return;
  withInstallLock(log, () => {
    ensureDebianPackages(log);
    if (!isCodeServerInstalled()) {
      const started = Date.now();
      installCodeServer(log);
      log(`code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensureHostInstalled();
  } catch (error) {
    console.error(`[vscode-host] install failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
