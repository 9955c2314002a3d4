import { TokenFlags, TokenKind } from '../../tokenizer/token';
import type { TokenList } from '../../tokenizer/tokenList';
import { stringValueOf } from '../../tokenizer/tokenValue';
import type { CommandCall, ConnectorLookup, Expr } from '../types';
import { GET_CONNECTOR } from './knownCommands';

/*
 * The shapes of the connector lookups admins write, as the parser meets them (see ConnectorLookup).
 * Everything here reads tokens ahead or values already read and never moves the parser: a shape
 * not recognised simply gives no lookup, and the parser reads the text as it always did.
 */

/** The Azure AD connector's identifier: the same on every Azure AD Connect server. */
export const AZURE_AD_CONNECTOR_ID = 'b891884f-051e-4a83-95af-2544101c9083';
export const GET_AD_DOMAIN = 'get-addomain';
const AZURE_AD_SUBTYPE = 'windows azure active directory (microsoft)';
const WHERE_COMMANDS: ReadonlySet<string> = new Set(['where-object', '?', 'where']);
const FOREACH_COMMANDS: ReadonlySet<string> = new Set(['foreach-object', '%', 'foreach']);
const SELECT_COMMANDS: ReadonlySet<string> = new Set(['select-object', 'select']);
/** What a comparison's left side may be: the pipeline's current object. */
const CURRENT_OBJECT: ReadonlySet<string> = new Set(['$_', '$psitem']);

const COMPARISONS: ReadonlySet<string> = new Set(['eq', 'like', 'match']);

/** `-eq`, `-ieq`, `-ceq` → `eq` (whatever the dash character); `-ne`, `-notlike`, … stay as they are and select nothing. */
function comparison(written: string): string {
  const name = written.slice(1).toLowerCase();
  const caseless = name.slice(1);
  return (name.startsWith('i') || name.startsWith('c')) && COMPARISONS.has(caseless) ? caseless : name;
}

/** Which connectors `$_.<property> -<operator> <literal>` keeps. Operator and property lower-cased. */
export function selectedConnectors(property: string, operator: string, literal: string): 'ad' | 'azureAd' | undefined {
  const value = literal.toLowerCase();
  if (!COMPARISONS.has(operator)) return undefined;
  switch (property) {
    case 'type':
    case 'connectortypename':
      if (value === 'ad') return 'ad';
      return value === 'extensible2' ? 'azureAd' : undefined;
    case 'subtype':
      return value === AZURE_AD_SUBTYPE || (operator !== 'eq' && value.includes('azure active directory')) ? 'azureAd' : undefined;
    case 'name': {
      // `*AAD`, `*- AAD*`, `AAD$`: the `<tenant> - AAD` naming the Azure AD connector gets.
      let end = value.length;
      while (end > 0 && (value[end - 1] === '*' || value[end - 1] === '$' || value[end - 1] === ' ')) end--;
      return operator !== 'eq' && value.slice(0, end).endsWith('aad') ? 'azureAd' : undefined;
    }
    case 'identifier':
      return value === AZURE_AD_CONNECTOR_ID ? 'azureAd' : undefined;
    default:
      return undefined;
  }
}

/** A read-only view of the parser's significant tokens (see TokenCursor). */
class Tokens {
  constructor(
    readonly text: string,
    private readonly tokens: TokenList,
  ) {}

  kind(at: number): TokenKind | undefined {
    return this.tokens.statementKinds[at] as TokenKind | undefined;
  }

  start(at: number): number {
    return this.tokens.start(this.tokens.statementTokens[at]);
  }

  end(at: number): number {
    return this.tokens.end(this.tokens.statementTokens[at]);
  }

  spaced(at: number): boolean {
    return (this.tokens.flags(this.tokens.statementTokens[at]) & TokenFlags.PrecededBySpace) !== 0;
  }

  lower(at: number): string {
    return this.text.slice(this.start(at), this.end(at)).toLowerCase();
  }

  literal(at: number): string | undefined {
    const kind = this.kind(at);
    if (kind === undefined) return undefined;
    const index = this.tokens.statementTokens[at];
    return stringValueOf(this.text, kind, this.start(at), this.end(at), this.tokens.flags(index));
  }

  skipNewLines(at: number): number {
    while (this.kind(at) === TokenKind.NewLine) at++;
    return at;
  }

  /** Whether the command's arguments end at `at`. */
  endsCommand(at: number): boolean {
    const kind = this.kind(at);
    return kind === undefined || kind === TokenKind.NewLine || kind === TokenKind.Semicolon || kind === TokenKind.Pipe || kind === TokenKind.RParen || kind === TokenKind.RCurly;
  }
}

