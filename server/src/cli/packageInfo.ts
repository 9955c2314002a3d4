import * as fs from 'fs';
import * as path from 'path';

export interface PackageInfo {
  name: string;
  version: string;
}

const FALLBACK: PackageInfo = { name: 'adsync-lint', version: '0.0.0' };

/**
 * Finds our package.json by walking up from this file: the bundled CLI (server/out) and the
 * compiled tests (out/server/src/cli) sit at different depths below it. A bundle copied elsewhere
 * still finds it from the script node was started with (bin/adsync-lint.js, or the test runner).
 */
export function readPackageInfo(startDirs: readonly string[] = [__dirname, path.dirname(process.argv[1] ?? '.')]): PackageInfo {
  for (const start of startDirs) {
    const found = findUpwards(start);
    if (found) return found;
  }
  return FALLBACK;
}

function findUpwards(startDir: string): PackageInfo | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    try {
      const json = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Partial<PackageInfo>;
      if (json.name === FALLBACK.name) {
        return {
          name: json.name,
          version: typeof json.version === 'string' ? json.version : FALLBACK.version,
        };
      }
    } catch {
      // No readable package.json here; keep looking further up.
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
