import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Locale } from '../shared/locale';

/**
 * The folder holding the rule pages (`docs/rules`), found by walking up from this file: the
 * bundles (server/out) and the compiled tests (out/server/src/io) sit at different depths below
 * the package root, and the packaged extension ships the pages beside its bundles.
 */
export function findRuleDocsDir(startDirs: readonly string[] = [__dirname, path.dirname(process.argv[1] ?? '.')]): string | undefined {
  for (const start of startDirs) {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'docs', 'rules');
      if (fs.existsSync(path.join(candidate, 'nl'))) return candidate;
      if (path.dirname(dir) === dir) break;
    }
  }
  return undefined;
}

let cachedDir: string | undefined | null = null;

function ruleDocsDir(): string | undefined {
  if (cachedDir === null) cachedDir = findRuleDocsDir();
  return cachedDir;
}

/** The installed page of a rule in `locale` (Dutch pages live in `docs/rules/nl/`), or English when that page is missing. */
export function ruleDocPath(ruleId: string, locale: Locale, docsDir: string | undefined = ruleDocsDir()): string | undefined {
  if (!docsDir) return undefined;
  const english = path.join(docsDir, `${ruleId}.md`);
  if (locale === 'nl') {
    const dutch = path.join(docsDir, 'nl', `${ruleId}.md`);
    if (fs.existsSync(dutch)) return dutch;
  }
  return fs.existsSync(english) ? english : undefined;
}

/** The installed page's file URI, in `locale` when that page exists; undefined when no page is installed. */
export function ruleDocUri(ruleId: string, locale: Locale): string | undefined {
  const file = ruleDocPath(ruleId, locale);
  return file === undefined ? undefined : pathToFileURL(file).href;
}

/** The page's text, or undefined when the page is not installed. */
export function readRuleDoc(ruleId: string, locale: Locale, docsDir?: string): string | undefined {
  const file = ruleDocPath(ruleId, locale, docsDir);
  if (!file) return undefined;
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
