import { CharCode } from '../tokenizer/charCode';
import { isDoubleQuote, isSingleQuote } from '../tokenizer/charTraits';

/**
 * The parameters of the cmdlets the rules read, so that abbreviated parameters (`-Source`, `-En`)
 * resolve the way PowerShell resolves them: any unambiguous prefix of a name or an alias.
 */
interface ParameterInfo {
  name: string;
  aliases?: string[];
  /** A [switch] parameter takes no argument unless written `-Name:value`. */
  isSwitch?: boolean;
}

const COMMON_PARAMETERS: ParameterInfo[] = [
  { name: 'Verbose', aliases: ['vb'], isSwitch: true },
  { name: 'Debug', aliases: ['db'], isSwitch: true },
  { name: 'ErrorAction', aliases: ['ea'] },
  { name: 'WarningAction', aliases: ['wa'] },
  { name: 'InformationAction', aliases: ['infa'] },
  { name: 'ProgressAction', aliases: ['proga'] },
  { name: 'ErrorVariable', aliases: ['ev'] },
  { name: 'WarningVariable', aliases: ['wv'] },
  { name: 'InformationVariable', aliases: ['iv'] },
  { name: 'OutVariable', aliases: ['ov'] },
  { name: 'OutBuffer', aliases: ['ob'] },
  { name: 'PipelineVariable', aliases: ['pv'] },
];

export interface KnownCommand {
  name: string;
  parameters: ParameterInfo[];
  /** Parameter names in positional order. */
  positional: string[];
  summary: string;
}

const COMMANDS: KnownCommand[] = [
  {
    name: 'Get-ADSyncConnector',
    parameters: [{ name: 'Name' }, { name: 'Identifier' }],
    positional: ['Name'],
    summary: 'Reads a connector (its configuration object) from the sync engine by its case-sensitive name.',
  },
  {
    name: 'Add-ADSyncConnector',
    parameters: [{ name: 'Connector' }],
    positional: ['Connector'],
    summary: 'Saves a connector object back to the sync engine; changes to its GlobalParameters take effect only after this.',
  },
  {
    name: 'Set-ADSyncAADPasswordSyncConfiguration',
    parameters: [{ name: 'SourceConnector' }, { name: 'TargetConnector' }, { name: 'Enable' }],
    positional: ['SourceConnector', 'TargetConnector', 'Enable'],
    summary: 'Turns password hash sync on or off between an AD connector (source) and the Azure AD connector (target).',
  },
  {
    name: 'Get-ADSyncAADPasswordSyncConfiguration',
    parameters: [{ name: 'SourceConnector' }],
    positional: ['SourceConnector'],
    summary: 'Shows whether password hash sync is enabled for an AD connector. It changes nothing.',
  },
  {
    name: 'New-Object',
    parameters: [{ name: 'TypeName' }, { name: 'ArgumentList', aliases: ['Args'] }, { name: 'Property' }, { name: 'ComObject' }, { name: 'Strict', isSwitch: true }],
    positional: ['TypeName', 'ArgumentList'],
    summary: 'Creates an instance of a .NET type.',
  },
];

const BY_LOWER_NAME = new Map(COMMANDS.map((command) => [command.name.toLowerCase(), command]));

export function knownCommand(lowerName: string): KnownCommand | undefined {
  return BY_LOWER_NAME.get(lowerName);
}

const NAME_LENGTHS = new Set(COMMANDS.map((command) => command.name.length));

/**
 * Whether the bare command word text[start, end) could name a known command, answered without
 * making strings: most commands in a script are others, and their names need not be read. Its
 * length, whole or after a module qualifier (`ADSync\…`), must be a known name's length; a word
 * with escapes or quotes in it is decoded first, so it always answers true.
 */
export function mayNameKnownCommand(text: string, start: number, end: number): boolean {
  return mayNameCommandIn(text, start, end, NAME_LENGTHS);
}

/** mayNameKnownCommand for any set of name lengths. */
export function mayNameCommandIn(text: string, start: number, end: number, lengths: ReadonlySet<number>): boolean {
  let afterQualifier = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === CharCode.Backtick || isSingleQuote(c) || isDoubleQuote(c)) return true;
    if (c === CharCode.Backslash) afterQualifier = i + 1;
  }
  return lengths.has(end - start) || lengths.has(end - afterQualifier);
}

export interface ResolvedParameter {
  /** The full parameter name, or undefined when unknown or ambiguous. */
  name: string | undefined;
  isSwitch: boolean;
  ambiguous: string[];
}

export function resolveParameterName(lowerCommandName: string, written: string): ResolvedParameter {
  const command = BY_LOWER_NAME.get(lowerCommandName);
  if (!command) return { name: undefined, isSwitch: false, ambiguous: [] };
  const lower = written.toLowerCase();
  const all = [...command.parameters, ...COMMON_PARAMETERS];
  for (const parameter of all) {
    if (parameter.name.toLowerCase() === lower || parameter.aliases?.some((alias) => alias.toLowerCase() === lower)) {
      return { name: parameter.name, isSwitch: parameter.isSwitch === true, ambiguous: [] };
    }
  }
  const matches = all.filter((parameter) => parameter.name.toLowerCase().startsWith(lower));
  if (lower.length > 0 && matches.length === 1) return { name: matches[0].name, isSwitch: matches[0].isSwitch === true, ambiguous: [] };
  return { name: undefined, isSwitch: false, ambiguous: lower.length > 0 ? matches.map((m) => m.name) : [] };
}
