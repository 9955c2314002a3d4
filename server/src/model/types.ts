import type { LexError } from '../tokenizer/token';
import type { TokenList } from '../tokenizer/tokenList';

/** A value expression as far as the linter needs to understand it. Offsets are UTF-16. */
export type Expr =
  /** `from`: the dot-sourced file the literal is written in; its offsets are then those of the dot-sourcing statement. */
  | { kind: 'string'; value: string; start: number; end: number; from?: string }
  /** A string with `$` expansions: its exact value is not known statically. `parts` lists the variables it expands. */
  | { kind: 'expandable'; variables: string[]; start: number; end: number }
  | { kind: 'number'; value: number; start: number; end: number }
  | { kind: 'boolean'; value: boolean; start: number; end: number }
  | { kind: 'null'; start: number; end: number }
  /** `$name`, `$script:name`; `name` is lower-cased without scope. */
  | { kind: 'variable'; name: string; start: number; end: number }
  /** `$c.GlobalParameters`, `$p.Name`: a variable with a member path. */
  | { kind: 'member'; variable: string; path: string[]; start: number; end: number }
  /** `a, b, c` or `@('a', 'b')`. */
  | { kind: 'array'; items: Expr[]; start: number; end: number }
  /**
   * `@{ Key = value }`. Its entries are read only where a known command splats it (see
   * CommandCall.splats): most hashtables never are, and their entries were a quarter of a model.
   * `opener` is the `@{` token's position among the tokens the parser reads.
   */
  | { kind: 'hashtable'; opener: number; start: number; end: number }
  /** `[Type]::new(args)`: a constructor call written as a static method. */
  | { kind: 'new'; typeName: string; args: readonly Expr[]; start: number; end: number }
  /** A command used as a value: `$c = Get-ADSyncConnector -Name $n`. */
  | { kind: 'command'; call: CommandCall; start: number; end: number }
  /** A value that finds connectors (or a domain name) at run time; see ConnectorLookup. */
  | { kind: 'lookup'; lookup: ConnectorLookup; start: number; end: number }
  | { kind: 'unknown'; start: number; end: number };

/**
 * A connector found at run time rather than written: `Get-ADSyncConnector | Where-Object {
 * $_.Type -eq "AD" }`, `(Get-ADDomain).DNSRoot`, `$env:USERDNSDOMAIN`. The parser recognises the
 * shapes (see connectorLookupShapes); connectorLookupOf follows a value to the lookup it holds.
 */
export interface ConnectorLookup {
  /**
   * What it yields: the AD (forest) connectors, the Azure AD connector, booleans (a comparison
   * run by `ForEach-Object` instead of `Where-Object`), or the AD domain's DNS name, which names
   * the forest's connector only in the forest root domain.
   */
  kind: 'ad' | 'azureAd' | 'booleans' | 'domainName';
  /** How the script finds it: a filter over Get-ADSyncConnector, `-Identifier`, `.DNSRoot`, `$env:USERDNSDOMAIN`. */
  by: 'filter' | 'identifier' | 'dnsRoot' | 'environment';
  /** Whether it can yield several connectors: a filter by type matches one connector per forest. */
  many: boolean;
  /** The lookup as written: the whole pipeline, `(Get-ADDomain).DNSRoot`, `$env:USERDNSDOMAIN`. */
  start: number;
  end: number;
  /** The word that decides what it finds: the filter's command name (`ForEach-Object`), the `DNSRoot` member, the variable. */
  keyStart: number;
  keyEnd: number;
}

export interface ParameterUse {
  /** Exactly as written, without the dash and the colon. */
  written: string;
  /** The cmdlet's full parameter name when it resolves (prefix or case), else undefined. */
  name: string | undefined;
  /** Span of the `-Name` token. */
  start: number;
  end: number;
  /** The argument; undefined for a switch. */
  value: Expr | undefined;
}

export interface CommandCall {
  /** Tells the steps apart (see Step). */
  step: 'command';
  /** The name as written, without `&`, quotes or a module qualifier. */
  written: string;
  /** Lower-cased `written`, for comparisons. */
  lowerName: string;
  /** The module qualifier (`ADSync` in `ADSync\Get-ADSyncConnector`), if any. */
  module: string | undefined;
  nameStart: number;
  nameEnd: number;
  /** From the command name to the end of its last argument. */
  start: number;
  end: number;
  parameters: ParameterUse[];
  positional: Expr[];
  /** `@params` arguments, with the hashtable they were built from when it is known. */
  splats: { variable: string; start: number; end: number; entries: Map<string, Expr> | undefined }[];
  /** Everything after `--%`, or arguments after `--` that look like parameters. */
  hasVerbatimArguments: boolean;
  /** The statement this call belongs to (its first and last offsets), for inserting lines before/after it. */
  statementStart: number;
  statementEnd: number;
  /** Nesting of script blocks (function, loop, if) the call sits in; 0 at the top level. */
  depth: number;
  /** Index of the enclosing loop, when the call sits in a loop body; see ScriptModel.loops. */
  loop: number | undefined;
}

