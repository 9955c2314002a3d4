// Package size: the .vsix that `npm run package` builds, and the bundles inside it.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUNDLES = { server: 'server/out/server.js', client: 'client/out/extension.js', cli: 'server/out/cli.js' };

export function measurePackage(repoRoot, log) {
  const sizes = {};
  for (const [name, path] of Object.entries(BUNDLES)) {
    const full = join(repoRoot, path);
    sizes[name] = existsSync(full) ? statSync(full).size : null;
  }
  log('package: npm run package ...');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['run', 'package'], { cwd: repoRoot, encoding: 'utf8' });
  const vsix = join(repoRoot, 'adsync-lint.vsix');
  if (run.status !== 0 || !existsSync(vsix)) {
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-8).join('\n');
    return { bundleBytes: sizes, error: `npm run package failed (exit ${run.status}): ${output}` };
  }
  const files = /Packaged: .*\((\d+) files?, ([^)]+)\)/.exec(run.stdout ?? '');
  return { bundleBytes: sizes, vsixBytes: statSync(vsix).size, vsixFiles: files ? Number(files[1]) : undefined };
}
