import { TokenFlags, TokenKind } from '../../tokenizer/token';
import { expandedVariables, isPlainVariable, stringValueOf, variableName } from '../../tokenizer/tokenValue';
import { environmentLookup, memberLookup } from './connectorLookupShapes';
import type { ParseContext } from '../parseOutput';
import type { ParserState } from './parserState';
import type { TokenList } from '../../tokenizer/tokenList';
import type { NameTable } from '../../shared/nameTable';
import { TokenCursor } from './tokenCursor';
import { methodCallStep } from './steps';
import type { Expr } from '../types';

const NO_ARGUMENTS: readonly Expr[] = Object.freeze([]);
/** The path of a plain variable, and of a method called on it directly: one shared, frozen array. */
export const NO_PATH: readonly string[] = Object.freeze([]);

export interface HashtableEntry {
  /** Lower-cased. */
  key: string;
  keyStart: number;
  keyEnd: number;
  value: Expr;
}

type Context = ParseContext;

/**
 * Tokens that continue a command argument when nothing separates them from it. A dash word is
 * one of them: PowerShell reads `$false-Host` as the one argument "False-Host", not as `$false`
 * followed by a parameter.
 */
const GLUED_WORD_KINDS: ReadonlySet<TokenKind> = new Set([
  TokenKind.Generic,
  TokenKind.Variable,
  TokenKind.VerbatimString,
  TokenKind.ExpandableString,
  TokenKind.Number,
  TokenKind.Parameter,
]);

/**
 * What reading a value needs from the statement reader (Parser): script blocks, sub-expressions,
 * grouped pipelines and hashtable values hold statements.
 */
export interface StatementReader {
  /** The statements after an opener just stepped over, up to its `closer`. */
  parseStatementList(context: Context, closer: TokenKind): void;
  /** `{ … }` as a nested block; false when the next token is not `{`. */
  parseBlock(context: Context, loop?: number): boolean;
  /** The statement of the keyword at the current token, which is `keyword`. */
  parseKeywordStatement(keyword: string, context: Context): void;
  /** `element | element | …`, and the value of a one-element pipeline. */
  parsePipelineValue(context: Context): Expr;
}

/**
 * Values: command arguments, expressions, member access and method calls, arrays and hashtables.
 * It shares its ParserState (the position, the modes, the output) with the Parser that made it,
 * and asks that parser, as its StatementReader, for the statements a value holds.
 */
export class ExpressionParser extends TokenCursor {
  constructor(
    text: string,
    tokens: TokenList,
    names: NameTable,
    state: ParserState,
    private readonly statements: StatementReader,
  ) {
    super(text, tokens, names, state);
  }

  /** A command argument: a primary with postfix operators, or a comma-separated list of them. */
  parseCommandArgument(context: Context): Expr {
    const first = this.withGluedWords(this.parsePostfix(context, true));
    if (this.kindAt() !== TokenKind.Comma) return first;
    const items: Expr[] | undefined = this.state.valueWanted ? [first] : undefined;
    // Read now: an unwanted `first` is the shared span object, which the items below rewrite.
    const start = first.start;
    let end = first.end;
    while (this.kindAt() === TokenKind.Comma) {
      this.state.pos++;
      this.skipNewLines();
      if (this.atStatementEnd()) break;
      const item = this.withGluedWords(this.parsePostfix(context, true));
      items?.push(item);
      end = item.end;
    }
    return items === undefined ? this.state.unknownSpan(start, end) : { kind: 'array', items, start, end };
  }

  /**
   * In command mode, words written with no space between them are one argument: `$$name` is the
   * value of `$$` followed by the text "name", `"a"b` is "ab". Its value is then not statically
   * known, and its span must cover all of it, or a fix replacing it would leave the tail behind.
   */
  private withGluedWords(first: Expr): Expr {
    let end = first.end;
    while (this.state.pos < this.count) {
      if (this.startOf(this.state.pos) !== end || !GLUED_WORD_KINDS.has(this.kindOf(this.state.pos)!)) break;
      end = this.endOf(this.state.pos);
      this.state.pos++;
    }
    return end === first.end ? first : this.state.unknownSpan(first.start, end);
  }

  // ---- expressions ----

