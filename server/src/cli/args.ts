import { localeOfTag, localize, type Locale } from '../shared/locale';
import { parseRuleLevel, type RuleLevel } from '../shared/options';
import { cliMessages as say } from './cliMessages';
import { parseConcurrency, type Concurrency } from './concurrency';

export type OutputFormat = 'stylish' | 'json' | 'sarif';
const FORMATS: readonly OutputFormat[] = ['stylish', 'json', 'sarif'];

export interface CliArgs {
  format: OutputFormat;
  fix: boolean;
  connectorsFile?: string;
  rules: Record<string, RuleLevel>;
  maxWarnings?: number;
  quiet: boolean;
  maxFileSize?: number;
  /** undefined: decide from the terminal and NO_COLOR. */
  color?: boolean;
  concurrency: Concurrency;
  help: boolean;
  version: boolean;
  /** --explain <rule>: print the rule's page instead of linting. */
  explain?: string;
  /** --locale: the language asked for on the command line. */
  locale?: Locale;
  paths: string[];
}

export type ParsedArgs = { ok: true; args: CliArgs } | { ok: false; message: string };

const VALUE_OPTIONS = new Set(['--format', '--connectors', '--rule', '--max-warnings', '--max-file-size', '--concurrency', '--explain', '--locale']);
const FLAG_OPTIONS = new Set(['--fix', '--quiet', '--help', '--version', '--color', '--no-color']);
const SHORT: Record<string, string> = { '-f': '--format', '-q': '--quiet', '-h': '--help', '-v': '--version' };

function ruleList(knownRuleIds: readonly string[]): string {
  return knownRuleIds.length > 0 ? knownRuleIds.join(', ') : '(none)';
}

function parseCount(option: string, value: string, min: number, locale: Locale): number | string {
  if (!/^\d+$/.test(value.trim())) return localize(say.needsWholeNumber, locale, { option, value });
  const count = Number(value.trim());
  if (!Number.isSafeInteger(count) || count < min) return localize(say.needsWholeNumberAtLeast, locale, { option, value, min: String(min) });
  return count;
}

/**
 * The language `--locale` asks for, read before the other options so that their errors are
 * already in that language. Undefined when there is no usable --locale.
 */
export function localeInArgs(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    if (argv[i] === '--locale') return localeOfTag(argv[i + 1]);
    if (argv[i].startsWith('--locale=')) return localeOfTag(argv[i].slice('--locale='.length));
  }
  return undefined;
}

export function parseArgs(argv: readonly string[], knownRuleIds: readonly string[], locale: Locale = 'en'): ParsedArgs {
  const args: CliArgs = { format: 'stylish', fix: false, rules: {}, quiet: false, concurrency: { kind: 'auto' }, help: false, version: false, paths: [] };
  const fail = (message: string): ParsedArgs => ({ ok: false, message });

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      args.paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (arg === '-') return fail(localize(say.stdinNotSupported, locale));
      args.paths.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const rawName = eq === -1 ? arg : arg.slice(0, eq);
    const name = SHORT[rawName] ?? rawName;
    let inline: string | undefined = eq === -1 ? undefined : arg.slice(eq + 1);

    if (FLAG_OPTIONS.has(name)) {
      if (inline !== undefined) return fail(localize(say.takesNoValue, locale, { option: name }));
      if (name === '--fix') args.fix = true;
      else if (name === '--quiet') args.quiet = true;
      else if (name === '--help') args.help = true;
      else if (name === '--version') args.version = true;
      else args.color = name === '--color';
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) return fail(localize(say.unknownOption, locale, { option: rawName }));
    if (inline === undefined) {
      if (i + 1 >= argv.length) return fail(localize(say.needsValue, locale, { option: name }));
      inline = argv[++i];
    }
    const value = inline;

    switch (name) {
      case '--format': {
        const format = value.trim().toLowerCase() as OutputFormat;
        if (!FORMATS.includes(format)) return fail(localize(say.badFormat, locale, { formats: FORMATS.join(', '), value }));
        args.format = format;
        break;
      }
      case '--connectors':
        if (value === '') return fail(localize(say.connectorsNeedsPath, locale));
        args.connectorsFile = value;
        break;
      case '--rule': {
        const sep = value.indexOf('=');
        if (sep === -1) return fail(localize(say.ruleNeedsPair, locale, { value, rules: ruleList(knownRuleIds) }));
        const id = value.slice(0, sep).trim();
        const levelText = value.slice(sep + 1);
        if (!knownRuleIds.includes(id)) return fail(localize(say.unknownRule, locale, { option: '--rule', id, rules: ruleList(knownRuleIds) }));
        const level = parseRuleLevel(levelText);
        if (level === undefined) return fail(localize(say.badRuleLevel, locale, { id, value: levelText }));
        args.rules[id] = level;
        break;
      }
      case '--max-warnings': {
        const count = parseCount(name, value, 0, locale);
        if (typeof count === 'string') return fail(count);
        args.maxWarnings = count;
        break;
      }
      case '--concurrency': {
        const concurrency = parseConcurrency(value, locale);
        if (typeof concurrency === 'string') return fail(concurrency);
        args.concurrency = concurrency;
        break;
      }
      case '--max-file-size': {
        const count = parseCount(name, value, 1, locale);
        if (typeof count === 'string') return fail(count);
        args.maxFileSize = count;
        break;
      }
      case '--explain': {
        const id = value.trim();
        if (!knownRuleIds.includes(id)) return fail(localize(say.unknownRule, locale, { option: '--explain', id, rules: ruleList(knownRuleIds) }));
        args.explain = id;
        break;
      }
      case '--locale': {
        const asked = localeOfTag(value);
        if (asked === undefined) return fail(localize(say.badLocale, locale, { value }));
        args.locale = asked;
        break;
      }
    }
  }
  return { ok: true, args };
}
