import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { localize, type Locale } from '../shared/locale';
import type { ConnectorNames } from '../shared/options';
import { lspMessages as say } from './lspMessages';
import { TokenFlags, TokenKind } from '../tokenizer/token';
import type { TokenList } from '../tokenizer/tokenList';
import { doubleQuoted } from '../fixes/canonicalScript';
import { connectorGroupOfVariable, type ConnectorGroup } from './connectorNames';
import { commandNameOf, isStringToken, parameterNameOf, tokenIndexBefore, variableNameOf } from './tokenText';

/** Typing one of these may start a connector name. */
export const COMPLETION_TRIGGER_CHARACTERS = ['"', "'", ' ', ':'];

export interface ConnectorCompletionContext {
  group: ConnectorGroup;
  /** Offsets of the text a chosen name replaces. */
  replaceStart: number;
  replaceEnd: number;
  /** The quotes the cursor sits inside; undefined when the name must bring its own. */
  quote: 'single' | 'double' | undefined;
}

/** Shortest abbreviation we accept for the two connector parameters, as PowerShell resolves prefixes. */
const MIN_PREFIX = 6;

function connectorParameterGroup(name: string): ConnectorGroup | 'name' | undefined {
  if (name.length >= MIN_PREFIX && 'sourceconnector'.startsWith(name)) return 'ad';
  if (name.length >= MIN_PREFIX && 'targetconnector'.startsWith(name)) return 'azureAd';
  if (name === 'name') return 'name';
  return undefined;
}

/** Tokens that may sit between an argument and what it belongs to on one logical line. */
function isInlineTrivia(kind: TokenKind): boolean {
  return kind === TokenKind.Whitespace || kind === TokenKind.LineContinuation || kind === TokenKind.BlockComment;
}

function previousSignificant(tokens: TokenList, index: number): number {
  let i = index - 1;
  while (i >= 0 && isInlineTrivia(tokens.kind(i))) i--;
  return i;
}

const STATEMENT_BOUNDARIES = new Set<TokenKind>([
  TokenKind.NewLine,
  TokenKind.Semicolon,
  TokenKind.Pipe,
  TokenKind.LCurly,
  TokenKind.RCurly,
  TokenKind.LParen,
  TokenKind.DollarParen,
  TokenKind.AtParen,
  TokenKind.Assign,
  TokenKind.LineComment,
]);

/** The command a parameter belongs to: the first bareword of its statement. */
function commandOfParameter(text: string, tokens: TokenList, parameterIndex: number): string | undefined {
  let command: string | undefined;
  for (let i = parameterIndex - 1; i >= 0 && !STATEMENT_BOUNDARIES.has(tokens.kind(i)); i--) {
    if (tokens.kind(i) === TokenKind.Generic) command = commandNameOf(text, tokens.at(i)!);
  }
  return command;
}

/** Which connector group the token at `ownerIndex` asks its argument to be, if any. */
function groupForOwner(text: string, tokens: TokenList, ownerIndex: number): ConnectorGroup | undefined {
  if (ownerIndex < 0) return undefined;
  const owner = tokens.at(ownerIndex)!;
  if (owner.kind === TokenKind.Parameter) {
    const group = connectorParameterGroup(parameterNameOf(text, owner));
    if (group !== 'name') return group;
    return commandOfParameter(text, tokens, ownerIndex) === 'get-adsyncconnector' ? 'ad' : undefined;
  }
  if (owner.kind === TokenKind.Assign && text.slice(owner.start, owner.end) === '=') {
    const target = previousSignificant(tokens, ownerIndex);
    if (target >= 0 && tokens.kind(target) === TokenKind.Variable) return connectorGroupOfVariable(variableNameOf(text, tokens.at(target)!));
  }
  return undefined;
}

/**
 * Where a connector name goes, seen from the cursor: the argument of `-SourceConnector`,
 * `-TargetConnector` or Get-ADSyncConnector's `-Name`, or the value of a connector variable
 * (`$adConnector = "…"`), whether the user has typed a quote, part of a bare name, or nothing yet.
 */
export function connectorCompletionContext(text: string, tokens: TokenList, offset: number): ConnectorCompletionContext | undefined {
  const index = tokenIndexBefore(tokens, offset);
  if (index === -1) return undefined;
  const token = tokens.at(index)!;

  if (isStringToken(token)) {
    const unterminated = (token.flags & TokenFlags.Unterminated) !== 0;
    if (offset === token.end && !unterminated) return undefined;
    const group = groupForOwner(text, tokens, previousSignificant(tokens, index));
    if (!group) return undefined;
    const quote = token.kind === TokenKind.VerbatimString ? 'single' : 'double';
    const contentEnd = unterminated ? offset : token.end - 1;
    return { group, replaceStart: token.start + 1, replaceEnd: Math.max(offset, contentEnd), quote };
  }
  if (token.kind === TokenKind.Generic) {
    const group = groupForOwner(text, tokens, previousSignificant(tokens, index));
    return group ? { group, replaceStart: token.start, replaceEnd: token.end, quote: undefined } : undefined;
  }
  if (token.kind === TokenKind.Whitespace) {
    const group = groupForOwner(text, tokens, previousSignificant(tokens, index + 1));
    return group ? { group, replaceStart: offset, replaceEnd: offset, quote: undefined } : undefined;
  }
  if (offset === token.end && ((token.kind === TokenKind.Parameter && (token.flags & TokenFlags.ColonAfter) !== 0) || token.kind === TokenKind.Assign)) {
    const group = groupForOwner(text, tokens, index);
    return group ? { group, replaceStart: offset, replaceEnd: offset, quote: undefined } : undefined;
  }
  return undefined;
}

function escapeForQuote(name: string, quote: ConnectorCompletionContext['quote']): string {
  if (quote === 'single') return name.replace(/['\u2018\u2019\u201a\u201b]/g, (char) => char + char);
  if (quote === 'double') return doubleQuoted(name).slice(1, -1);
  return doubleQuoted(name);
}

/** Completion items for the configured connector names fitting the cursor's context. */
export function connectorCompletions(document: TextDocument, tokens: TokenList, offset: number, connectors: ConnectorNames, locale: Locale = 'en'): CompletionItem[] {
  const context = connectorCompletionContext(document.getText(), tokens, offset);
  if (!context) return [];
  const start = document.positionAt(context.replaceStart);
  let end = document.positionAt(context.replaceEnd);
  // A completion may only replace text on the cursor's line.
  if (end.line !== start.line) end = document.positionAt(offset);
  const detail = localize(context.group === 'ad' ? say.completionAd : say.completionAzureAd, locale);
  return connectors[context.group].map((name, rank) => ({
    label: name,
    kind: CompletionItemKind.Value,
    detail,
    sortText: String(rank).padStart(4, '0'),
    textEdit: { range: { start, end }, newText: escapeForQuote(name, context.quote) },
  }));
}