  /** An expression statement or value: comma lists and binary operators; a value we cannot fold is `unknown`. */
  parseExpression(context: Context): Expr {
    const start = this.startHere();
    const first = this.parseUnary(context);
    // Most expressions are one value; the list is made only when a comma follows.
    let items: Expr[] | undefined;
    let listed = false;
    let folded = true;
    while (!this.atStatementEnd()) {
      const kind = this.kindAt();
      if (kind === TokenKind.Comma) {
        this.state.pos++;
        this.skipNewLines();
        // `@(a, b,)`: a comma before the closer ends the list; the closer is the group's, not an item.
        if (this.atStatementEnd()) {
          folded = false;
          break;
        }
        listed = true;
        const item = this.parseUnary(context);
        if (this.state.valueWanted) (items ??= [first]).push(item);
      } else if (kind === TokenKind.Operator) {
        this.state.pos++;
        this.skipNewLines();
        folded = false;
        if (!this.atStatementEnd()) this.parseUnwanted(context);
      } else if (kind === TokenKind.Pipe || kind === TokenKind.Assign) {
        break;
      } else {
        // Something we do not model (e.g. a stray token): keep it in the expression.
        folded = false;
        const before = this.state.pos;
        this.parseUnwanted(context);
        if (this.state.pos === before) this.state.pos++;
      }
    }
    if (!folded || (listed && items === undefined)) return this.state.unknownSpan(start, this.lastEnd());
    return items === undefined ? first : { kind: 'array', items, start, end: this.lastEnd() };
  }

  /** A unary expression whose value is dropped (an operand: what an operator makes is not folded). */
  private parseUnwanted(context: Context): Expr {
    const outer = this.state.wantValue(false);
    const value = this.parseUnary(context);
    this.state.restoreValue(outer);
    return value;
  }

  private parseUnary(context: Context): Expr {
    const kind = this.kindAt();
    if (kind === undefined) return { kind: 'unknown', start: this.lastEnd(), end: this.lastEnd() };
    if (kind === TokenKind.Operator) {
      const start = this.startOf(this.state.pos);
      const end = this.endOf(this.state.pos);
      this.state.pos++;
      const operand = this.atStatementEnd() ? undefined : this.parseUnwanted(context);
      return this.state.unknownSpan(start, operand?.end ?? end);
    }
    if (kind === TokenKind.TypeLiteral && this.kindAt(1) !== TokenKind.ColonColon && this.kindAt(1) !== TokenKind.Dot) {
      // A cast: `[string]$x` has the value of `$x` for our purposes.
      const start = this.startOf(this.state.pos);
      const end = this.endOf(this.state.pos);
      this.state.pos++;
      if (this.atStatementEnd()) return this.state.unknownSpan(start, end);
      return this.parseUnary(context);
    }
    return this.parsePostfix(context, false);
  }

