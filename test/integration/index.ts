// The test entry VS Code loads inside the extension host (--extensionTestsPath). It runs every
// compiled suite/*.test.js with mocha and rejects when a test fails, so the host's exit code,
// and with it `npm run test:integration`, reports the failure. The run in a Dutch VS Code loads
// indexDutch.js instead, which runs dutch/*.test.js the same way.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';


function findTestFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const fullPath = path.join(dir, entry.name);
      if (entry.isDirectory()) return findTestFiles(fullPath);
      return entry.isFile() && entry.name.endsWith('.test.js') ? [fullPath] : [];
    })
    .sort();
}

/** Runs every *.test.js under `suiteDir`. */
export function runSuites(suiteDir: string): Promise<void> {
  // The extension host has no terminal, so colours would show up as escape codes in the log.
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, reporter: 'spec', color: false });
  const testFiles = findTestFiles(suiteDir);
  if (testFiles.length === 0) {
    // A green run with nothing in it would hide a broken build.
    return Promise.reject(new Error(`No *.test.js files under ${suiteDir}; was the test project compiled?`));
  }
  testFiles.forEach((file) => mocha.addFile(file));

  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else resolve();
      });
    } catch (error) {
      reject(error);
    }
  });
}

export function run(): Promise<void> {
  return runSuites(path.join(__dirname, 'suite'));
}