interface Comparison {
  property: string;
  operator: string;
  literal: string;
  /** Just past the shape. */
  next: number;
}

/** `{ $_.Prop -op 'literal' }`, alone in its block, from the `{` at `at`. */
function blockComparison(tokens: Tokens, at: number): Comparison | undefined {
  let i = tokens.skipNewLines(at + 1);
  if (tokens.kind(i) !== TokenKind.Variable || !CURRENT_OBJECT.has(tokens.lower(i))) return undefined;
  if (tokens.kind(i + 1) !== TokenKind.Dot || tokens.spaced(i + 1)) return undefined;
  const propertyKind = tokens.kind(i + 2);
  if (propertyKind !== TokenKind.Identifier && propertyKind !== TokenKind.Generic) return undefined;
  if (tokens.kind(i + 3) !== TokenKind.Operator) return undefined;
  // In an expression a bare word is no string: only a quoted literal compares.
  const literalKind = tokens.kind(i + 4);
  const literal = literalKind === TokenKind.VerbatimString || literalKind === TokenKind.ExpandableString ? tokens.literal(i + 4) : undefined;
  if (literal === undefined) return undefined;
  const close = tokens.skipNewLines(i + 5);
  if (tokens.kind(close) !== TokenKind.RCurly) return undefined;
  i += 2;
  return { property: tokens.lower(i), operator: comparison(tokens.lower(i + 1)), literal, next: close + 1 };
}

/** Where-Object's simplified syntax: `Type -eq AD`, from `at`. */
function simplifiedComparison(tokens: Tokens, at: number): Comparison | undefined {
  if (tokens.kind(at) !== TokenKind.Generic || tokens.kind(at + 1) !== TokenKind.Parameter) return undefined;
  const literal = tokens.literal(at + 2);
  if (literal === undefined) return undefined;
  return { property: tokens.lower(at), operator: comparison(tokens.lower(at + 1)), literal, next: at + 3 };
}

/**
 * The value written for the named parameter `name` (resolved, as `-Ident` is `-Identifier`).
 * Only named: the shapes here are written that way, and bound arguments are a fact the parser
 * does not know of (see facts/arguments).
 */
function namedArgument(call: CommandCall, name: string): Expr | undefined {
  return call.parameters.find((use) => use.name === name)?.value;
}

/** Whether `input` fetches every connector: `Get-ADSyncConnector` with no name or identifier. */
function fetchesAllConnectors(input: Expr): boolean {
  if (input.kind !== 'command' || input.call.lowerName !== GET_CONNECTOR) return false;
  const call = input.call;
  return call.positional.length === 0 && call.splats.length === 0 && !call.parameters.some((use) => use.name === 'Name' || use.name === 'Identifier');
}

/**
 * The lookup `Get-ADSyncConnector | <filter>` makes, where the filter command's name (lower-cased,
 * without a module) is that of the significant token `nameAt` and its arguments follow: `Where-Object { $_.Type -eq "AD" }`,
 * `? SubType -eq '…'`, `ForEach-Object { $_.Type -eq "AD" }` (booleans). Undefined for any other
 * shape, so a filter the linter cannot read stays silent.
 */
function filterLookup(tokens: Tokens, input: Expr, nameAt: number, name: string): ConnectorLookup | undefined {
  if (!fetchesAllConnectors(input)) return undefined;
  const isWhere = WHERE_COMMANDS.has(name);
  if (!isWhere && !FOREACH_COMMANDS.has(name)) return undefined;
  let at = nameAt + 1;
  // `-FilterScript { … }`, `-Process { … }`.
  if (tokens.kind(at) === TokenKind.Parameter) {
    const parameter = tokens.lower(at).slice(1);
    if (!(isWhere ? 'filterscript' : 'process').startsWith(parameter) || parameter.length < 2) return undefined;
    at++;
  }
  const found = tokens.kind(at) === TokenKind.LCurly ? blockComparison(tokens, at) : isWhere ? simplifiedComparison(tokens, at) : undefined;
  if (!found || !tokens.endsCommand(found.next)) return undefined;
  const selected = selectedConnectors(found.property, found.operator, found.literal);
  const kind = isWhere ? selected : COMPARISONS.has(found.operator) ? 'booleans' : undefined;
  if (kind === undefined) return undefined;
  const end = tokens.end(found.next - 1);
  return { kind, by: 'filter', many: kind === 'ad', start: input.start, end, keyStart: tokens.start(nameAt), keyEnd: tokens.end(nameAt) };
}