  /** A primary followed by `.Member`, `::Member`, `[index]` and `.Method(args)`. */
  private parsePostfix(context: Context, commandMode: boolean): Expr {
    const primaryAt = this.state.pos;
    const primary = this.parsePrimary(context, commandMode);
    // Most values have no member access, index or call after them: nothing more to build.
    if (!this.gluedPostfixFollows()) return primary;
    if (primary.kind === 'lookup' || primary.kind === 'command') {
      const member = this.lookupMember(primary);
      if (member) return member;
    }
    const start = primary.start;
    const baseVariable = primary.kind === 'variable' ? primary.name : undefined;
    // Only a variable's path is ever read (by its method calls and member value): other values
    // build none. The path is built on a stack shared by nested reads (a method's arguments have
    // paths of their own), and copied out only for a recorded call or a kept member value.
    const hasPath = baseVariable !== undefined;
    const state = this.state;
    const pathStack = state.pathStack;
    const pathBase = state.pathTop;
    // Whether the path so far has no method call and no computed name (an index `[]` may be in it).
    let plainPath = true;
    let hasComputedMember = false;
    // `[Type]::new(…)` is the one type member a value is made of; the name is read when it is met.
    let typeAt = this.kindOf(primaryAt) === TokenKind.TypeLiteral ? primaryAt : -1;
    // What the value is so far; only the final one is built, not one per step.
    let result: 'primary' | 'member' | 'unknown' = 'primary';
    let end = primary.end;
    let constructed: Expr | undefined;
    for (;;) {
      const kind = this.kindAt();
      if (kind === undefined || (this.flagsOf(this.state.pos) & TokenFlags.PrecededBySpace) !== 0) break;
      if ((kind === TokenKind.Dot || kind === TokenKind.ColonColon) && this.state.pos + 1 < this.count && (this.flagsOf(this.state.pos + 1) & TokenFlags.PrecededBySpace) === 0) {
        const memberAt = this.state.pos + 1;
        const memberKind = this.kindOf(memberAt)!;
        if (memberKind !== TokenKind.Identifier && memberKind !== TokenKind.Generic && memberKind !== TokenKind.Keyword) {
          // A dot with nothing after it on the line (`$null.`) ends the expression; the next line is a new statement.
          if (!isDynamicMemberStart(memberKind)) break;
          // `$c.$name` or `$c."Name"`: a member we cannot name.
          this.state.pos += 1;
          const outer = state.wantValue(false);
          end = this.parsePrimary(context, false).end;
          state.restoreValue(outer);
          result = 'unknown';
          constructed = undefined;
          if (hasPath) pathStack[state.pathTop++] = '?';
          plainPath = false;
          hasComputedMember = true;
          continue;
        }
        this.state.pos += 2;
        const memberName = hasPath || typeAt >= 0 ? this.lowerTextOf(memberAt) : '';
        if (this.kindAt() === TokenKind.LParen && (this.flagsOf(this.state.pos) & TokenFlags.PrecededBySpace) === 0) {
          this.state.pos++;
          const recorded = hasPath && !hasComputedMember;
          // A call on a variable a rule surely follows is built now; another is deferred, its
          // arguments read again if a rule follows its variable after all (see deferred).
          const buildNow = recorded && (state.buildsEveryStep || state.surelyFollowed.has(baseVariable!));
          const constructs = typeAt >= 0 && memberName === 'new' && kind === TokenKind.ColonColon;
          // A built call keeps its arguments; a constructor's are its value's.
          const outer = state.wantValue(buildNow || (constructs && state.valueWanted));
          const argsAt = this.state.pos;
          const args = this.parseArguments(context);
          state.restoreValue(outer);
          end = this.lastEnd();
          constructed = undefined;
          result = 'unknown';
          const out = state.out;
          if (constructs) {
            const typeName = typeLiteralName(this.text.slice(this.startOf(typeAt), this.endOf(typeAt)));
            constructed = { kind: 'new', typeName, args, start, end };
          } else if (buildNow) {
            const path = state.pathTop === pathBase ? NO_PATH : pathStack.slice(pathBase, state.pathTop);
            const methodCall = methodCallStep(baseVariable!, path, memberName, args, start, end, context);
            out.methodCalls.push(methodCall);
            out.steps.push(methodCall);
          } else if (recorded) {
            state.deferred.pushMethodCall(baseVariable!, pathStack, pathBase, state.pathTop, memberName, argsAt, start, end, context, state.nesting, out.steps.length, out.methodCalls.length);
          }
          if (hasPath) pathStack[state.pathTop++] = memberName + '()';
          plainPath = false;
          typeAt = -1;
          continue;
        }
        if (hasPath) pathStack[state.pathTop++] = memberName;
        typeAt = -1;
        end = this.endOf(memberAt);
        constructed = undefined;
        result = baseVariable !== undefined && plainPath ? 'member' : 'unknown';
        continue;
      }
      if (kind === TokenKind.LBracket) {
        this.skipBalanced();
        end = this.lastEnd();
        constructed = undefined;
        result = 'unknown';
        if (hasPath) pathStack[state.pathTop++] = '[]';
        continue;
      }
      break;
    }
    const path = result === 'member' && state.valueWanted ? pathStack.slice(pathBase, state.pathTop) : undefined;
    state.pathTop = pathBase;
    if (constructed) return constructed;
    if (path !== undefined) return { kind: 'member', variable: baseVariable!, path, start, end };
    if (result === 'member') return this.state.unknownSpan(start, end);
    return result === 'unknown' ? this.state.unknownSpan(start, end) : primary;
  }

