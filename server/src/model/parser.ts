import { TokenFlags, TokenKind, type Token } from '../tokenizer/token';
import { expandedVariables, parameterName, stringValue, variableName } from '../tokenizer/tokenValue';
import { resolveParameterName } from './knownCommands';
import type { Assignment, CommandCall, Expr, Loop, MethodCall, ParameterUse, Step } from './types';

/** What the parser collects; the model builder adds the text helpers around it. */
export interface ParseOutput {
  steps: Step[];
  commands: CommandCall[];
  assignments: Assignment[];
  methodCalls: MethodCall[];
  loops: Loop[];
  parameters: { variable: string; start: number; end: number }[];
}

interface Context {
  depth: number;
  loop: number | undefined;
  statementStart: number;
}

const FOREACH_COMMANDS = new Set(['foreach-object', '%', 'foreach']);
/** Deeper bracket nesting than any real script has; beyond it groups are skipped, not parsed. */
const MAX_NESTING = 200;
/** Tokens that continue a command argument when nothing separates them from it. */
const GLUED_WORD_KINDS: ReadonlySet<TokenKind> = new Set([TokenKind.Generic, TokenKind.Variable, TokenKind.VerbatimString, TokenKind.ExpandableString, TokenKind.Number]);
const STATEMENT_KEYWORDS_WITH_BODY = new Set([
  'if', 'elseif', 'else', 'while', 'for', 'switch', 'try', 'catch', 'finally', 'do', 'until', 'trap',
  'begin', 'process', 'end', 'dynamicparam', 'data', 'clean',
]);

/**
 * A forgiving recursive-descent reader over the significant tokens. It understands statements,
 * pipelines, commands and the expressions the rules care about; anything else becomes `unknown`
 * and parsing resumes at the next statement, so half-typed scripts still give a useful model.
 */
export class Parser {
  private readonly toks: Token[];
  /** Brackets open around the current position, to bound the recursion (see `nested`). */
  private nesting = 0;
  private pos = 0;
  private readonly out: ParseOutput = { steps: [], commands: [], assignments: [], methodCalls: [], loops: [], parameters: [] };
  /** Hashtables assigned to variables, for splatting: `$p = @{...}; Cmd @p`. */
  private readonly hashtables = new Map<string, Map<string, Expr>>();

  constructor(private readonly text: string, tokens: readonly Token[]) {
    this.toks = [];
    for (const token of tokens) {
      const kind = token.kind;
      if (kind === TokenKind.NewLine || kind > TokenKind.BlockComment) this.toks.push(token);
    }
  }

  parse(): ParseOutput {
    const context: Context = { depth: 0, loop: undefined, statementStart: 0 };
    while (this.pos < this.toks.length) {
      const before = this.pos;
      this.parseStatement(context);
      // Stray closers (`)` or `}` with no opener) must not stop the walk.
      if (this.pos === before) this.pos++;
    }
    return this.out;
  }

  // ---- token helpers ----

  private peek(offset = 0): Token | undefined {
    return this.toks[this.pos + offset];
  }

  private kindAt(offset = 0): TokenKind | undefined {
    return this.toks[this.pos + offset]?.kind;
  }

  private textOf(token: Token): string {
    return this.text.slice(token.start, token.end);
  }

  private lowerText(token: Token): string {
    return this.textOf(token).toLowerCase();
  }

  private isKeyword(token: Token | undefined, word: string): boolean {
    return token !== undefined && token.kind === TokenKind.Keyword && this.lowerText(token) === word;
  }

  private lastEnd(): number {
    const previous = this.toks[this.pos - 1];
    return previous ? previous.end : 0;
  }

  private skipNewLines(): void {
    while (this.kindAt() === TokenKind.NewLine) this.pos++;
  }

  private atStatementEnd(): boolean {
    const kind = this.kindAt();
    if (kind === undefined) return true;
    if (kind === TokenKind.NewLine || kind === TokenKind.Semicolon || kind === TokenKind.RCurly || kind === TokenKind.RParen) return true;
    if (kind === TokenKind.Operator) {
      const op = this.textOf(this.peek()!);
      return op === '&&' || op === '||';
    }
    return false;
  }

