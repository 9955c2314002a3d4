import { TokenFlags, TokenKind, type Token } from '../../tokenizer/token';
import { parameterName, stringValue, variableName } from '../../tokenizer/tokenValue';
import { pipedLookup } from './connectorLookupShapes';
import { DeferredKind, type DeferredPlace } from '../deferred/deferredSteps';
import { ExpressionParser, NO_PATH, type StatementReader } from './expressionParser';
import { ParserState } from './parserState';
import { TokenCursor } from './tokenCursor';
import { NameTable } from '../../shared/nameTable';
import type { TokenList } from '../../tokenizer/tokenList';
import { followSteps } from '../deferred/followedSteps';
import { assignmentStep, methodCallStep } from './steps';
import { GET_CONNECTOR, knownCommand, mayNameCommandIn, mayNameKnownCommand, nameSignatures, resolveParameterName } from './knownCommands';
import type { ParseContext, ParseOutput } from '../parseOutput';
import type { Assignment, CommandCall, Expr, Loop, MethodCall, ParameterUse } from '../types';

export type { ParseOutput } from '../parseOutput';

type Context = ParseContext;

const FOREACH_COMMANDS = new Set(['foreach-object', '%', 'foreach']);
const FOREACH_NAME_SIGNATURES = nameSignatures(FOREACH_COMMANDS);
/** Argument tokens that hold no code of their own (an expandable string's `$(…)` is not modelled). */
const PLAIN_ARGUMENT_KINDS: ReadonlySet<TokenKind> = new Set([
  TokenKind.Generic,
  TokenKind.VerbatimString,
  TokenKind.ExpandableString,
  TokenKind.VerbatimHereString,
  TokenKind.ExpandableHereString,
  TokenKind.Number,
  TokenKind.Variable,
]);
const STATEMENT_KEYWORDS_WITH_BODY = new Set([
  'if', 'elseif', 'else', 'while', 'for', 'switch', 'try', 'catch', 'finally', 'do', 'until', 'trap',
  'begin', 'process', 'end', 'dynamicparam', 'data', 'clean',
]);

/** `ADSync\Get-ADSyncConnector` → module `ADSync`, name `Get-ADSyncConnector`; a path is no module. */
function splitModule(written: string): { module: string | undefined; name: string } {
  const slash = written.lastIndexOf('\\');
  if (slash > 0 && !written.includes('/') && !written.startsWith('.')) return { module: written.slice(0, slash), name: written.slice(slash + 1) };
  return { module: undefined, name: written };
}

/**
 * A forgiving recursive-descent reader over the significant tokens. It understands statements,
 * pipelines, commands and the expressions the rules care about; anything else becomes `unknown`
 * and parsing resumes at the next statement, so half-typed scripts still give a useful model.
 */
export class Parser extends TokenCursor implements StatementReader {
  /** Reads values; it shares this parser's state and asks it for the statements a value holds. */
  private readonly values: ExpressionParser;

  /**
   * @param names The names read from the text, one string each (see NameTable): a parser that
   * reads parts of the same text again shares its table.
   */
  constructor(text: string, tokens: TokenList, names: NameTable = new NameTable()) {
    super(text, tokens, names, new ParserState(names));
    this.values = new ExpressionParser(text, tokens, names, this.state, this);
  }

  /** With `eager`, every step is built as it is read and none deferred (see buildsEveryStep). */
  parse(eager = false): ParseOutput {
    const state = this.state;
    state.buildsEveryStep = eager;
    // Scripts defer a step for every twenty-five or thirty significant tokens.
    state.deferred.reserve(16 + Math.ceil(this.count / 24));
    this.parseTopLevel();
    const out = state.out;
    out.unclosedFrom = state.unclosedFrom;
    state.retireUnwantedSpan();
    out.unfollowed = followSteps(out, state.deferred, (index) => this.buildDeferred(index));
    return out;
  }

  /** Reads deferred values and arguments again; a parser of its own, so that nothing it records reaches this one's output. */
  private reader: Parser | undefined;

