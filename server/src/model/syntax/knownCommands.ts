import { CharCode } from '../../tokenizer/charCode';
import { isDoubleQuote, isSingleQuote, toLowerAscii } from '../../tokenizer/charTraits';

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
    // Read for `(Get-ADDomain).DNSRoot`, which scripts take for the forest's connector name.
    name: 'Get-ADDomain',
    parameters: [{ name: 'Identity' }, { name: 'Server' }, { name: 'Current' }, { name: 'Credential' }, { name: 'AuthType' }],
    positional: ['Identity'],
    summary: 'Reads an Active Directory domain; its Forest property names the forest, and so the forest\'s AD connector.',
  },
  {
    name: 'New-Object',
    parameters: [{ name: 'TypeName' }, { name: 'ArgumentList', aliases: ['Args'] }, { name: 'Property' }, { name: 'ComObject' }, { name: 'Strict', isSwitch: true }],
    positional: ['TypeName', 'ArgumentList'],
    summary: 'Creates an instance of a .NET type.',
  },
];

/** The fetch every connector lookup starts from, lower-cased as CommandCall.lowerName is. */
export const GET_CONNECTOR = 'get-adsyncconnector';

const BY_LOWER_NAME = new Map(COMMANDS.map((command) => [command.name.toLowerCase(), command]));

export function knownCommand(lowerName: string): KnownCommand | undefined {
  return BY_LOWER_NAME.get(lowerName);
}

/**
 * A name's length with its first and last characters, ASCII lower-cased, in one number: what
 * tells most command names from the few known ones without making a string.
 */
function signature(length: number, first: number, last: number): number {
  return length * 0x10000 + toLowerAscii(first) * 0x100 + toLowerAscii(last);
}

/** The signatures of `names` (ASCII names), for mayNameCommandIn. */
export function nameSignatures(names: Iterable<string>): ReadonlySet<number> {
  const signatures = new Set<number>();
  for (const name of names) signatures.add(signature(name.length, name.charCodeAt(0), name.charCodeAt(name.length - 1)));
  return signatures;
}

const NAME_SIGNATURES = nameSignatures(COMMANDS.map((command) => command.name));

/**
 * Whether the bare command word text[start, end) could name a known command, answered without
 * making strings: most commands in a script are others (Write-Host and Get-ADUser have the
 * length of New-Object and Get-ADSyncConnector), and their names need not be read. Its length
 * and first and last characters, whole or after a module qualifier (`ADSync\…`), must be a known
 * name's; a word with escapes or quotes in it is decoded first, and one starting or ending
 * outside ASCII is lower-cased the Unicode way, so for those it always answers true.
 */
export function mayNameKnownCommand(text: string, start: number, end: number): boolean {
  return mayNameCommandIn(text, start, end, NAME_SIGNATURES);
}

/** mayNameKnownCommand for any names' signatures (see nameSignatures). */
export function mayNameCommandIn(text: string, start: number, end: number, signatures: ReadonlySet<number>): boolean {
  let afterQualifier = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === CharCode.Backtick || isSingleQuote(c) || isDoubleQuote(c)) return true;
    if (c === CharCode.Backslash) afterQualifier = i + 1;
  }
  return mayBe(text, start, end, signatures) || (afterQualifier > start && mayBe(text, afterQualifier, end, signatures));
}

function mayBe(text: string, start: number, end: number, signatures: ReadonlySet<number>): boolean {
  if (end <= start) return false;
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  if (first >= 0x80 || last >= 0x80) return true;
  return signatures.has(signature(end - start, first, last));
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