  /**
   * `(Get-ADSyncConnector | …).Name`, `(Get-ADDomain).DNSRoot`: one plain member after a lookup or
   * a command, when memberLookup makes a lookup of it; else undefined, with nothing read.
   */
  private lookupMember(value: Expr): Expr | undefined {
    const memberAt = this.state.pos + 1;
    if (this.kindAt() !== TokenKind.Dot || memberAt >= this.count || (this.flagsOf(memberAt) & TokenFlags.PrecededBySpace) !== 0) return undefined;
    const memberKind = this.kindOf(memberAt);
    if (memberKind !== TokenKind.Identifier && memberKind !== TokenKind.Generic) return undefined;
    // A call, an index or a member after it makes some other value.
    const after = memberAt + 1;
    const afterKind = this.kindOf(after);
    const glued = afterKind !== undefined && (this.flagsOf(after) & TokenFlags.PrecededBySpace) === 0;
    if (glued && (afterKind === TokenKind.Dot || afterKind === TokenKind.ColonColon || afterKind === TokenKind.LBracket || afterKind === TokenKind.LParen)) return undefined;
    const end = this.endOf(memberAt);
    const lookup = memberLookup(value, this.lowerTextOf(memberAt), value.start, end, this.startOf(memberAt), end);
    if (!lookup) return undefined;
    this.state.pos = after;
    return { kind: 'lookup', lookup, start: value.start, end };
  }

  /** A `.`, `::` or `[` written directly after the value just read. */
  private gluedPostfixFollows(): boolean {
    const kind = this.kindAt();
    if (kind !== TokenKind.Dot && kind !== TokenKind.ColonColon && kind !== TokenKind.LBracket) return false;
    return (this.flagsOf(this.state.pos) & TokenFlags.PrecededBySpace) === 0;
  }

  /** `( a, b, c )` after a method name; calls without arguments share one empty list. */
  parseArguments(context: Context): readonly Expr[] {
    const openerAt = this.state.pos - 1;
    let args: Expr[] | undefined;
    this.skipNewLines();
    while (this.state.pos < this.count && this.kindAt() !== TokenKind.RParen) {
      const before = this.state.pos;
      const arg = this.parseArgumentExpression(context);
      if (this.state.valueWanted) (args ??= []).push(arg);
      this.skipNewLines();
      if (this.kindAt() === TokenKind.Comma) {
        this.state.pos++;
        this.skipNewLines();
      } else if (this.kindAt() !== TokenKind.RParen) {
        if (this.state.pos === before || this.atStatementEnd()) break;
      }
    }
    this.closeGroup(TokenKind.RParen, openerAt);
    return args ?? NO_ARGUMENTS;
  }

  /** One method argument: an expression that stops at `,` and `)`. */
  private parseArgumentExpression(context: Context): Expr {
    const start = this.startHere();
    const first = this.parseUnary(context);
    let folded = true;
    while (this.kindAt() === TokenKind.Operator) {
      this.state.pos++;
      this.skipNewLines();
      folded = false;
      if (this.kindAt() === TokenKind.RParen || this.kindAt() === TokenKind.Comma) break;
      this.parseUnwanted(context);
    }
    return folded ? first : { kind: 'unknown', start, end: this.lastEnd() };
  }