  private buildDeferred(index: number): Assignment | MethodCall {
    const { kind, variable, method, path, place, start, end, targetStart, targetEnd, statementEnd } = this.state.deferred.entry(index);
    const { context } = place;
    const reader = (this.reader ??= new Parser(this.text, this.tokens, this.names));
    if (kind === DeferredKind.MethodCall) return methodCallStep(variable, path.length === 0 ? NO_PATH : path, method, reader.argumentsAgain(place), start, end, context);
    const value: Expr = place.readAt < 0 ? { kind: 'unknown', start: end, end } : reader.valueAgain(place);
    return assignmentStep(variable, NO_PATH, targetStart, targetEnd, value, this.text.slice(start, end), statementEnd, context);
  }

  /**
   * The value of a deferred assignment, read again as tryParseAssignment reads a value it keeps.
   * What this reading records was recorded by the first reading already, and is dropped.
   */
  valueAgain(place: DeferredPlace): Expr {
    const mark = this.startReadingAgain(place);
    const value = this.parsePipelineValue({ ...place.context });
    this.state.rollBackTo(mark);
    this.state.releaseMark(mark);
    return value;
  }

  /** The arguments of a deferred method call, read again as a recorded call's; see valueAgain. */
  argumentsAgain(place: DeferredPlace): readonly Expr[] {
    const mark = this.startReadingAgain(place);
    const args = this.values.parseArguments({ ...place.context });
    this.state.rollBackTo(mark);
    this.state.releaseMark(mark);
    return args;
  }

  private startReadingAgain(place: DeferredPlace): number {
    this.state.readFrom(place.readAt, place.nesting);
    return this.state.markOutput();
  }

  /** A method of its own for the same reason as the tokenizer's scan: a long loop V8 compiles while it runs. */
  private parseTopLevel(): void {
    const context: Context = { depth: 0, loop: undefined, statementStart: 0 };
    while (this.state.pos < this.count) {
      const before = this.state.pos;
      this.parseStatement(context);
      // Stray closers (`)` or `}` with no opener) must not stop the walk.
      if (this.state.pos === before) this.state.pos++;
    }
  }

  // ---- statements ----

  /** The statements after an opener just stepped over, up to its `closer`. */
  parseStatementList(context: Context, closer: TokenKind): void {
    const openerAt = this.state.pos - 1;
    while (this.state.pos < this.count && this.kindAt() !== closer) {
      const before = this.state.pos;
      this.parseStatement(context);
      if (this.state.pos === before) {
        if (this.kindAt() === closer) break;
        this.state.pos++;
      }
    }
    this.closeGroup(closer, openerAt);
  }

  /** Parses `{ ... }` as a nested block; returns false when the next token is not `{`. */
  parseBlock(context: Context, loop?: number): boolean {
    this.skipNewLines();
    if (this.kindAt() !== TokenKind.LCurly) return false;
    if (this.enterGroup()) {
      this.parseBlockBody(context, loop);
      this.leaveGroup();
    }
    return true;
  }

  /** The block's statements, one level deeper; the context is changed for them and put back, as parseStatement does. */
  private parseBlockBody(context: Context, loop: number | undefined): void {
    this.state.pos++;
    const depth = context.depth;
    const enclosingLoop = context.loop;
    context.depth = depth + 1;
    context.loop = loop ?? enclosingLoop;
    this.parseStatementList(context, TokenKind.RCurly);
    context.depth = depth;
    context.loop = enclosingLoop;
  }

  private parseStatement(context: Context): void {
    while (this.kindAt() === TokenKind.NewLine || this.kindAt() === TokenKind.Semicolon) this.state.pos++;
    const kind = this.kindAt();
    if (kind === undefined || kind === TokenKind.RCurly || kind === TokenKind.RParen) return;
    // The statement start is set for this statement and put back after it, rather than a context
    // object made for each statement: a sub-expression's statements share the context of the
    // statement around them, which must find its own start again when they are done.
    const enclosingStart = context.statementStart;
    context.statementStart = this.startOf(this.state.pos);
    this.parseStatementOfKind(kind, context);
    context.statementStart = enclosingStart;
  }

  private parseStatementOfKind(kind: TokenKind, context: Context): void {
    if (kind === TokenKind.Keyword) {
      this.parseKeywordStatement(this.keywordAt(this.state.pos), context);
      return;
    }
    if (kind === TokenKind.LCurly) {
      this.parseBlock(context);
      return;
    }
    if (kind === TokenKind.TypeLiteral && this.kindAt(1) === TokenKind.Keyword) {
      // `[CmdletBinding()] param(...)` and attributes before a statement.
      this.state.pos++;
      return;
    }
    this.parsePipeline(context);
    // `a && b`, `a || b` chain pipelines in one statement.
    while (this.isChainOperator(this.state.pos)) {
      this.state.pos++;
      this.skipNewLines();
      this.parsePipeline(context);
    }
  }

