import * as fs from 'fs';
import * as path from 'path';

export interface PackageInfo {
  name: string;
  version: string;
  homepage: string;
}

const FALLBACK: PackageInfo = { name: 'adsync-lint', version: '0.0.0', homepage: 'https://github.com/adsync-lint/adsync-lint' };

/**
 * Finds our package.json by walking up from this file: the bundled CLI (server/out) and the
 * compiled tests (out/server/src/cli) sit at different depths below it.
 */
export function readPackageInfo(startDir: string = __dirname): PackageInfo {
  let dir = startDir;
  for (;;) {
    try {
      const json = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Partial<PackageInfo>;
      if (json.name === FALLBACK.name) {
        return {
          name: json.name,
          version: typeof json.version === 'string' ? json.version : FALLBACK.version,
          homepage: typeof json.homepage === 'string' ? json.homepage.replace(/\/+$/, '') : FALLBACK.homepage,
        };
      }
    } catch {
      // No readable package.json here; keep looking further up.
    }
    const parent = path.dirname(dir);
    if (parent === dir) return FALLBACK;
    dir = parent;
  }
}