/**
 * The lookup a command piped from `input` makes: a filter of `Get-ADSyncConnector`'s output (see
 * filterLookup), or the names of a lookup's connectors (see nameProjection). The parser asks only
 * when `input` is a Get-ADSyncConnector call or a lookup.
 */
export function pipedLookup(text: string, tokenList: TokenList, input: Expr, nameAt: number, written: string): ConnectorLookup | undefined {
  const name = written.slice(written.lastIndexOf('\\') + 1).toLowerCase();
  const tokens = new Tokens(text, tokenList);
  return input.kind === 'lookup' ? nameProjection(tokens, input.lookup, nameAt, name) : filterLookup(tokens, input, nameAt, name);
}

/** `… | Select-Object -ExpandProperty Name`, `… | ForEach-Object { $_.Name }`, `… | % Name`: the same connectors, by name. */
function nameProjection(tokens: Tokens, lookup: ConnectorLookup, nameAt: number, name: string): ConnectorLookup | undefined {
  if (lookup.kind !== 'ad' && lookup.kind !== 'azureAd') return undefined;
  let at = nameAt + 1;
  if (SELECT_COMMANDS.has(name)) {
    const parameter = tokens.kind(at) === TokenKind.Parameter ? tokens.lower(at).slice(1) : '';
    if (parameter.length < 3 || !'expandproperty'.startsWith(parameter)) return undefined;
    at++;
  } else if (!FOREACH_COMMANDS.has(name)) {
    return undefined;
  } else if (tokens.kind(at) === TokenKind.Parameter) {
    // `-MemberName Name`.
    const parameter = tokens.lower(at).slice(1);
    if (parameter.length < 2 || !'membername'.startsWith(parameter)) return undefined;
    at++;
  } else if (tokens.kind(at) === TokenKind.LCurly) {
    at = tokens.skipNewLines(at + 1);
    const isName = tokens.kind(at) === TokenKind.Variable && CURRENT_OBJECT.has(tokens.lower(at)) && tokens.kind(at + 1) === TokenKind.Dot && !tokens.spaced(at + 1) && tokens.lower(at + 2) === 'name';
    const close = tokens.skipNewLines(at + 3);
    if (!isName || tokens.kind(close) !== TokenKind.RCurly || !tokens.endsCommand(close + 1)) return undefined;
    return { ...lookup, end: tokens.end(close) };
  }
  if (tokens.literal(at)?.toLowerCase() !== 'name' || !tokens.endsCommand(at + 1)) return undefined;
  return { ...lookup, end: tokens.end(at) };
}

/** `Get-ADSyncConnector -Identifier b891884f-…`: the Azure AD connector, by its fixed identifier. */
export function identifierLookup(call: CommandCall): ConnectorLookup | undefined {
  if (call.lowerName !== GET_CONNECTOR) return undefined;
  const identifier = namedArgument(call, 'Identifier');
  if (!identifier || identifier.kind !== 'string' || identifier.value.trim().toLowerCase() !== AZURE_AD_CONNECTOR_ID) return undefined;
  return { kind: 'azureAd', by: 'identifier', many: false, start: call.start, end: call.end, keyStart: identifier.start, keyEnd: identifier.end };
}

/**
 * What a member of a value finds: a found connector's `.Name` names the same connectors;
 * `(Get-ADDomain).DNSRoot` is the domain's DNS name. `start`/`end` span the whole member
 * expression, `keyStart`/`keyEnd` the member's name.
 */
export function memberLookup(value: Expr, member: string, start: number, end: number, keyStart: number, keyEnd: number): ConnectorLookup | undefined {
  if (value.kind === 'lookup') return member === 'name' && value.lookup.kind !== 'domainName' ? value.lookup : undefined;
  if (value.kind !== 'command') return undefined;
  if (value.call.lowerName === GET_AD_DOMAIN && member === 'dnsroot') return { kind: 'domainName', by: 'dnsRoot', many: false, start, end, keyStart, keyEnd };
  return member === 'name' ? identifierLookup(value.call) : undefined;
}

/** `$env:USERDNSDOMAIN`: the signed-in user's DNS domain, taken for the forest's name. */
export function environmentLookup(scope: string | undefined, name: string, start: number, end: number): ConnectorLookup | undefined {
  if (scope?.toLowerCase() !== 'env' || name.toLowerCase() !== 'userdnsdomain') return undefined;
  return { kind: 'domainName', by: 'environment', many: false, start, end, keyStart: start, keyEnd: end };
}