  parseKeywordStatement(keyword: string, context: Context): void {
    const keywordAt = this.state.pos;
    this.state.pos++;
    switch (keyword) {
      case 'function':
      case 'filter':
      case 'workflow':
        this.parseFunction(context);
        return;
      case 'foreach':
        this.parseForeach(keywordAt, context);
        return;
      case 'param':
        this.skipNewLines();
        if (this.kindAt() === TokenKind.LParen) this.parseParamBlock();
        return;
      case 'class':
      case 'enum':
        while (this.state.pos < this.count && this.kindAt() !== TokenKind.LCurly) this.state.pos++;
        this.skipBalanced();
        return;
      case 'using':
        while (!this.atStatementEnd()) this.state.pos++;
        return;
      case 'return':
      case 'throw':
      case 'exit':
      case 'break':
      case 'continue':
        if (!this.atStatementEnd()) this.parsePipeline(context);
        return;
    }
    if (STATEMENT_KEYWORDS_WITH_BODY.has(keyword)) {
      // Optional flags (`switch -regex`), an optional condition in parentheses, then a body.
      while (this.kindAt() === TokenKind.Parameter) this.state.pos++;
      if (keyword === 'catch') while (this.kindAt() === TokenKind.TypeLiteral || this.kindAt() === TokenKind.Comma) this.state.pos++;
      this.skipNewLines();
      if (this.kindAt() === TokenKind.LParen) {
        this.state.pos++;
        this.parseParenthesizedPipelines(context);
      }
      this.parseBlock(context);
      return;
    }
    // `in` or anything else out of place: read the rest as an ordinary pipeline.
    if (!this.atStatementEnd()) this.parsePipeline(context);
  }

  /** Inside `( … )` of a condition or `for`: statements separated by `;` until `)`. */
  private parseParenthesizedPipelines(context: Context): void {
    const openerAt = this.state.pos - 1;
    while (this.state.pos < this.count && this.kindAt() !== TokenKind.RParen) {
      const before = this.state.pos;
      this.skipNewLines();
      if (this.kindAt() === TokenKind.Semicolon) {
        this.state.pos++;
        continue;
      }
      if (this.kindAt() === TokenKind.RParen) break;
      this.parsePipeline(context);
      if (this.state.pos === before) this.state.pos++;
    }
    this.closeGroup(TokenKind.RParen, openerAt);
  }

  private parseFunction(context: Context): void {
    if (this.kindAt() === TokenKind.Generic || this.kindAt() === TokenKind.Identifier) this.state.pos++;
    this.skipNewLines();
    if (this.kindAt() === TokenKind.LParen) this.parseParamBlock();
    this.parseBlock(context);
  }

  /**
   * `param( [type]$a = default, $b )`: records each variable as a caller-supplied parameter, where
   * it is first bound (scripts declare the same names in function after function; the rules ask
   * only whether and from where a name is a parameter).
   */
  private parseParamBlock(): void {
    const open = this.state.pos;
    this.skipBalanced();
    const parameters = this.state.out.parameters;
    for (let i = open; i < this.state.pos; i++) {
      if (this.kindOf(i) !== TokenKind.Variable) continue;
      // Only the declared names: a variable directly followed by `=`, `,`, `)` or a newline.
      const next = this.kindOf(i + 1);
      if (next === TokenKind.Assign || next === TokenKind.Comma || next === TokenKind.RParen || next === TokenKind.NewLine) {
        const variable = this.variableNameAt(i);
        // An entry taken back with a piped expression read again (see parsePipelineValue) is gone from the list.
        const recorded = this.parameterAt.get(variable);
        if (recorded !== undefined && recorded < parameters.length && parameters[recorded].variable === variable) continue;
        this.parameterAt.set(variable, parameters.length);
        parameters.push({ variable, start: this.startOf(i), end: this.endOf(i) });
      }
    }
  }

  /** Where each parameter name sits in the output's parameter list. */
  private readonly parameterAt = new Map<string, number>();