  private parsePrimary(context: Context, commandMode: boolean): Expr {
    // Read in place: a primary is the commonest thing parsed, and a token object each time adds up.
    const at = this.state.pos;
    if (at >= this.count) return { kind: 'unknown', start: this.lastEnd(), end: this.lastEnd() };
    const kind = this.kindOf(at)!;
    const start = this.startOf(at);
    const end = this.endOf(at);
    if (!this.state.valueWanted && kind !== TokenKind.Variable && kind < TokenKind.TypeLiteral) {
      // Words, strings and numbers hold no code: an unwanted one is only stepped over.
      this.state.pos++;
      return this.state.unknownSpan(start, end);
    }
    switch (kind) {
      case TokenKind.VerbatimString:
      case TokenKind.VerbatimHereString:
      case TokenKind.ExpandableString:
      case TokenKind.ExpandableHereString: {
        this.state.pos++;
        const value = stringValueOf(this.text, kind, start, end, this.flagsOf(at));
        if (value !== undefined) return { kind: 'string', value, start, end };
        return { kind: 'expandable', variables: expandedVariables(this.text, this.tokenAt(at)!), start, end };
      }
      case TokenKind.Generic:
      case TokenKind.Identifier:
      case TokenKind.Keyword: {
        this.state.pos++;
        const value = stringValueOf(this.text, kind, start, end, this.flagsOf(at));
        if (value !== undefined) return { kind: 'string', value, start, end };
        return { kind: 'expandable', variables: [], start, end };
      }
      case TokenKind.Parameter: {
        // Only reached for arguments after `--` or in expressions: `-Name` is then a string.
        this.state.pos++;
        return { kind: 'string', value: this.text.slice(start, end), start, end };
      }
      case TokenKind.Number: {
        this.state.pos++;
        const value = Number(this.text.slice(start, end));
        if (Number.isFinite(value)) return { kind: 'number', value, start, end };
        return commandMode ? { kind: 'string', value: this.text.slice(start, end), start, end } : { kind: 'unknown', start, end };
      }
      case TokenKind.Variable: {
        this.state.pos++;
        // An unwanted variable is still named when a member access follows: its method calls are recorded.
        if (!this.state.valueWanted && !this.gluedPostfixFollows()) return this.state.unknownSpan(start, end);
        const lower = this.variableAt(at, start, end);
        if (lower === undefined) {
          const { scope, name } = variableName(this.text, this.tokenAt(at)!);
          const lookup = environmentLookup(scope, name, start, end);
          return lookup ? { kind: 'lookup', lookup, start, end } : { kind: 'unknown', start, end };
        }
        if (lower === 'true' || lower === 'false') return { kind: 'boolean', value: lower === 'true', start, end };
        if (lower === 'null') return { kind: 'null', start, end };
        return { kind: 'variable', name: lower, start, end };
      }
      case TokenKind.AtParen:
      case TokenKind.LParen:
      case TokenKind.DollarParen:
      case TokenKind.AtCurly:
      case TokenKind.LCurly: {
        if (!this.enterGroup()) return { kind: 'unknown', start, end: this.lastEnd() };
        const value = this.parseGroupOf(kind, start, context);
        this.leaveGroup();
        return value;
      }
      case TokenKind.TypeLiteral: {
        this.state.pos++;
        return { kind: 'unknown', start, end };
      }
      case TokenKind.RParen:
      case TokenKind.RCurly:
        // A closer belongs to the group it closes: reading it as a value would leave that group
        // open and swallow the statements after it.
        return { kind: 'unknown', start: this.lastEnd(), end: this.lastEnd() };
      default:
        this.state.pos++;
        return { kind: 'unknown', start, end };
    }
  }

  /**
   * The lower-cased name of the variable token at `at`, or undefined when it is scoped to
   * something other than the script (`$env:X`, `$using:x`), which we cannot follow.
   */
  private variableAt(at: number, start: number, end: number): string | undefined {
    if (isPlainVariable(this.text, start, end)) return this.names.lower(this.text, start + 1, end);
    const { scope, name } = variableName(this.text, this.tokenAt(at)!);
    const lowerScope = scope?.toLowerCase();
    if (lowerScope === undefined || lowerScope === 'script' || lowerScope === 'global' || lowerScope === 'local') return name.toLowerCase();
    return undefined;
  }

  /** The value of the group opened at the current token, which is of kind `kind`. */
  private parseGroupOf(kind: TokenKind, start: number, context: Context): Expr {
    switch (kind) {
      case TokenKind.AtParen:
      case TokenKind.LParen:
        return this.parseGroup(context, kind === TokenKind.AtParen);
      case TokenKind.AtCurly:
        return this.parseHashtable(context);
      case TokenKind.DollarParen:
        this.state.pos++;
        this.statements.parseStatementList(context, TokenKind.RParen);
        return this.state.unknownSpan(start, this.lastEnd());
      default:
        this.statements.parseBlock(context);
        return this.state.unknownSpan(start, this.lastEnd());
    }
  }

  /** `( pipeline )` or `@( statements )`: the value of one statement, or the items of a list. */
  private parseGroup(context: Context, isArray: boolean): Expr {
    const openerAt = this.state.pos;
    const start = this.startOf(openerAt);
    this.state.pos++;
    const items: Expr[] = [];
    let folded = true;
    for (;;) {
      while (this.kindAt() === TokenKind.NewLine || this.kindAt() === TokenKind.Semicolon) this.state.pos++;
      if (this.state.pos >= this.count || this.kindAt() === TokenKind.RParen) break;
      if (this.kindAt() === TokenKind.RCurly) break;
      const before = this.state.pos;
      const enclosingStart = context.statementStart;
      context.statementStart = this.startOf(this.state.pos);
      if (this.kindAt() === TokenKind.Keyword) {
        this.statements.parseKeywordStatement(this.keywordAt(this.state.pos), context);
        folded = false;
      } else {
        const value = this.statements.parsePipelineValue(context);
        if (!this.state.valueWanted) folded = false;
        else if (value.kind === 'array' && isArray) items.push(...value.items);
        else items.push(value);
      }
      context.statementStart = enclosingStart;
      if (this.state.pos === before) this.state.pos++;
    }
    this.closeGroup(TokenKind.RParen, openerAt);
    const end = this.lastEnd();
    if (!folded) return this.state.unknownSpan(start, end);
    if (isArray) return { kind: 'array', items, start, end };
    // A command or a lookup is spanned with its parentheses, so that a fix replacing it keeps them balanced.
    if (items.length === 1) return items[0].kind === 'command' || items[0].kind === 'lookup' ? { ...items[0], start, end } : items[0];
    return { kind: 'unknown', start, end };
  }

