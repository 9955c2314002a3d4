import { localize } from '../shared/locale';
import { readRuleDoc, ruleDocPath } from '../io/ruleDocs';
import { localeInArgs, parseArgs } from './args';
import { cliLocale } from './cliLocale';
import { cliMessages as say } from './cliMessages';
import { loadConnectors } from './connectors';
import { discoverFiles } from './discover';
import { createPaint, useColor } from './formatters/colors';
import { formatJson } from './formatters/json';
import { formatSarif, type SarifContext } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import { helpText } from './help';
import { lintAll } from './lintAll';
import type { FixFn, LintFn } from './lintFile';
import type { PackageInfo } from './packageInfo';
import { countTotals, type FileResult } from './results';
import { defaultOptions, type LintOptions } from '../shared/options';
import type { Rule } from '../rules/rule';

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** Everything the CLI touches besides the file system, so that tests can swap it. */
export interface CliDeps {
  stdout: OutputStream;
  stderr: OutputStream;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The rule registry: valid --rule ids, SARIF rule metadata, default levels for --quiet. */
  rules: readonly Rule[];
  lint: LintFn;
  fix: FixFn;
  packageInfo: PackageInfo;
  /** The system's language, for when neither --locale nor the environment names one. */
  systemLocale?: () => string | undefined;
  /** The installed rule pages (`docs/rules`); found next to the CLI when not given. */
  ruleDocsDir?: string;
  /** For --concurrency auto. */
  cores: number;
  /** The worker thread's script for --concurrency; without one every file is linted in this thread. */
  workerScript: string | undefined;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;

/** --quiet works like ESLint 9: rules below error are not run at all, so their fixes are not applied either. */
function quietRules(options: LintOptions, rules: readonly Rule[]): void {
  for (const rule of rules) {
    const level = options.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (level !== 'error') options.rules[rule.meta.id] = 'off';
  }
}

export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  const error = (message: string) => deps.stderr.write(`adsync-lint: ${message}\n`);
  const ruleIds = deps.rules.map((rule) => rule.meta.id);
  const locale = cliLocale(localeInArgs(argv), deps.env, deps.systemLocale);

  const parsed = parseArgs(argv, ruleIds, locale);
  if (!parsed.ok) {
    error(parsed.message);
    deps.stderr.write(`${localize(say.seeHelp, locale)}\n`);
    return EXIT_FAILURE;
  }
  const args = parsed.args;
  if (args.help) {
    deps.stdout.write(helpText(deps.packageInfo.version, locale, ruleIds));
    return EXIT_OK;
  }
  if (args.explain !== undefined) {
    const page = readRuleDoc(args.explain, locale, deps.ruleDocsDir);
    if (page === undefined) {
      error(localize(say.noRuleDoc, locale, { id: args.explain }));
      return EXIT_FAILURE;
    }
    deps.stdout.write(page.endsWith('\n') ? page : `${page}\n`);
    return EXIT_OK;
  }
  if (args.version) {
    deps.stdout.write(`${deps.packageInfo.version}\n`);
    return EXIT_OK;
  }
  if (args.paths.length === 0) {
    error(localize(say.noFiles, locale));
    deps.stderr.write(`${localize(say.seeHelp, locale)}\n`);
    return EXIT_FAILURE;
  }

  const options = { ...defaultOptions(), locale };
  options.rules = { ...args.rules };
  if (args.maxFileSize !== undefined) options.maxFileSize = args.maxFileSize;
  if (args.quiet) quietRules(options, deps.rules);

  const notifications: SarifContext['notifications'] = [];
  let failed = false;
  const fail = (message: string, file?: string) => {
    failed = true;
    error(message);
    notifications.push({ level: 'error', message, file });
  };

  if (args.connectorsFile !== undefined) {
    // A source read only in part still helps: its problems fail the run, its names are used.
    const loaded = loadConnectors(args.connectorsFile, deps.cwd, locale);
    for (const message of loaded.errors) fail(message, args.connectorsFile);
    if (loaded.summary !== undefined) error(loaded.summary);
    options.connectors = loaded.connectors;
    options.connectorsFrom = loaded.from;
  }

  const discovered = discoverFiles(args.paths, deps.cwd, locale);
  for (const problem of discovered.errors) fail(`${problem.path}: ${problem.reason}`);

  const outcomes = await lintAll({
    files: discovered.files,
    options,
    lint: deps.lint,
    fix: args.fix ? deps.fix : undefined,
    concurrency: args.concurrency,
    cores: deps.cores,
    workerScript: deps.workerScript,
  });
  const results: FileResult[] = [];
  discovered.files.forEach((found, index) => {
    const outcome = outcomes[index];
    for (const message of outcome.failures) fail(message, found.display);
    for (const message of outcome.notes) {
      error(message);
      notifications.push({ level: 'warning', message, file: found.display });
    }
    for (const failure of outcome.ruleFailures) {
      fail(localize(say.ruleFailed, locale, { file: found.display, rule: failure.ruleId, message: failure.message }), found.display);
    }
    if (outcome.result) {
      results.push(outcome.result);
      if (outcome.result.skipped !== undefined) notifications.push({ level: 'warning', message: outcome.result.skipped, file: found.display });
    }
  });

  // --quiet already turned off the rules below error; this also hides whatever a rule reported below its level.
  const shown = args.quiet ? results.map((result) => ({ ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') })) : results;

  switch (args.format) {
    case 'json':
      deps.stdout.write(formatJson(shown));
      break;
    case 'sarif':
      deps.stdout.write(formatSarif(shown, {
        rules: deps.rules, packageInfo: deps.packageInfo, cwd: deps.cwd, notifications, locale,
        ruleDoc: (id) => readRuleDoc(id, locale, deps.ruleDocsDir),
      }));
      break;
    default: {
      const paint = createPaint(useColor(args.color, deps.stdout.isTTY, deps.env));
      deps.stdout.write(formatStylish(args.quiet ? shown.map((result) => ({ ...result, skipped: undefined })) : shown, paint, {
        locale,
        docPath: (id) => ruleDocPath(id, locale, deps.ruleDocsDir),
      }));
    }
  }

  if (failed) return EXIT_FAILURE;
  const totals = countTotals(shown);
  if (totals.errors > 0) return EXIT_PROBLEMS;
  if (args.maxWarnings !== undefined && totals.warnings > args.maxWarnings) {
    error(localize(say.tooManyWarnings, locale, { count: String(totals.warnings), max: String(args.maxWarnings) }));
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}
