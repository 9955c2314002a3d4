import * as fs from 'fs';
import * as path from 'path';
import { REGRESSIONS_DIR } from '../robustness/fixtureTexts';
import type { OracleCase } from './caseGenerator';
import type { SimulatedConnector } from './executionRecord';

/** The server every oracle regression fixture runs on. */
export const REGRESSION_SERVER: SimulatedConnector[] = [
  { name: 'contoso.com', type: 'AD', subType: 'Windows Active Directory', forceFullPasswordSync: '0' },
  { name: 'fabrikam.local', type: 'AD', subType: 'Windows Active Directory', forceFullPasswordSync: '0' },
  { name: 'contoso.onmicrosoft.com - AAD', type: 'AAD', subType: 'Windows Azure Active Directory (Microsoft)', forceFullPasswordSync: null },
];

/**
 * test/fixtures/regressions/oracle-*.ps1: disagreements the differential test found, each
 * explained in its first lines, run again on every test run.
 */
export function oracleRegressionCases(): { name: string; oracleCase: OracleCase }[] {
  return fs
    .readdirSync(REGRESSIONS_DIR)
    .filter((file) => file.startsWith('oracle-') && file.endsWith('.ps1'))
    .sort()
    .map((file) => ({
      name: file,
      oracleCase: {
        script: fs.readFileSync(path.join(REGRESSIONS_DIR, file), 'utf8'),
        files: {},
        readHost: [],
        args: [],
        server: REGRESSION_SERVER,
        opaque: false,
        shape: `regression fixture ${file}`,
      },
    }));
}