export interface Assignment {
  step: 'assignment';
  /** Lower-cased variable name without scope. */
  variable: string;
  /** Member path for `$p.Value = 1` (`['value']`, lower-cased); empty for `$x = …` (one shared, frozen array). */
  path: readonly string[];
  /** Span of the target (`$p.Value`). */
  targetStart: number;
  targetEnd: number;
  value: Expr;
  operator: string;
  statementStart: number;
  statementEnd: number;
  depth: number;
  loop: number | undefined;
}

/**
 * The plain assignments and method calls left out of a model's `steps`, `assignments` and
 * `methodCalls` because no rule follows their variables: no known command, followed loop or
 * followed assignment reads them. A large script has tens of thousands; they are built only
 * when asked for.
 */
export interface UnfollowedSteps {
  readonly length: number;
  /** Where the `index`th of them starts, as steps are ordered: an assignment's statement, a method call's expression. */
  start(index: number): number;
  /** Every assignment of the script, followed or not, in the order of `assignments`. Builds the unfollowed ones, once. */
  everyAssignment(): Assignment[];
  /** Every method call of the script, followed or not, in the order of `methodCalls`. */
  everyMethodCall(): MethodCall[];
  /**
   * The plain assignments (`$x = …`) to `variable` left unfollowed, in source order, built on the
   * first asking: a variable no rule follows has all of its plain assignments here and none in
   * `assignments`. The same objects as everyAssignment's.
   */
  plainAssignmentsTo(variable: string): readonly Assignment[];
}

export interface MethodCall {
  step: 'method';
  /** `$c.GlobalParameters.Remove($p.Name)`: variable `c`, path `['globalparameters']`, method `remove`. */
  variable: string;
  path: readonly string[];
  method: string;
  args: readonly Expr[];
  start: number;
  end: number;
  statementStart: number;
  statementEnd: number;
  depth: number;
  loop: number | undefined;
}

export interface Loop {
  /** `foreach ($x in …)` or `… | ForEach-Object { $_ }`: lower-cased variable and the collection expression. */
  variable: string | undefined;
  collection: Expr | undefined;
  start: number;
  end: number;
}

/**
 * A source-order list of what the script does; the rules walk it front to back. The steps are
 * the calls and assignments themselves (told apart by `step`), not wrappers around them: a large
 * script has tens of thousands, and each wrapper was one more object the collector had to move.
 */
export type Step = CommandCall | Assignment | MethodCall;

export interface ScriptModel {
  text: string;
  tokens: TokenList;
  lexErrors: LexError[];
  /** The line break the file uses most: '\r\n', '\n' or '\r'. New lines that fixes insert use it. */
  eol: string;
  steps: Step[];
  /**
   * Calls of the commands the rules know (see knownCommands: the ADSync cmdlets and New-Object).
   * Other commands are parsed for what their arguments hold (blocks, sub-expressions, member
   * calls, `ForEach-Object` loops) but not recorded; a value they produce is `unknown`.
   */
  commands: CommandCall[];
  /**
   * The assignments the rules can follow: to a member (`$p.Value = 1`), or holding a known command
   * or a constructor, and every plain assignment to a variable that such a value, a known
   * command's argument or a followed loop reads (and so on, transitively). The others are in
   * `unfollowed`.
   */
  assignments: Assignment[];
  /** The method calls on followed variables; the others are in `unfollowed`. */
  methodCalls: MethodCall[];
  unfollowed: UnfollowedSteps;
  loops: Loop[];
  /** Variables bound by `param(…)` blocks and function parameters, each once, where first bound: their values come from the caller. */
  parameters: { variable: string; start: number; end: number }[];
  /**
   * Where the parser ran off the end of the text inside a bracket it never saw closed (the offset
   * just after the opener), or Infinity. Lines added after it would be read as more of that bracket.
   */
  unclosedFrom: number;
  /** Calls Set-ADSyncAADPasswordSyncConfiguration or builds the ForceFullPasswordSync parameter, as code. */
  isPasswordSyncScript: boolean;
  /**
   * Reads a file the script dot-sources (`. .\settings.ps1`), given its path as written (with
   * `$PSScriptRoot\` turned into `.\`); undefined when it cannot or must not be read. Given by the
   * host (the CLI, the language server); the engine itself never touches the file system.
   */
  readDotSourced?: (path: string) => string | undefined;
  /** Offset of the start of the line holding `offset`. */
  lineStart(offset: number): number;
  /** Offset just past the line break ending the line holding `offset` (or the text length). */
  nextLineStart(offset: number): number;
  /** The leading whitespace of the line holding `offset`. */
  indentAt(offset: number): string;
}