  private parseForeach(keywordAt: number, context: Context): void {
    while (this.kindAt() === TokenKind.Parameter) this.state.pos++;
    this.skipNewLines();
    if (this.kindAt() !== TokenKind.LParen) return;
    this.state.pos++;
    this.skipNewLines();
    let variable: string | undefined;
    if (this.kindAt() === TokenKind.Variable) {
      variable = this.variableNameAt(this.state.pos);
      this.state.pos++;
    }
    this.skipNewLines();
    let collection: Expr | undefined;
    if (this.isKeyword(this.peek(), 'in') || (this.peek() && this.lowerText(this.peek()!) === 'in')) {
      this.state.pos++;
      this.skipNewLines();
      collection = this.parseWanted(context, 'pipeline');
    }
    while (this.state.pos < this.count && this.kindAt() !== TokenKind.RParen && this.kindAt() !== TokenKind.LCurly) this.state.pos++;
    if (this.kindAt() === TokenKind.RParen) this.state.pos++;
    const loops = this.state.out.loops;
    const loopIndex = loops.length;
    const loop: Loop = { variable, collection, start: this.startOf(keywordAt), end: this.endOf(keywordAt) };
    loops.push(loop);
    this.parseBlock(context, loopIndex);
    loop.end = this.lastEnd();
  }

  // ---- pipelines ----

  /** A pipeline whose value is dropped: a statement, a condition, what `return` or `throw` gives. */
  private parsePipeline(context: Context): void {
    const outer = this.state.wantValue(false);
    this.parsePipelineValue(context);
    this.state.restoreValue(outer);
  }

  /** A value that the model keeps: an assignment's, a known command's argument, a loop's collection. */
  private parseWanted(context: Context, parse: 'pipeline' | 'argument'): Expr {
    const outer = this.state.wantValue(true);
    const value = parse === 'pipeline' ? this.parsePipelineValue(context) : this.values.parseCommandArgument(context);
    this.state.restoreValue(outer);
    return value;
  }

  /** Parses `element | element | …` and returns the value of a one-element pipeline. */
  parsePipelineValue(context: Context): Expr {
    const state = this.state;
    let previous: Expr | undefined;
    let value: Expr | undefined;
    const start = this.startHere();
    let elements = 0;
    for (;;) {
      const elementAt = state.pos;
      const mark = state.markOutput();
      let element = this.parsePipelineElement(context, previous);
      // Only an expression is read again, so that is asked first: for a command, unknownCommandValue has already looked past the pipe.
      if (!state.valueWanted && this.kindAt() === TokenKind.Pipe && !this.isCommandElement(elementAt, previous) && this.pipesIntoForEach()) {
        // What a pipe passes on to ForEach-Object is its loop's collection: an expression read
        // for its span alone is read again, this time for its value, and what the first reading
        // recorded is taken back so that nothing is recorded twice.
        state.rollBackTo(mark);
        state.pos = elementAt;
        const outer = state.startRereading();
        element = this.parsePipelineElement(context, previous);
        state.stopRereading(outer);
      }
      state.releaseMark(mark);
      elements++;
      value = element;
      if (this.kindAt() !== TokenKind.Pipe) break;
      this.state.pos++;
      this.skipNewLines();
      previous = element;
      if (this.atStatementEnd()) break;
    }
    // A lookup's value is its pipeline's: it starts at the Get-ADSyncConnector it filters.
    if (value && (elements === 1 || value.kind === 'lookup')) return value;
    return { kind: 'unknown', start, end: this.lastEnd() };
  }

  /**
   * The entries of the hashtable whose `@{` is at `opener`, read with a parser of their own the
   * first time a known command splats it, and shared by every later splat of it.
   */
  private splattedEntries(opener: number): Map<string, Expr> {
    let entries = this.splatEntries.get(opener);
    if (entries === undefined) {
      entries = new Map(new Parser(this.text, this.tokens, this.names).values.hashtableEntries(opener).map((entry) => [entry.key, entry.value]));
      this.splatEntries.set(opener, entries);
    }
    return entries;
  }

  private readonly splatEntries = new Map<number, Map<string, Expr>>();

