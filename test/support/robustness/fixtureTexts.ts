import * as fs from 'fs';
import * as path from 'path';

/** The repository's test/fixtures directory, from the compiled out/test/support/robustness/. */
export const FIXTURES_DIR = path.resolve(__dirname, '../../../../test/fixtures');

export const REGRESSIONS_DIR = path.join(FIXTURES_DIR, 'regressions');

function listScripts(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listScripts(full));
    else if (entry.name.endsWith('.ps1')) found.push(full);
  }
  return found.sort();
}

export interface FixtureText {
  /** Relative to test/fixtures, for messages. */
  name: string;
  text: string;
}

/**
 * Every fixture script (rules, tokenizer, regressions, `.fixed.ps1` included), as the seeds the
 * mutation arbitrary starts from: they hold every construct the tests care about.
 */
export function allFixtureTexts(): FixtureText[] {
  return listScripts(FIXTURES_DIR).map((file) => ({ name: path.relative(FIXTURES_DIR, file), text: fs.readFileSync(file, 'utf8') }));
}

export function regressionTexts(): FixtureText[] {
  return listScripts(REGRESSIONS_DIR).map((file) => ({ name: path.relative(FIXTURES_DIR, file), text: fs.readFileSync(file, 'utf8') }));
}
