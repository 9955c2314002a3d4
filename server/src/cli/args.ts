import { parseRuleLevel, type RuleLevel } from '../shared/options';
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
  paths: string[];
}

export type ParsedArgs = { ok: true; args: CliArgs } | { ok: false; message: string };

const VALUE_OPTIONS = new Set(['--format', '--connectors', '--rule', '--max-warnings', '--max-file-size', '--concurrency']);
const FLAG_OPTIONS = new Set(['--fix', '--quiet', '--help', '--version', '--color', '--no-color']);
const SHORT: Record<string, string> = { '-f': '--format', '-q': '--quiet', '-h': '--help', '-v': '--version' };

function ruleList(knownRuleIds: readonly string[]): string {
  return knownRuleIds.length > 0 ? knownRuleIds.join(', ') : '(none)';
}

function parseCount(option: string, value: string, min: number): number | string {
  if (!/^\d+$/.test(value.trim())) return `${option} needs a whole number, not "${value}".`;
  const count = Number(value.trim());
  if (!Number.isSafeInteger(count) || count < min) return `${option} needs a whole number of at least ${min}, not "${value}".`;
  return count;
}

export function parseArgs(argv: readonly string[], knownRuleIds: readonly string[]): ParsedArgs {
  const args: CliArgs = { format: 'stylish', fix: false, rules: {}, quiet: false, concurrency: { kind: 'auto' }, help: false, version: false, paths: [] };
  const fail = (message: string): ParsedArgs => ({ ok: false, message });

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      args.paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (arg === '-') return fail('Reading a script from standard input is not supported; name the files to lint.');
      args.paths.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const rawName = eq === -1 ? arg : arg.slice(0, eq);
    const name = SHORT[rawName] ?? rawName;
    let inline: string | undefined = eq === -1 ? undefined : arg.slice(eq + 1);

    if (FLAG_OPTIONS.has(name)) {
      if (inline !== undefined) return fail(`${name} takes no value.`);
      if (name === '--fix') args.fix = true;
      else if (name === '--quiet') args.quiet = true;
      else if (name === '--help') args.help = true;
      else if (name === '--version') args.version = true;
      else args.color = name === '--color';
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) return fail(`Unknown option ${rawName}.`);
    if (inline === undefined) {
      if (i + 1 >= argv.length) return fail(`${name} needs a value.`);
      inline = argv[++i];
    }
    const value = inline;

    switch (name) {
      case '--format': {
        const format = value.trim().toLowerCase() as OutputFormat;
        if (!FORMATS.includes(format)) return fail(`--format must be one of ${FORMATS.join(', ')}, not "${value}".`);
        args.format = format;
        break;
      }
      case '--connectors':
        if (value === '') return fail('--connectors needs the path of a server configuration export folder or a JSON file.');
        args.connectorsFile = value;
        break;
      case '--rule': {
        const sep = value.indexOf('=');
        if (sep === -1) return fail(`--rule needs <rule-id>=<off|info|warning|error>, not "${value}". Valid rule ids: ${ruleList(knownRuleIds)}.`);
        const id = value.slice(0, sep).trim();
        const levelText = value.slice(sep + 1);
        if (!knownRuleIds.includes(id)) return fail(`--rule names an unknown rule "${id}". Valid rule ids: ${ruleList(knownRuleIds)}.`);
        const level = parseRuleLevel(levelText);
        if (level === undefined) return fail(`--rule ${id}: the level must be off, info, warning or error, not "${levelText}".`);
        args.rules[id] = level;
        break;
      }
      case '--max-warnings': {
        const count = parseCount(name, value, 0);
        if (typeof count === 'string') return fail(count);
        args.maxWarnings = count;
        break;
      }
      case '--concurrency': {
        const concurrency = parseConcurrency(value);
        if (typeof concurrency === 'string') return fail(concurrency);
        args.concurrency = concurrency;
        break;
      }
      case '--max-file-size': {
        const count = parseCount(name, value, 1);
        if (typeof count === 'string') return fail(count);
        args.maxFileSize = count;
        break;
      }
    }
  }
  return { ok: true, args };
}