  /** Whether the pipe at the current token leads into ForEach-Object (or `%`, `foreach`). */
  private pipesIntoForEach(): boolean {
    let next = this.state.pos + 1;
    while (this.kindOf(next) === TokenKind.NewLine) next++;
    // As parseCommand reads a name: after `&` or `.`, and written as a word or a string.
    if (this.kindOf(next) === TokenKind.Ampersand || this.kindOf(next) === TokenKind.Dot) next++;
    const kind = this.kindOf(next);
    const named = kind === TokenKind.Generic || kind === TokenKind.Keyword || kind === TokenKind.VerbatimString || kind === TokenKind.ExpandableString;
    return named && this.isForEachCommand(next);
  }

  /** Whether the pipeline element at `at` is read as a command (its value is then a call or unknown). */
  private isCommandElement(at: number, input: Expr | undefined): boolean {
    const saved = this.state.pos;
    this.state.pos = at;
    const kind = this.kindAt();
    const isCommand = kind !== undefined && (this.startsCommand(kind) || (input !== undefined && kind === TokenKind.Keyword));
    this.state.pos = saved;
    return isCommand;
  }

  private parsePipelineElement(context: Context, input: Expr | undefined): Expr {
    const kind = this.kindAt();
    if (kind === undefined) return { kind: 'unknown', start: this.lastEnd(), end: this.lastEnd() };
    // PowerShell allows an assignment only as a pipeline's first element (`a | $c = b` is an error).
    const assigned = input === undefined && (kind === TokenKind.Variable || kind === TokenKind.TypeLiteral) ? this.tryParseAssignment(context) : undefined;
    if (assigned) return assigned;
    // After a pipe, `foreach` is the ForEach-Object alias, not the keyword.
    if (this.startsCommand(kind) || (input !== undefined && kind === TokenKind.Keyword)) return this.parseCommand(context, input);
    return this.values.parseExpression(context);
  }

  private startsCommand(kind: TokenKind): boolean {
    switch (kind) {
      case TokenKind.Generic:
      case TokenKind.Ampersand:
        return true;
      case TokenKind.Dot:
        // Dot-sourcing: `. .\file.ps1` — a dot followed by whitespace at command position.
        return this.state.pos + 1 < this.count && (this.flagsOf(this.state.pos + 1) & TokenFlags.PrecededBySpace) !== 0;
      default:
        return false;
    }
  }

  /**
   * `$x = …`, `$x.Prop = …`, `[type]$x = …`: returns the assigned value, or undefined (position
   * unchanged) when this is not an assignment.
   */
  private tryParseAssignment(context: Context): Expr | undefined {
    let i = this.state.pos;
    while (this.kindOf(i) === TokenKind.TypeLiteral) i++;
    if (this.kindOf(i) !== TokenKind.Variable) return undefined;
    const targetAt = i;
    i++;
    // Most statements are not assignments: find the `=` before building the member path.
    let pathEnd = i;
    for (;;) {
      const kind = this.kindOf(pathEnd);
      if (kind === TokenKind.Dot && (this.kindOf(pathEnd + 1) === TokenKind.Identifier || this.kindOf(pathEnd + 1) === TokenKind.Generic)) {
        pathEnd += 2;
      } else if (kind === TokenKind.LBracket) {
        pathEnd = this.afterBrackets(pathEnd);
      } else break;
    }
    if (this.kindOf(pathEnd) !== TokenKind.Assign) return undefined;
    // Most assignments are to a plain variable: they share one empty path.
    let path = NO_PATH;
    if (i < pathEnd) {
      const parts: string[] = [];
      while (i < pathEnd) {
        if (this.kindOf(i) === TokenKind.Dot) {
          parts.push(this.lowerTextOf(i + 1));
          i += 2;
        } else {
          i = this.afterBrackets(i);
          parts.push('[]');
        }
      }
      path = parts;
    }
    const targetStart = this.startOf(targetAt);
    const variable = this.variableNameAt(targetAt);
    const operatorAt = i;
    const operatorEnd = this.endOf(operatorAt);
    const targetEnd = this.endOf(i - 1);
    this.state.pos = i + 1;
    this.skipNewLines();
    // An assignment statement's own value is dropped; one used as a value (`(… = …)` in a
    // kept argument) is built now, and so is one to a variable a rule surely follows, or one that
    // plainly starts with a known command or a constructor, which deferAssignment would only read
    // twice.
    const state = this.state;
    if (path.length === 0 && !state.valueWanted && !state.buildsEveryStep && !this.startsKnownValue() && !state.surelyFollowed.has(variable)) {
      const value = this.deferAssignment(context, variable, operatorAt, targetStart, targetEnd);
      if (value !== undefined) return value;
    }
    const value = this.atStatementEnd() ? ({ kind: 'unknown', start: operatorEnd, end: operatorEnd } as Expr) : this.parseWanted(context, 'pipeline');
    const assignment = assignmentStep(variable, path, targetStart, targetEnd, value, this.text.slice(this.startOf(operatorAt), operatorEnd), this.lastEnd(), context);
    // Kept by its place: most hashtables are never splatted, so entries are read on use.
    if (path.length === 0 && value.kind === 'hashtable') state.keepHashtable(variable, value);
    state.out.assignments.push(assignment);
    state.out.steps.push(assignment);
    // Every assignment built whole is followed (see followSteps).
    state.surelyFollowed.add(variable);
    return value;
  }

