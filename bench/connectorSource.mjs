// Reading connector names from a server configuration export whose AD connector file is 2 MB (the
// directory schema), as the language server and the CLI do: only each file's header is parsed.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeMedian } from './stats.mjs';

const AD_FILE_BYTES = 2 * 1024 * 1024;

export function measureConnectorSource(repoRoot, log) {
  const require = createRequire(join(repoRoot, 'package.json'));
  const { readConnectorSource } = require(join(repoRoot, 'out', 'server', 'src', 'io', 'connectors', 'readConnectorSource.js'));
  const { adConnector, azureAdConnector, connectorFileName, writeServerConfigExport } = require(join(repoRoot, 'out', 'test', 'support', 'connectorExports.js'));
  const dir = mkdtempSync(join(os.tmpdir(), 'adsync-bench-export-'));
  try {
    const ad = adConnector('contoso.com', '5a1b4c2d-0e3f-4a5b-8c7d-9e0f1a2b3c4d', AD_FILE_BYTES);
    const root = writeServerConfigExport(join(dir, 'server-config'), [ad, azureAdConnector('contoso.onmicrosoft.com - AAD')]);
    const adFileBytes = statSync(join(root, 'Connectors', connectorFileName(ad))).size;
    log(`reading a server configuration export (AD connector file ${(adFileBytes / 1024 / 1024).toFixed(2)} MB) ...`);
    let names;
    const timing = timeMedian(() => {
      const reading = readConnectorSource(root);
      if (reading.problems.length > 0) throw new Error(reading.problems.join('\n'));
      names = reading.names;
    }, { warmup: 3, warmupMs: 500, runs: 15 });
    if (names.ad[0] !== 'contoso.com' || names.azureAd[0] !== 'contoso.onmicrosoft.com - AAD') throw new Error(`read the wrong names: ${JSON.stringify(names)}`);
    return { adFileBytes, firstMs: timing.firstMs, medianMs: timing.medianMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `node bench/connectorSource.mjs` (after `npm run build`) prints this figure alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = measureConnectorSource(dirname(dirname(fileURLToPath(import.meta.url))), (message) => process.stderr.write(`[bench] ${message}\n`));
  process.stdout.write(`read an export with a ${(result.adFileBytes / 1024 / 1024).toFixed(2)} MB AD connector file: first (cold) ${result.firstMs.toFixed(2)} ms, median ${result.medianMs.toFixed(2)} ms (target < 50 ms)\n`);
}