  /** A hashtable key's literal text, or undefined when it is not a literal; the key is read either way. */
  private hashtableKey(context: Context): string | undefined {
    const kind = this.kindAt();
    if (!this.state.valueWanted) {
      // parsePrimary steps over an unwanted literal key as the literal branches below do.
      this.parsePrimary(context, false);
      return undefined;
    }
    switch (kind) {
      case TokenKind.Generic:
      case TokenKind.Identifier:
      case TokenKind.Keyword:
      case TokenKind.VerbatimString:
      case TokenKind.ExpandableString: {
        const value = stringValueOf(this.text, kind, this.startOf(this.state.pos), this.endOf(this.state.pos), this.flagsOf(this.state.pos));
        this.state.pos++;
        return value;
      }
      default: {
        const key = this.parsePrimary(context, false);
        return key.kind === 'string' ? key.value : undefined;
      }
    }
  }

  /** `@{ … }`: read for the steps in it; its entries are read again only if a known command splats it. */
  private parseHashtable(context: Context): Expr {
    const opener = this.state.pos;
    const start = this.startOf(opener);
    const outer = this.state.wantValue(false);
    this.readHashtable(context, undefined);
    this.state.restoreValue(outer);
    const end = this.lastEnd();
    return outer ? { kind: 'hashtable', opener, start, end } : this.state.unknownSpan(start, end);
  }

  /** The entries, with their values, of the hashtable whose `@{` is at `opener`. */
  hashtableEntries(opener: number): HashtableEntry[] {
    this.state.readFrom(opener, 0);
    const entries: HashtableEntry[] = [];
    this.readHashtable({ depth: 0, loop: undefined, statementStart: this.startOf(opener) }, entries);
    return entries;
  }

  /** Reads `@{ … }` from its opener at the current token, adding its entries to `entries` when given. */
  private readHashtable(context: Context, entries: HashtableEntry[] | undefined): void {
    const openerAt = this.state.pos;
    this.state.pos++;
    for (;;) {
      while (this.kindAt() === TokenKind.NewLine || this.kindAt() === TokenKind.Semicolon) this.state.pos++;
      const keyAt = this.state.pos;
      const keyKind = this.kindAt();
      if (keyKind === undefined || keyKind === TokenKind.RCurly) break;
      const before = this.state.pos;
      const key = this.hashtableKey(context);
      if (this.kindAt() === TokenKind.Assign) {
        this.state.pos++;
        this.skipNewLines();
        const enclosingStart = context.statementStart;
        context.statementStart = this.startOf(keyAt);
        const value = this.statements.parsePipelineValue(context);
        context.statementStart = enclosingStart;
        if (key !== undefined && entries !== undefined) entries.push({ key: key.toLowerCase(), keyStart: this.startOf(keyAt), keyEnd: this.endOf(keyAt), value });
      } else {
        while (!this.atStatementEnd()) this.state.pos++;
      }
      if (this.state.pos === before) this.state.pos++;
    }
    this.closeGroup(TokenKind.RCurly, openerAt);
  }
}

/** What may follow `.` as a computed member name: `$c.$name`, `$c."Name"`, `$c.($expr)`. */
function isDynamicMemberStart(kind: TokenKind): boolean {
  return (
    kind === TokenKind.Variable ||
    kind === TokenKind.VerbatimString ||
    kind === TokenKind.ExpandableString ||
    kind === TokenKind.LParen ||
    kind === TokenKind.DollarParen
  );
}

/** `[Microsoft.X.Y]` → `Microsoft.X.Y`. */
function typeLiteralName(text: string): string {
  return text.slice(1, text.endsWith(']') ? -1 : undefined).trim();
}