  /** Whether the value at the current token starts with a word that may name a known command, or with `[Type]::`. */
  private startsKnownValue(): boolean {
    const kind = this.kindAt();
    if (kind === TokenKind.Generic) return mayNameKnownCommand(this.text, this.startOf(this.state.pos), this.endOf(this.state.pos));
    return kind === TokenKind.TypeLiteral && this.kindAt(1) === TokenKind.ColonColon;
  }

  /**
   * Reads a plain assignment's value for its span alone and defers the assignment (see
   * DeferredSteps): whether a rule follows its variable is known only once the whole script
   * is read. Returns undefined, with the position, the output and the splattable hashtables as
   * they were, for an assignment to build now: one whose value holds a known command or
   * constructs an object, which the rules read whatever the variable.
   */
  private deferAssignment(context: Context, variable: string, operatorAt: number, targetStart: number, targetEnd: number): Expr | undefined {
    const state = this.state;
    const out = state.out;
    const valueAt = state.pos;
    const mark = state.markOutput();
    const empty = this.atStatementEnd();
    const commands = out.commands.length;
    const hashtablesLogged = state.startDeferring();
    // A hashtable's value is read as one, so that its variable can be splatted.
    const value = empty ? state.unknownSpan(this.endOf(operatorAt), this.endOf(operatorAt)) : this.kindAt() === TokenKind.AtCurly ? this.parseWanted(context, 'pipeline') : this.parsePipelineValue(context);
    state.stopDeferring();
    const buildNow = out.commands.length > commands || value.kind === 'new';
    if (buildNow) {
      state.rollBackTo(mark);
      state.undoHashtables(hashtablesLogged);
      state.pos = valueAt;
    }
    state.releaseMark(mark);
    if (buildNow) return undefined;
    state.settleDeferring();
    if (value.kind === 'hashtable') state.keepHashtable(variable, value);
    state.deferred.pushAssignment(variable, empty ? -1 : valueAt, this.startOf(operatorAt), this.endOf(operatorAt), targetStart, targetEnd, context, this.lastEnd(), state.nesting, out.steps.length, out.assignments.length);
    return value;
  }

  /** The position after the `]` closing the `[` at `at` (or the end of the stream). */
  private afterBrackets(at: number): number {
    let depth = 0;
    let i = at;
    for (; i < this.count; i++) {
      const kind = this.kindOf(i);
      if (kind === TokenKind.LBracket) depth++;
      else if (kind === TokenKind.RBracket && --depth === 0) break;
    }
    return i + 1;
  }

  // ---- commands ----