  /**
   * Parses a bracketed group, recursively, up to MAX_NESTING deep; deeper groups (never seen in a
   * real script, but 10,000 nested `$(` would overflow the stack) are skipped as unknown values.
   */
  private nested(start: number, parse: () => Expr): Expr {
    if (this.nesting >= MAX_NESTING) {
      this.skipBalanced();
      return { kind: 'unknown', start, end: this.lastEnd() };
    }
    this.nesting++;
    try {
      return parse();
    } finally {
      this.nesting--;
    }
  }

  /** Skips a balanced group starting at an opener, for constructs the rules never look inside. */
  private skipBalanced(): void {
    let depth = 0;
    while (this.pos < this.toks.length) {
      const kind = this.toks[this.pos].kind;
      if (isOpener(kind)) depth++;
      else if (kind === TokenKind.RParen || kind === TokenKind.RCurly || kind === TokenKind.RBracket) depth--;
      this.pos++;
      if (depth <= 0) return;
    }
  }

  // ---- statements ----

  private parseStatementList(context: Context, closer: TokenKind): void {
    while (this.pos < this.toks.length && this.kindAt() !== closer) {
      const before = this.pos;
      this.parseStatement(context);
      if (this.pos === before) {
        if (this.kindAt() === closer) break;
        this.pos++;
      }
    }
    if (this.kindAt() === closer) this.pos++;
  }

  /** Parses `{ ... }` as a nested block; returns false when the next token is not `{`. */
  private parseBlock(context: Context, loop?: number): boolean {
    this.skipNewLines();
    if (this.kindAt() !== TokenKind.LCurly) return false;
    if (this.nesting >= MAX_NESTING) {
      this.skipBalanced();
      return true;
    }
    this.nesting++;
    try {
      this.parseBlockBody(context, loop);
    } finally {
      this.nesting--;
    }
    return true;
  }

  private parseBlockBody(context: Context, loop: number | undefined): void {
    this.pos++;
    this.parseStatementList({ depth: context.depth + 1, loop: loop ?? context.loop, statementStart: context.statementStart }, TokenKind.RCurly);
  }

  private parseStatement(outer: Context): void {
    while (this.kindAt() === TokenKind.NewLine || this.kindAt() === TokenKind.Semicolon) this.pos++;
    const first = this.peek();
    if (!first || first.kind === TokenKind.RCurly || first.kind === TokenKind.RParen) return;
    const context: Context = { ...outer, statementStart: first.start };

    if (first.kind === TokenKind.Keyword) {
      this.parseKeywordStatement(this.lowerText(first), context);
      return;
    }
    if (first.kind === TokenKind.LCurly) {
      this.parseBlock(context);
      return;
    }
    if (first.kind === TokenKind.TypeLiteral && this.kindAt(1) === TokenKind.Keyword) {
      // `[CmdletBinding()] param(...)` and attributes before a statement.
      this.pos++;
      return;
    }
    this.parsePipeline(context);
    // `a && b`, `a || b` chain pipelines in one statement.
    while (this.kindAt() === TokenKind.Operator && ['&&', '||'].includes(this.textOf(this.peek()!))) {
      this.pos++;
      this.skipNewLines();
      this.parsePipeline(context);
    }
  }