  private parseCommand(context: Context, input: Expr | undefined): Expr {
    const commandStart = this.startOf(this.state.pos);
    const firstEnd = this.endOf(this.state.pos);
    const startKind = this.kindAt();
    if (startKind === TokenKind.Ampersand || startKind === TokenKind.Dot) this.state.pos++;
    if (this.atStatementEnd()) return { kind: 'unknown', start: commandStart, end: firstEnd };

    // Only the commands the rules know are recorded. The others are still read, for the blocks and
    // sub-expressions in their arguments, but leave no trace: in a large script they would be most
    // of the model, for the garbage collector to move on every lint.
    const nameKind = this.kindAt();
    const isWord = nameKind === TokenKind.Generic || nameKind === TokenKind.Keyword;
    if (isWord && !mayNameKnownCommand(this.text, this.startOf(this.state.pos), this.endOf(this.state.pos))) {
      const nameAt = this.state.pos++;
      // Asked only of a command piped from Get-ADSyncConnector or a lookup, which few scripts have.
      const lookup = input !== undefined && ((input.kind === 'command' && input.call.lowerName === GET_CONNECTOR) || input.kind === 'lookup') ? this.pipedLookup(input, nameAt) : undefined;
      this.skipCommandArguments(context, input, nameAt);
      return lookup ?? this.unknownCommandValue(commandStart);
    }
    const nameAt = this.state.pos;
    const nameToken = this.peek()!;
    let written: string;
    if (isWord || nameToken.kind === TokenKind.VerbatimString || nameToken.kind === TokenKind.ExpandableString) {
      written = stringValue(this.text, nameToken) ?? this.textOf(nameToken);
      this.state.pos++;
    } else {
      // `& $scriptBlock` or `& (Get-Command x)`: the command is not known by name.
      this.parseUnwantedArgument(context);
      written = '';
    }
    const { module, name } = splitModule(written);
    const lowerName = name.toLowerCase();
    if (knownCommand(lowerName) === undefined) {
      this.skipCommandArguments(context, input, written === '' ? undefined : nameAt);
      return this.unknownCommandValue(commandStart);
    }
    const call: CommandCall = {
      step: 'command',
      written: name,
      lowerName,
      module,
      nameStart: nameToken.start,
      nameEnd: nameToken.end,
      start: commandStart,
      end: nameToken.end,
      parameters: [],
      positional: [],
      splats: [],
      hasVerbatimArguments: false,
      statementStart: context.statementStart,
      statementEnd: nameToken.end,
      depth: context.depth,
      loop: context.loop,
    };

    let endOfParameters = false;
    while (!this.atStatementEnd() && this.kindAt() !== TokenKind.Pipe) {
      const token = this.peek()!;
      if (token.kind === TokenKind.StopParsing) {
        call.hasVerbatimArguments = true;
        this.state.pos++;
        continue;
      }
      if (token.kind === TokenKind.EndOfParameters) {
        endOfParameters = true;
        this.state.pos++;
        continue;
      }
      if (token.kind === TokenKind.Parameter && !endOfParameters) {
        this.state.pos++;
        call.parameters.push(this.parseParameterUse(call, token, context));
        continue;
      }
      if (token.kind === TokenKind.SplattedVariable) {
        this.state.pos++;
        const variable = variableName(this.text, token).name.toLowerCase();
        const hashtable = this.state.hashtables.get(variable);
        const entries = hashtable && this.splattedEntries(hashtable.opener);
        call.splats.push({ variable, start: token.start, end: token.end, entries });
        continue;
      }
      const before = this.state.pos;
      call.positional.push(this.parseWanted(context, 'argument'));
      if (this.state.pos === before) this.state.pos++;
    }
    call.end = this.lastEnd();
    call.statementEnd = call.end;
    this.state.out.commands.push(call);
    this.state.out.steps.push(call);
    return { kind: 'command', call, start: call.start, end: call.end };
  }

  /**
   * `Get-ADSyncConnector | Where-Object { $_.Type -eq "AD" }` and the like: the lookup the
   * command at `nameAt` makes of its input, read ahead without moving (see pipedLookup); its end
   * is where skipCommandArguments stops, as the shape it recognises is all of the arguments.
   */
  private pipedLookup(input: Expr, nameAt: number): Expr | undefined {
    const nameToken = this.tokenAt(nameAt)!;
    const lookup = pipedLookup(this.text, this.tokens, input, nameAt, stringValue(this.text, nameToken) ?? this.textOf(nameToken));
    return lookup && { kind: 'lookup', lookup, start: lookup.start, end: lookup.end };
  }

  /**
   * What a command no rule reads gives. Piped on, it is the next command's input (a
   * ForEach-Object loop's collection), which a loop keeps; else it is kept only when wanted.
   */
  private unknownCommandValue(commandStart: number): Expr {
    if (this.kindAt() === TokenKind.Pipe && this.pipesIntoForEach()) return { kind: 'unknown', start: commandStart, end: this.lastEnd() };
    return this.state.unknownSpan(commandStart, this.lastEnd());
  }

  /**
   * The arguments of a command no rule reads: only what can hold statements is parsed (script
   * blocks, sub-expressions, groups, member calls); a `ForEach-Object` block becomes a loop over
   * the pipeline's input.
   */
  private skipCommandArguments(context: Context, input: Expr | undefined, nameAt: number | undefined): void {
    while (!this.atStatementEnd() && this.kindAt() !== TokenKind.Pipe) {
      if (this.skipPlainArgument()) continue;
      const kind = this.kindAt();
      if (kind === TokenKind.StopParsing || kind === TokenKind.EndOfParameters || kind === TokenKind.SplattedVariable) {
        this.state.pos++;
        continue;
      }
      if (kind === TokenKind.LCurly && input && nameAt !== undefined && this.isForEachCommand(nameAt)) {
        const loops = this.state.out.loops;
        const loopIndex = loops.length;
        const loop: Loop = { variable: '_', collection: this.state.keptValue(input), start: this.startOf(this.state.pos), end: this.endOf(this.state.pos) };
        loops.push(loop);
        this.parseBlock(context, loopIndex);
        loop.end = this.lastEnd();
        continue;
      }
      const before = this.state.pos;
      this.parseUnwantedArgument(context);
      if (this.state.pos === before) this.state.pos++;
    }
  }

  private parseUnwantedArgument(context: Context): void {
    const outer = this.state.wantValue(false);
    this.values.parseCommandArgument(context);
    this.state.restoreValue(outer);
  }

  private isForEachCommand(nameAt: number): boolean {
    // Most commands given a block are Where-Object and the like; their names need not be read.
    const start = this.startOf(nameAt);
    if (!mayNameCommandIn(this.text, start, this.endOf(nameAt), FOREACH_NAME_SIGNATURES)) return false;
    // A one-character name is `%` or not ForEach-Object at all (`?`, Where-Object, is the usual one).
    if (this.endOf(nameAt) - start === 1) return this.text.charCodeAt(start) === 0x25;
    const nameToken = this.tokenAt(nameAt)!;
    const written = stringValue(this.text, nameToken) ?? this.textOf(nameToken);
    return FOREACH_COMMANDS.has(splitModule(written).name.toLowerCase());
  }

  /**
   * For a command no rule reads: steps over a parameter name, or a word, string,
   * number or variable that stands alone (nothing glued to it, no `,` list), since none of them
   * can hold a statement, a block or a method call. Anything else is left to be parsed.
   */
  private skipPlainArgument(): boolean {
    const kind = this.kindAt();
    if (kind === TokenKind.Parameter) {
      this.state.pos++;
      return true;
    }
    if (kind === undefined || !PLAIN_ARGUMENT_KINDS.has(kind)) return false;
    const next = this.state.pos + 1;
    const nextKind = this.kindOf(next);
    const standsAlone =
      nextKind === undefined ||
      (nextKind !== TokenKind.Comma &&
        ((this.flagsOf(next) & TokenFlags.PrecededBySpace) !== 0 ||
          nextKind === TokenKind.NewLine ||
          nextKind === TokenKind.Semicolon ||
          nextKind === TokenKind.Pipe ||
          nextKind === TokenKind.RParen ||
          nextKind === TokenKind.RCurly));
    if (standsAlone) this.state.pos++;
    return standsAlone;
  }

  private parseParameterUse(call: CommandCall, token: Token, context: Context): ParameterUse {
    const written = parameterName(this.text, token);
    const resolved = resolveParameterName(call.lowerName, written);
    const use: ParameterUse = { written, name: resolved.name, start: token.start, end: token.end, value: undefined };
    const takesValue = (token.flags & TokenFlags.ColonAfter) !== 0 || !resolved.isSwitch;
    if (takesValue && !this.atStatementEnd() && this.kindAt() !== TokenKind.Pipe && this.kindAt() !== TokenKind.Parameter) {
      use.value = this.parseWanted(context, 'argument');
    } else if ((token.flags & TokenFlags.ColonAfter) !== 0 && this.kindAt() === TokenKind.Parameter) {
      // `-A: -B:"x"`: PowerShell binds the dash word as the argument; what it means is not worth guessing.
      const valueToken = this.peek()!;
      this.state.pos++;
      use.value = { kind: 'unknown', start: valueToken.start, end: valueToken.end };
    }
    return use;
  }
}