  private parseKeywordStatement(keyword: string, context: Context): void {
    const keywordToken = this.peek()!;
    this.pos++;
    switch (keyword) {
      case 'function':
      case 'filter':
      case 'workflow':
        this.parseFunction(context);
        return;
      case 'foreach':
        this.parseForeach(keywordToken, context);
        return;
      case 'param':
        this.skipNewLines();
        if (this.kindAt() === TokenKind.LParen) this.parseParamBlock();
        return;
      case 'class':
      case 'enum':
        while (this.pos < this.toks.length && this.kindAt() !== TokenKind.LCurly) this.pos++;
        this.skipBalanced();
        return;
      case 'using':
        while (!this.atStatementEnd()) this.pos++;
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
      while (this.kindAt() === TokenKind.Parameter) this.pos++;
      if (keyword === 'catch') while (this.kindAt() === TokenKind.TypeLiteral || this.kindAt() === TokenKind.Comma) this.pos++;
      this.skipNewLines();
      if (this.kindAt() === TokenKind.LParen) {
        this.pos++;
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
    while (this.pos < this.toks.length && this.kindAt() !== TokenKind.RParen) {
      const before = this.pos;
      this.skipNewLines();
      if (this.kindAt() === TokenKind.Semicolon) {
        this.pos++;
        continue;
      }
      if (this.kindAt() === TokenKind.RParen) break;
      this.parsePipeline(context);
      if (this.pos === before) this.pos++;
    }
    if (this.kindAt() === TokenKind.RParen) this.pos++;
  }

  private parseFunction(context: Context): void {
    if (this.kindAt() === TokenKind.Generic || this.kindAt() === TokenKind.Identifier) this.pos++;
    this.skipNewLines();
    if (this.kindAt() === TokenKind.LParen) this.parseParamBlock();
    this.parseBlock(context);
  }

  /** `param( [type]$a = default, $b )`: records each variable as a caller-supplied parameter. */
  private parseParamBlock(): void {
    const open = this.pos;
    this.skipBalanced();
    for (let i = open; i < this.pos; i++) {
      const token = this.toks[i];
      if (token.kind !== TokenKind.Variable) continue;
      // Only the declared names: a variable directly followed by `=`, `,`, `)` or a newline.
      const next = this.toks[i + 1]?.kind;
      if (next === TokenKind.Assign || next === TokenKind.Comma || next === TokenKind.RParen || next === TokenKind.NewLine) {
        this.out.parameters.push({ variable: variableName(this.text, token).name.toLowerCase(), start: token.start, end: token.end });
      }
    }
  }

  private parseForeach(keywordToken: Token, context: Context): void {
    while (this.kindAt() === TokenKind.Parameter) this.pos++;
    this.skipNewLines();
    if (this.kindAt() !== TokenKind.LParen) return;
    this.pos++;
    this.skipNewLines();
    let variable: string | undefined;
    if (this.kindAt() === TokenKind.Variable) {
      variable = variableName(this.text, this.peek()!).name.toLowerCase();
      this.pos++;
    }
    this.skipNewLines();
    let collection: Expr | undefined;
    if (this.isKeyword(this.peek(), 'in') || (this.peek() && this.lowerText(this.peek()!) === 'in')) {
      this.pos++;
      this.skipNewLines();
      collection = this.parsePipelineValue(context);
    }
    while (this.pos < this.toks.length && this.kindAt() !== TokenKind.RParen && this.kindAt() !== TokenKind.LCurly) this.pos++;
    if (this.kindAt() === TokenKind.RParen) this.pos++;
    const loopIndex = this.out.loops.length;
    const loop: Loop = { variable, collection, start: keywordToken.start, end: keywordToken.end };
    this.out.loops.push(loop);
    this.parseBlock(context, loopIndex);
    loop.end = this.lastEnd();
  }

  // ---- pipelines ----

  private parsePipeline(context: Context): void {
    this.parsePipelineValue(context);
  }

  /** Parses `element | element | …` and returns the value of a one-element pipeline. */
  private parsePipelineValue(context: Context): Expr {
    let previous: Expr | undefined;
    let value: Expr | undefined;
    const start = this.peek()?.start ?? this.lastEnd();
    let elements = 0;
    for (;;) {
      const element = this.parsePipelineElement(context, previous);
      elements++;
      value = element;
      if (this.kindAt() !== TokenKind.Pipe) break;
      this.pos++;
      this.skipNewLines();
      previous = element;
      if (this.atStatementEnd()) break;
    }
    if (elements === 1 && value) return value;
    return { kind: 'unknown', start, end: this.lastEnd() };
  }

  private parsePipelineElement(context: Context, input: Expr | undefined): Expr {
    const first = this.peek();
    if (!first) return { kind: 'unknown', start: this.lastEnd(), end: this.lastEnd() };
    const assignment = this.tryParseAssignment(context);
    if (assignment) return assignment.value;
    // After a pipe, `foreach` is the ForEach-Object alias, not the keyword.
    if (this.startsCommand(first) || (input !== undefined && first.kind === TokenKind.Keyword)) return this.parseCommand(context, input);
    return this.parseExpression(context);
  }

  private startsCommand(token: Token): boolean {
    switch (token.kind) {
      case TokenKind.Generic:
      case TokenKind.Ampersand:
        return true;
      case TokenKind.Dot:
        // Dot-sourcing: `. .\file.ps1` — a dot followed by whitespace at command position.
        return (this.peek(1)?.flags ?? 0) & TokenFlags.PrecededBySpace ? true : false;
      default:
        return false;
    }
  }

  /** `$x = …`, `$x.Prop = …`, `[type]$x = …`; returns undefined (position unchanged) when not an assignment. */
  private tryParseAssignment(context: Context): Assignment | undefined {
    let i = this.pos;
    while (this.toks[i]?.kind === TokenKind.TypeLiteral) i++;
    const target = this.toks[i];
    if (!target || target.kind !== TokenKind.Variable) return undefined;
    i++;
    const path: string[] = [];
    for (;;) {
      const kind = this.toks[i]?.kind;
      if (kind === TokenKind.Dot && (this.toks[i + 1]?.kind === TokenKind.Identifier || this.toks[i + 1]?.kind === TokenKind.Generic)) {
        path.push(this.lowerText(this.toks[i + 1]));
        i += 2;
      } else if (kind === TokenKind.LBracket) {
        let depth = 0;
        for (; i < this.toks.length; i++) {
          const k = this.toks[i].kind;
          if (k === TokenKind.LBracket) depth++;
          else if (k === TokenKind.RBracket && --depth === 0) break;
        }
        i++;
        path.push('[]');
      } else break;
    }
    const operator = this.toks[i];
    if (!operator || operator.kind !== TokenKind.Assign) return undefined;
    const targetEnd = this.toks[i - 1].end;
    this.pos = i + 1;
    this.skipNewLines();
    const value = this.atStatementEnd() ? ({ kind: 'unknown', start: operator.end, end: operator.end } as Expr) : this.parsePipelineValue(context);
    const assignment: Assignment = {
      variable: variableName(this.text, target).name.toLowerCase(),
      path,
      targetStart: target.start,
      targetEnd,
      value,
      operator: this.textOf(operator),
      statementStart: context.statementStart,
      statementEnd: this.lastEnd(),
      depth: context.depth,
      loop: context.loop,
    };
    if (path.length === 0 && value.kind === 'hashtable') {
      this.hashtables.set(assignment.variable, new Map(value.entries.map((entry) => [entry.key, entry.value])));
    }
    this.out.assignments.push(assignment);
    this.out.steps.push({ kind: 'assignment', assignment });
    return assignment;
  }

  // ---- commands ----

  private parseCommand(context: Context, input: Expr | undefined): Expr {
    const startToken = this.peek()!;
    if (startToken.kind === TokenKind.Ampersand || startToken.kind === TokenKind.Dot) this.pos++;
    const nameToken = this.peek();
    if (!nameToken || this.atStatementEnd()) return { kind: 'unknown', start: startToken.start, end: startToken.end };

    let written: string;
    if (
      nameToken.kind === TokenKind.Generic ||
      nameToken.kind === TokenKind.Keyword ||
      nameToken.kind === TokenKind.VerbatimString ||
      nameToken.kind === TokenKind.ExpandableString
    ) {
      written = stringValue(this.text, nameToken) ?? this.textOf(nameToken);
      this.pos++;
    } else {
      // `& $scriptBlock` or `& (Get-Command x)`: the command is not known by name.
      const value = this.parseCommandArgument(context);
      written = '';
      void value;
    }
    let module: string | undefined;
    const slash = written.lastIndexOf('\\');
    if (slash > 0 && !written.includes('/') && !written.startsWith('.')) {
      module = written.slice(0, slash);
      written = written.slice(slash + 1);
    }
    const call: CommandCall = {
      written,
      lowerName: written.toLowerCase(),
      module,
      nameStart: nameToken.start,
      nameEnd: nameToken.end,
      start: startToken.start,
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
        this.pos++;
        continue;
      }
      if (token.kind === TokenKind.EndOfParameters) {
        endOfParameters = true;
        this.pos++;
        continue;
      }
      if (token.kind === TokenKind.Parameter && !endOfParameters) {
        this.pos++;
        call.parameters.push(this.parseParameterUse(call, token, context));
        continue;
      }
      if (token.kind === TokenKind.SplattedVariable) {
        this.pos++;
        const variable = variableName(this.text, token).name.toLowerCase();
        call.splats.push({ variable, start: token.start, end: token.end, entries: this.hashtables.get(variable) });
        continue;
      }
      if (token.kind === TokenKind.LCurly && FOREACH_COMMANDS.has(call.lowerName) && input) {
        const loopIndex = this.out.loops.length;
        const loop: Loop = { variable: '_', collection: input, start: token.start, end: token.end };
        this.out.loops.push(loop);
        const argStart = token.start;
        this.parseBlock(context, loopIndex);
        loop.end = this.lastEnd();
        call.positional.push({ kind: 'unknown', start: argStart, end: this.lastEnd() });
        continue;
      }
      const before = this.pos;
      call.positional.push(this.parseCommandArgument(context));
      if (this.pos === before) this.pos++;
    }
    call.end = this.lastEnd();
    call.statementEnd = call.end;
    this.out.commands.push(call);
    this.out.steps.push({ kind: 'command', call });
    return { kind: 'command', call, start: call.start, end: call.end };
  }

  private parseParameterUse(call: CommandCall, token: Token, context: Context): ParameterUse {
    const written = parameterName(this.text, token);
    const resolved = resolveParameterName(call.lowerName, written);
    const use: ParameterUse = { written, name: resolved.name, start: token.start, end: token.end, value: undefined };
    const takesValue = (token.flags & TokenFlags.ColonAfter) !== 0 || !resolved.isSwitch;
    if (takesValue && !this.atStatementEnd() && this.kindAt() !== TokenKind.Pipe && this.kindAt() !== TokenKind.Parameter) {
      use.value = this.parseCommandArgument(context);
    } else if ((token.flags & TokenFlags.ColonAfter) !== 0 && this.kindAt() === TokenKind.Parameter) {
      // `-A: -B:"x"`: PowerShell binds the dash word as the argument; what it means is not worth guessing.
      const valueToken = this.peek()!;
      this.pos++;
      use.value = { kind: 'unknown', start: valueToken.start, end: valueToken.end };
    }
    return use;
  }

  /** A command argument: a primary with postfix operators, or a comma-separated list of them. */
  private parseCommandArgument(context: Context): Expr {
    const first = this.withGluedWords(this.parsePostfix(context, true));
    if (this.kindAt() !== TokenKind.Comma) return first;
    const items: Expr[] = [first];
    while (this.kindAt() === TokenKind.Comma) {
      this.pos++;
      this.skipNewLines();
      if (this.atStatementEnd()) break;
      items.push(this.withGluedWords(this.parsePostfix(context, true)));
    }
    return { kind: 'array', items, start: first.start, end: items[items.length - 1].end };
  }

  /**
   * In command mode, words written with no space between them are one argument: `$$name` is the
   * value of `$$` followed by the text "name", `"a"b` is "ab". Its value is then not statically
   * known, and its span must cover all of it, or a fix replacing it would leave the tail behind.
   */
  private withGluedWords(first: Expr): Expr {
    let end = first.end;
    while (this.pos < this.toks.length) {
      const token = this.toks[this.pos];
      if (token.start !== end || !GLUED_WORD_KINDS.has(token.kind)) break;
      end = token.end;
      this.pos++;
    }
    return end === first.end ? first : { kind: 'unknown', start: first.start, end };
  }

  // ---- expressions ----

  /** An expression statement or value: comma lists and binary operators; a value we cannot fold is `unknown`. */
  private parseExpression(context: Context): Expr {
    const start = this.peek()?.start ?? this.lastEnd();
    const items: Expr[] = [this.parseUnary(context)];
    let folded = true;
    while (!this.atStatementEnd()) {
      const kind = this.kindAt();
      if (kind === TokenKind.Comma) {
        this.pos++;
        this.skipNewLines();
        items.push(this.parseUnary(context));
      } else if (kind === TokenKind.Operator) {
        this.pos++;
        this.skipNewLines();
        folded = false;
        if (!this.atStatementEnd()) this.parseUnary(context);
      } else if (kind === TokenKind.Pipe || kind === TokenKind.Assign) {
        break;
      } else {
        // Something we do not model (e.g. a stray token): keep it in the expression.
        folded = false;
        const before = this.pos;
        this.parseUnary(context);
        if (this.pos === before) this.pos++;
      }
    }
    const end = this.lastEnd();
    if (!folded) return { kind: 'unknown', start, end };
    return items.length === 1 ? items[0] : { kind: 'array', items, start, end };
  }

  private parseUnary(context: Context): Expr {
    const token = this.peek();
    if (!token) return { kind: 'unknown', start: this.lastEnd(), end: this.lastEnd() };
    if (token.kind === TokenKind.Operator) {
      this.pos++;
      const operand = this.atStatementEnd() ? undefined : this.parseUnary(context);
      return { kind: 'unknown', start: token.start, end: operand?.end ?? token.end };
    }
    if (token.kind === TokenKind.TypeLiteral && this.kindAt(1) !== TokenKind.ColonColon && this.kindAt(1) !== TokenKind.Dot) {
      // A cast: `[string]$x` has the value of `$x` for our purposes.
      this.pos++;
      if (this.atStatementEnd()) return { kind: 'unknown', start: token.start, end: token.end };
      return this.parseUnary(context);
    }
    return this.parsePostfix(context, false);
  }

  /** A primary followed by `.Member`, `::Member`, `[index]` and `.Method(args)`. */
  private parsePostfix(context: Context, commandMode: boolean): Expr {
    const primaryToken = this.peek();
    let expr = this.parsePrimary(context, commandMode);
    const baseVariable = expr.kind === 'variable' ? expr.name : undefined;
    const path: string[] = [];
    let typeName = primaryToken?.kind === TokenKind.TypeLiteral ? typeLiteralName(this.textOf(primaryToken)) : undefined;
    for (;;) {
      const kind = this.kindAt();
      const next = this.peek();
      if (!next || (next.flags & TokenFlags.PrecededBySpace) !== 0) break;
      if ((kind === TokenKind.Dot || kind === TokenKind.ColonColon) && this.peek(1) && (this.peek(1)!.flags & TokenFlags.PrecededBySpace) === 0) {
        const member = this.peek(1)!;
        if (member.kind !== TokenKind.Identifier && member.kind !== TokenKind.Generic && member.kind !== TokenKind.Keyword) {
          // A dot with nothing after it on the line (`$null.`) ends the expression; the next line is a new statement.
          if (!isDynamicMemberStart(member.kind)) break;
          // `$c.$name` or `$c."Name"`: a member we cannot name.
          this.pos += 1;
          const dynamic = this.parsePrimary(context, false);
          expr = { kind: 'unknown', start: expr.start, end: dynamic.end };
          path.push('?');
          continue;
        }
        this.pos += 2;
        const memberName = this.lowerText(member);
        const call = this.peek();
        if (call && call.kind === TokenKind.LParen && (call.flags & TokenFlags.PrecededBySpace) === 0) {
          this.pos++;
          const args = this.parseArguments(context);
          const end = this.lastEnd();
          if (typeName !== undefined && memberName === 'new' && kind === TokenKind.ColonColon) {
            expr = { kind: 'new', typeName, args, start: expr.start, end };
          } else {
            if (baseVariable !== undefined && !path.includes('?')) {
              const methodCall: MethodCall = {
                variable: baseVariable,
                path: [...path],
                method: memberName,
                args,
                start: expr.start,
                end,
                statementStart: context.statementStart,
                statementEnd: end,
                depth: context.depth,
                loop: context.loop,
              };
              this.out.methodCalls.push(methodCall);
              this.out.steps.push({ kind: 'method', call: methodCall });
            }
            expr = { kind: 'unknown', start: expr.start, end };
          }
          path.push(memberName + '()');
          typeName = undefined;
          continue;
        }
        path.push(memberName);
        typeName = undefined;
        if (baseVariable !== undefined && !path.some((part) => part.endsWith('()') || part === '?')) {
          expr = { kind: 'member', variable: baseVariable, path: [...path], start: expr.start, end: member.end };
        } else {
          expr = { kind: 'unknown', start: expr.start, end: member.end };
        }
        continue;
      }
      if (kind === TokenKind.LBracket) {
        this.skipBalanced();
        expr = { kind: 'unknown', start: expr.start, end: this.lastEnd() };
        path.push('[]');
        continue;
      }
      break;
    }
    return expr;
  }

  /** `( a, b, c )` after a method name. */
  private parseArguments(context: Context): Expr[] {
    const args: Expr[] = [];
    this.skipNewLines();
    while (this.pos < this.toks.length && this.kindAt() !== TokenKind.RParen) {
      const before = this.pos;
      args.push(this.parseArgumentExpression(context));
      this.skipNewLines();
      if (this.kindAt() === TokenKind.Comma) {
        this.pos++;
        this.skipNewLines();
      } else if (this.kindAt() !== TokenKind.RParen) {
        if (this.pos === before || this.atStatementEnd()) break;
      }
    }
    if (this.kindAt() === TokenKind.RParen) this.pos++;
    return args;
  }

  /** One method argument: an expression that stops at `,` and `)`. */
  private parseArgumentExpression(context: Context): Expr {
    const start = this.peek()?.start ?? this.lastEnd();
    const first = this.parseUnary(context);
    let folded = true;
    while (this.kindAt() === TokenKind.Operator) {
      this.pos++;
      this.skipNewLines();
      folded = false;
      if (this.kindAt() === TokenKind.RParen || this.kindAt() === TokenKind.Comma) break;
      this.parseUnary(context);
    }
    return folded ? first : { kind: 'unknown', start, end: this.lastEnd() };
  }

  private parsePrimary(context: Context, commandMode: boolean): Expr {
    const token = this.peek();
    if (!token) return { kind: 'unknown', start: this.lastEnd(), end: this.lastEnd() };
    const { start, end } = token;
    switch (token.kind) {
      case TokenKind.VerbatimString:
      case TokenKind.VerbatimHereString:
      case TokenKind.ExpandableString:
      case TokenKind.ExpandableHereString: {
        this.pos++;
        const value = stringValue(this.text, token);
        if (value !== undefined) return { kind: 'string', value, start, end };
        return { kind: 'expandable', variables: expandedVariables(this.text, token), start, end };
      }
      case TokenKind.Generic:
      case TokenKind.Identifier:
      case TokenKind.Keyword: {
        this.pos++;
        const value = stringValue(this.text, token);
        if (value !== undefined) return { kind: 'string', value, start, end };
        return { kind: 'expandable', variables: [], start, end };
      }
      case TokenKind.Parameter: {
        // Only reached for arguments after `--` or in expressions: `-Name` is then a string.
        this.pos++;
        return { kind: 'string', value: this.textOf(token), start, end };
      }
      case TokenKind.Number: {
        this.pos++;
        const value = Number(this.textOf(token));
        if (Number.isFinite(value)) return { kind: 'number', value, start, end };
        return commandMode ? { kind: 'string', value: this.textOf(token), start, end } : { kind: 'unknown', start, end };
      }
      case TokenKind.Variable: {
        this.pos++;
        const { scope, name } = variableName(this.text, token);
        const lower = name.toLowerCase();
        if (scope === undefined || scope.toLowerCase() === 'script' || scope.toLowerCase() === 'global' || scope.toLowerCase() === 'local') {
          if (lower === 'true' || lower === 'false') return { kind: 'boolean', value: lower === 'true', start, end };
          if (lower === 'null') return { kind: 'null', start, end };
          return { kind: 'variable', name: lower, written: this.textOf(token), start, end };
        }
        return { kind: 'unknown', start, end };
      }
      case TokenKind.AtParen:
      case TokenKind.LParen:
        return this.nested(start, () => this.parseGroup(context, token.kind === TokenKind.AtParen));
      case TokenKind.DollarParen:
        return this.nested(start, () => {
          this.pos++;
          this.parseStatementList(context, TokenKind.RParen);
          return { kind: 'unknown', start, end: this.lastEnd() };
        });
      case TokenKind.AtCurly:
        return this.nested(start, () => this.parseHashtable(context));
      case TokenKind.LCurly:
        return this.nested(start, () => {
          this.parseBlock(context);
          return { kind: 'unknown', start, end: this.lastEnd() };
        });
      case TokenKind.TypeLiteral: {
        this.pos++;
        return { kind: 'unknown', start, end };
      }
      default:
        this.pos++;
        return { kind: 'unknown', start, end };
    }
  }

  /** `( pipeline )` or `@( statements )`: the value of one statement, or the items of a list. */
  private parseGroup(context: Context, isArray: boolean): Expr {
    const open = this.peek()!;
    this.pos++;
    const items: Expr[] = [];
    let folded = true;
    for (;;) {
      while (this.kindAt() === TokenKind.NewLine || this.kindAt() === TokenKind.Semicolon) this.pos++;
      if (this.pos >= this.toks.length || this.kindAt() === TokenKind.RParen) break;
      if (this.kindAt() === TokenKind.RCurly) break;
      const before = this.pos;
      const statementStart = this.peek()!.start;
      const first = this.peek()!;
      if (first.kind === TokenKind.Keyword) {
        this.parseKeywordStatement(this.lowerText(first), { ...context, statementStart });
        folded = false;
      } else {
        const value = this.parsePipelineValue({ ...context, statementStart });
        if (value.kind === 'array' && isArray) items.push(...value.items);
        else items.push(value);
      }
      if (this.pos === before) this.pos++;
    }
    if (this.kindAt() === TokenKind.RParen) this.pos++;
    const end = this.lastEnd();
    if (!folded) return { kind: 'unknown', start: open.start, end };
    if (isArray) return { kind: 'array', items, start: open.start, end };
    if (items.length === 1) return items[0].kind === 'command' ? { ...items[0], start: open.start, end } : items[0];
    return { kind: 'unknown', start: open.start, end };
  }

  private parseHashtable(context: Context): Expr {
    const open = this.peek()!;
    this.pos++;
    const entries: { key: string; keyStart: number; keyEnd: number; value: Expr }[] = [];
    for (;;) {
      while (this.kindAt() === TokenKind.NewLine || this.kindAt() === TokenKind.Semicolon) this.pos++;
      const keyToken = this.peek();
      if (!keyToken || keyToken.kind === TokenKind.RCurly) break;
      const before = this.pos;
      const key = this.parsePrimary(context, false);
      if (this.kindAt() === TokenKind.Assign) {
        this.pos++;
        this.skipNewLines();
        const value = this.parsePipelineValue({ ...context, statementStart: keyToken.start });
        if (key.kind === 'string') entries.push({ key: key.value.toLowerCase(), keyStart: key.start, keyEnd: key.end, value });
      } else {
        while (!this.atStatementEnd()) this.pos++;
      }
      if (this.pos === before) this.pos++;
    }
    if (this.kindAt() === TokenKind.RCurly) this.pos++;
    return { kind: 'hashtable', entries, start: open.start, end: this.lastEnd() };
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

function isOpener(kind: TokenKind): boolean {
  return (
    kind === TokenKind.LParen ||
    kind === TokenKind.LCurly ||
    kind === TokenKind.LBracket ||
    kind === TokenKind.AtParen ||
    kind === TokenKind.AtCurly ||
    kind === TokenKind.DollarParen
  );
}

/** `[Microsoft.X.Y]` → `Microsoft.X.Y`. */
function typeLiteralName(text: string): string {
  return text.slice(1, text.endsWith(']') ? -1 : undefined).trim();
}
