import { TokenFlags, TokenKind } from '../../tokenizer/token';
import { parameterName, variableName } from '../../tokenizer/tokenValue';
import { oncePerModel } from './oncePerModel';
import { StatementTokens } from './statementTokens';
import type { Assignment, Expr, ScriptModel } from '../types';

/**
 * What the script lets happen that the model does not read: variables set by cmdlets and
 * providers rather than by `=`, code run from strings or other files. A fact built on an
 * assignment, or on the absence of a step, is only as good as the knowledge that nothing here
 * changes it, so the rules ask these before they say "never" or "missing".
 *
 * Read from the tokens, once per model and only when a rule is about to claim an absence: such
 * claims are rare, and the parser's hot path stays free of these forms.
 */
export interface OutsideEffects {
  /**
   * Variables set by a literal name other than by `$x = …`: `$a, $b = …`, `Set-Variable`,
   * `New-Variable`, `Set-Item Variable:x`, `-OutVariable x`, `PSVariable.Set("x", …)`. As
   * assignments at the statement that sets them, with the value where the script writes it as a
   * literal and `unknown` otherwise.
   */
  assignments: Assignment[];
  /** Where code we do not read runs in this scope and may set any variable (`Invoke-Expression`, dot-sourcing, a variable set by a computed name). */
  anyVariable: number[];
  /** Where code we do not read runs at all, in any scope: it may call the ADSync cmdlets itself. */
  unreadCode: UnreadCode[];
  /** Every `. <path>` in the script, read or not. */
  dotSources: DotSource[];
}

export interface UnreadCode {
  kind: 'invokeExpression' | 'dotSource' | 'scriptFile' | 'callOperator' | 'importModule' | 'invokeScript';
  start: number;
  end: number;
}

export interface DotSource {
  /** The path as written, when it is a literal or `$PSScriptRoot`-relative (`$PSScriptRoot\` becomes `.\`); undefined when computed. */
  path: string | undefined;
  start: number;
  end: number;
}

/** Cmdlets (and their aliases) that run a string as code in the caller's scope. */
const INVOKE_EXPRESSION = new Set(['invoke-expression', 'iex']);
const IMPORT_MODULE = new Set(['import-module', 'ipmo']);
/** Item cmdlets that set a variable when their path is on the `Variable:` drive. */
const ITEM_WRITERS = new Set(['set-item', 'si', 'new-item', 'ni', 'set-content', 'sc', 'add-content', 'ac']);
/** Common parameters that name a variable to fill, full names and aliases. */
const VARIABLE_PARAMETERS = ['outvariable', 'errorvariable', 'warningvariable', 'informationvariable', 'pipelinevariable'];
const VARIABLE_PARAMETER_ALIASES = new Set(['ov', 'ev', 'wv', 'iv', 'pv']);
/** Variable-cmdlets whose name argument is not a literal: they may set any variable. Literal names are read as assignments. */
const VARIABLE_CMDLETS = new Set(['set-variable', 'sv', 'new-variable', 'nv']);

/** Tokens after which a bareword starts a command. */
function startsStatementAfter(kind: TokenKind | undefined): boolean {
  switch (kind) {
    case undefined:
    case TokenKind.NewLine:
    case TokenKind.Semicolon:
    case TokenKind.LCurly:
    case TokenKind.RCurly:
    case TokenKind.LParen:
    case TokenKind.DollarParen:
    case TokenKind.AtParen:
    case TokenKind.Pipe:
    case TokenKind.Ampersand:
    case TokenKind.Operator:
    case TokenKind.Keyword:
      return true;
    default:
      return false;
  }
}

function isPathLike(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower.startsWith('.') ||
    lower.startsWith('\\') ||
    lower.startsWith('/') ||
    lower.startsWith('~') ||
    (lower.length > 2 && lower.charCodeAt(1) === 0x3a /* : */) ||
    lower.endsWith('.ps1') ||
    lower.endsWith('.psm1') ||
    lower.endsWith('.psd1') ||
    lower.endsWith('.dll')
  );
}

/** `Variable:x`, `variable:\x`, `Variable:/x` → `x` (lower-cased); anything else → undefined. */
function variableDriveName(path: string): string | undefined {
  const lower = path.toLowerCase();
  if (!lower.startsWith('variable:')) return undefined;
  let rest = lower.slice('variable:'.length);
  if (rest.startsWith('\\') || rest.startsWith('/')) rest = rest.slice(1);
  return rest.length > 0 ? rest : undefined;
}

export const outsideEffects = oncePerModel(scan);

/** A parameter of Set-Variable / New-Variable, resolved from an abbreviation the way PowerShell does (enough to tell these apart). */
function variableCmdletParameter(written: string): 'name' | 'value' | 'switch' | 'other' {
  const lower = written.toLowerCase();
  if (lower.length === 0) return 'other';
  if ('name'.startsWith(lower)) return 'name';
  if ('value'.startsWith(lower) && lower.length >= 1) return 'value';
  if ('force'.startsWith(lower) || 'passthru'.startsWith(lower) || 'whatif'.startsWith(lower) || 'confirm'.startsWith(lower) || 'verbose'.startsWith(lower) || 'debug'.startsWith(lower)) return 'switch';
  return 'other';
}

function scan(model: ScriptModel): OutsideEffects {
  const { tokens, text } = model;
  const effects: OutsideEffects = { assignments: [], anyVariable: [], unreadCode: [], dotSources: [] };
  const st = new StatementTokens(tokens, text);
  const count = st.count;
  const kinds = tokens.statementKinds;
  /** Brace depth at the token the main loop is on: what scan records is set at (or beside) that token. */
  let depth = 0;
  const kindAt = (n: number): TokenKind | undefined => st.kind(n);
  const literalAt = (n: number): string | undefined => st.literal(n);
  /** A value written as one literal token (not followed by `,` or glued text), as the model's Expr; else unknown. */
  const valueAt = (n: number, statementEnd: number): Expr => {
    const kind = kindAt(n);
    const next = kindAt(n + 1);
    const alone = next === undefined || next === TokenKind.NewLine || next === TokenKind.Semicolon || next === TokenKind.Pipe || next === TokenKind.RParen || next === TokenKind.RCurly || next === TokenKind.Parameter;
    if (kind !== undefined && alone) {
      const value = literalAt(n);
      if (value !== undefined && kind !== TokenKind.Identifier) return { kind: 'string', value, start: st.start(n), end: st.end(n) };
      if (kind === TokenKind.Number) return { kind: 'number', value: Number(st.textOf(n)), start: st.start(n), end: st.end(n) };
    }
    const start = kind === undefined ? statementEnd : st.start(n);
    return { kind: 'unknown', start, end: Math.max(start, statementEnd) };
  };
  const statementEndFrom = (n: number): number => st.statementEnd(n);
  const assign = (variable: string, targetStart: number, targetEnd: number, value: Expr, statementStart: number, statementEnd: number): void => {
    effects.assignments.push({
      step: 'assignment', variable: variable.toLowerCase(), path: [], targetStart, targetEnd, value, operator: '=',
      statementStart, statementEnd, depth, loop: undefined,
    });
  };

  for (let n = 0; n < count; n++) {
    const kind = kinds[n] as TokenKind;
    const previous = n > 0 ? (kinds[n - 1] as TokenKind) : undefined;
    // Most tokens are settled here by their kind and the kind before them, without reading text.
    switch (kind) {
      case TokenKind.LCurly:
        depth++;
        continue;
      case TokenKind.RCurly:
        if (depth > 0) depth--;
        continue;
      case TokenKind.Parameter:
        commonVariableParameter(n);
        continue;
      case TokenKind.Variable:
        if (previous === TokenKind.Dot || previous === TokenKind.Ampersand) break;
        if (n + 1 < count && kinds[n + 1] === TokenKind.Comma && startsStatementAfter(previous) && previous !== TokenKind.Pipe) {
          n = multipleAssignment(n);
        } else if (n + 1 < count && kinds[n + 1] === TokenKind.Dot) {
          // `$ExecutionContext` is 17 characters; `${ExecutionContext}` 19.
          const length = st.end(n) - st.start(n);
          if (length === 17 || length === 19) executionContextCall(n);
        }
        continue;
      case TokenKind.Generic:
        if (previous === TokenKind.Dot || previous === TokenKind.Ampersand) break;
        if (!startsStatementAfter(previous)) continue;
        // Most commands are none of those below: told apart by their name's length and first character, unread.
        if (!mayNameOutsideEffect(text, st.start(n), st.end(n))) continue;
        if (previous === TokenKind.Operator && !isStatementOperator(text, st.start(n - 1), st.end(n - 1))) continue;
        break;
      case TokenKind.VerbatimString:
      case TokenKind.ExpandableString:
      case TokenKind.LParen:
        if (previous === TokenKind.Dot || previous === TokenKind.Ampersand) break;
        continue;
      default:
        continue;
    }
    const i = st.index(n);

    // A command: a bareword where a statement or pipeline element starts, or what `&` or `.` runs.
    const dotSourced = previous === TokenKind.Dot && startsStatementAfter(kindAt(n - 2)) && (tokens.flags(i) & TokenFlags.PrecededBySpace) !== 0;
    const called = previous === TokenKind.Ampersand;
    if (kind !== TokenKind.Generic && !dotSourced && !called) continue;
    const start = tokens.start(i);
    const at = statementEndFrom(n);
    if (dotSourced) {
      effects.dotSources.push({ path: dotSourcePath(n), start: st.start(n - 1), end: at });
      continue;
    }
    const name = literalAt(n);
    if (called && (name === undefined || isPathLike(name))) {
      effects.unreadCode.push({ kind: 'callOperator', start, end: at });
      continue;
    }
    if (name === undefined) continue;
    const lower = name.toLowerCase();
    if (INVOKE_EXPRESSION.has(lower)) {
      effects.anyVariable.push(at);
      effects.unreadCode.push({ kind: 'invokeExpression', start, end: at });
    } else if (IMPORT_MODULE.has(lower)) {
      const module = firstArgument(n, ['name']);
      if (module === undefined || isPathLike(module)) {
        effects.anyVariable.push(at);
        effects.unreadCode.push({ kind: 'importModule', start, end: at });
      }
    } else if (ITEM_WRITERS.has(lower)) {
      const path = firstArgument(n, ['path', 'literalpath', 'name']);
      const variable = path === undefined ? undefined : variableDriveName(path);
      // Set-Item and New-Item give the item the value; Add-Content appends to it.
      const value: Expr = lower === 'add-content' || lower === 'ac' ? { kind: 'unknown', start, end: at } : itemValue(n, at);
      if (variable !== undefined) assign(variable, start, tokens.end(i), value, start, at);
      else if (path === undefined && pathArgumentMayBeVariableDrive(n)) effects.anyVariable.push(at);
    } else if (VARIABLE_CMDLETS.has(lower)) {
      variableCmdlet(n, at);
    } else if (isPathLike(lower)) {
      effects.unreadCode.push({ kind: 'scriptFile', start, end: at });
    }
  }
  return effects;

  /** `-OutVariable x` and the other common parameters that fill a variable. */
  function commonVariableParameter(n: number): void {
    const i = st.index(n);
    if (!mayFillVariable(text, tokens.start(i), tokens.end(i))) return;
    const name = parameterName(text, tokens.at(i)!).toLowerCase();
    const fills = VARIABLE_PARAMETER_ALIASES.has(name) || (name.length >= 4 && VARIABLE_PARAMETERS.some((full) => full.startsWith(name)));
    if (!fills) return;
    const target = literalAt(n + 1);
    const at = statementEndFrom(n);
    if (target === undefined) effects.anyVariable.push(at);
    else assign(target.startsWith('+') ? target.slice(1) : target, tokens.start(i), st.end(n + 1), { kind: 'unknown', start: tokens.start(i), end: at }, tokens.start(i), at);
  }

  /** `$a, $b = 1, 2`: each variable gets its item; the last one gets the rest; a value not written as literals is unknown. Returns where to go on. */
  function multipleAssignment(n: number): number {
    const targets: number[] = [n];
    let m = n + 1;
    while (kindAt(m) === TokenKind.Comma && kindAt(m + 1) === TokenKind.Variable) {
      targets.push(m + 1);
      m += 2;
    }
    if (kindAt(m) !== TokenKind.Assign || text.slice(st.start(m), st.end(m)) !== '=') return n;
    const statementStart = st.start(n);
    const statementEnd = statementEndFrom(n);
    // The items, when the value is literals separated by commas.
    const items: Expr[] = [];
    let k = m + 1;
    for (;;) {
      const item = valueAt(k, statementEnd);
      const after = kindAt(k + 1);
      if (item.kind === 'unknown' && !(after === TokenKind.Comma && literalAt(k) !== undefined)) {
        items.length = 0;
        break;
      }
      items.push(item.kind === 'unknown' ? { kind: 'string', value: literalAt(k)!, start: st.start(k), end: st.end(k) } : item);
      if (after !== TokenKind.Comma) break;
      k += 2;
    }
    const whole = items.length > 0 ? undefined : ({ kind: 'unknown', start: st.end(m), end: statementEnd } as Expr);
    targets.forEach((target, index) => {
      const token = tokens.at(st.index(target))!;
      const variable = variableName(text, token).name;
      let value: Expr;
      if (whole) value = whole;
      else if (index < targets.length - 1) value = items[index] ?? { kind: 'null', start: statementEnd, end: statementEnd };
      else if (items.length - index <= 1) value = items[index] ?? { kind: 'null', start: statementEnd, end: statementEnd };
      else value = { kind: 'array', items: items.slice(index), start: items[index].start, end: items[items.length - 1].end };
      assign(variable, token.start, token.end, value, statementStart, statementEnd);
    });
    return m;
  }

  /** `$ExecutionContext.SessionState.PSVariable.Set("x", …)` and `.InvokeCommand.InvokeScript(…)`. */
  function executionContextCall(n: number): void {
    const i = st.index(n);
    if (variableName(text, tokens.at(i)!).name.toLowerCase() !== 'executioncontext') return;
    const members: string[] = [];
    let m = n + 1;
    while (kindAt(m) === TokenKind.Dot && kindAt(m + 1) === TokenKind.Identifier) {
      members.push(text.slice(st.start(m + 1), st.end(m + 1)).toLowerCase());
      m += 2;
    }
    const path = members.join('.');
    const start = tokens.start(i);
    const at = statementEndFrom(n);
    if (path === 'sessionstate.psvariable.set' && kindAt(m) === TokenKind.LParen) {
      const target = literalAt(m + 1);
      if (target !== undefined) assign(target, start, at, { kind: 'unknown', start, end: at }, start, at);
      else effects.anyVariable.push(at);
    } else if (path.endsWith('invokescript') || path.endsWith('newscriptblock')) {
      effects.anyVariable.push(at);
      effects.unreadCode.push({ kind: 'invokeScript', start, end: at });
    }
  }

  /** `Set-Variable -Name x -Value "v"`, `New-Variable x "v"`, `"v" | Set-Variable x`. */
  function variableCmdlet(n: number, at: number): void {
    let nameAt: number | undefined;
    let valueAt_: number | undefined;
    let computedName = false;
    let positional = 0;
    for (let m = n + 1; m < count; m++) {
      const kind = kindAt(m)!;
      if (kind === TokenKind.NewLine || kind === TokenKind.Semicolon || kind === TokenKind.Pipe || kind === TokenKind.RParen || kind === TokenKind.RCurly) break;
      if (kind === TokenKind.Parameter) {
        const token = tokens.at(st.index(m))!;
        const role = variableCmdletParameter(parameterName(text, token));
        if (role === 'switch' && (token.flags & TokenFlags.ColonAfter) === 0) continue;
        if (role === 'name') nameAt = m + 1;
        else if (role === 'value') valueAt_ = m + 1;
        m++;
        continue;
      }
      if (positional === 0) nameAt = m;
      else if (positional === 1) valueAt_ = m;
      positional++;
      // A value that is more than one token (`(Get-X)`, `1, 2`) ends this reading: it stays unknown.
      if (kindAt(m + 1) === TokenKind.Comma || kind === TokenKind.LParen || kind === TokenKind.DollarParen || kind === TokenKind.AtParen || kind === TokenKind.LCurly || kind === TokenKind.AtCurly) {
        if (positional === 1) computedName = true;
        break;
      }
    }
    const name = nameAt === undefined || computedName ? undefined : literalAt(nameAt);
    if (name === undefined || kindAt((nameAt ?? n) + 1) === TokenKind.Comma) {
      effects.anyVariable.push(at);
      return;
    }
    const start = st.start(n);
    const value: Expr = valueAt_ !== undefined ? valueAt(valueAt_, at) : kindAt(n - 1) === TokenKind.Pipe ? pipedLiteral(n, at) : { kind: 'null', start: at, end: at };
    assign(name, st.start(nameAt!), st.end(nameAt!), value, start, at);
  }

  /** `"v" | Set-Variable x`: the one literal piped in, when that is the whole pipeline before the cmdlet; else unknown. */
  function pipedLiteral(n: number, at: number): Expr {
    const literal = n >= 2 && (kindAt(n - 2) === TokenKind.VerbatimString || kindAt(n - 2) === TokenKind.ExpandableString || kindAt(n - 2) === TokenKind.Number);
    if (literal && startsStatementAfter(kindAt(n - 3)) && kindAt(n - 3) !== TokenKind.Pipe) {
      const value = valueAt(n - 2, at);
      if (value.kind !== 'unknown') return value;
    }
    return { kind: 'unknown', start: st.start(n), end: at };
  }

  /** The value of `Set-Item Variable:x "v"` / `New-Item -Path Variable:\x -Value "v"`: `-Value`, or the second positional argument. */
  function itemValue(n: number, at: number): Expr {
    let positional = 0;
    for (let m = n + 1; m < count; m++) {
      const kind = kindAt(m)!;
      if (kind === TokenKind.NewLine || kind === TokenKind.Semicolon || kind === TokenKind.Pipe || kind === TokenKind.RParen || kind === TokenKind.RCurly) break;
      if (kind === TokenKind.Parameter) {
        const name = parameterName(text, tokens.at(st.index(m))!).toLowerCase();
        if (name.length > 0 && 'value'.startsWith(name)) return valueAt(m + 1, at);
        if ((st.flags(m) & TokenFlags.ColonAfter) !== 0 || kindAt(m + 1) !== TokenKind.Parameter) m++;
        continue;
      }
      if (++positional === 2) return valueAt(m, at);
    }
    return { kind: 'unknown', start: st.start(n), end: at };
  }

  /** The path of `. <path>`: a literal, or `$PSScriptRoot` followed by a literal tail. */
  function dotSourcePath(n: number): string | undefined {
    const kind = kindAt(n);
    const i = st.index(n);
    if (kind === TokenKind.VerbatimString) return literalAt(n);
    if (kind === TokenKind.Generic || kind === TokenKind.ExpandableString) {
      if ((tokens.flags(i) & TokenFlags.HasExpansion) === 0) return literalAt(n);
      const quoted = kind === TokenKind.ExpandableString ? 1 : 0;
      return scriptRootRelative(text.slice(tokens.start(i) + quoted, tokens.end(i) - quoted));
    }
    if (kind === TokenKind.Variable && variableName(text, tokens.at(i)!).name.toLowerCase() === 'psscriptroot') {
      // `$PSScriptRoot\names.ps1` as a variable with a bareword glued to it.
      const tail = literalAt(n + 1);
      const glued = n + 1 < count && (st.flags(n + 1) & TokenFlags.PrecededBySpace) === 0;
      return tail !== undefined && glued ? '.' + (tail.startsWith('\\') || tail.startsWith('/') ? tail : '\\' + tail) : undefined;
    }
    return undefined;
  }

  /** The first argument of the command named at n (or the value of one of `parameters`), when literal. */
  function firstArgument(n: number, parameters: string[]): string | undefined {
    for (let m = n + 1; m < count; m++) {
      const kind = kindAt(m)!;
      if (kind === TokenKind.NewLine || kind === TokenKind.Semicolon || kind === TokenKind.Pipe || kind === TokenKind.RParen || kind === TokenKind.RCurly) return undefined;
      if (kind === TokenKind.Parameter) {
        const name = parameterName(text, tokens.at(st.index(m))!).toLowerCase();
        if (name.length > 0 && parameters.some((full) => full.startsWith(name))) return literalAt(m + 1);
        // Another parameter's value: step over it.
        if ((st.flags(m) & TokenFlags.ColonAfter) !== 0 || kindAt(m + 1) !== TokenKind.Parameter) m++;
        continue;
      }
      return literalAt(m);
    }
    return undefined;
  }

  /** Whether a computed path argument could name the Variable: drive: an expandable string that starts with it. */
  function pathArgumentMayBeVariableDrive(n: number): boolean {
    for (let m = n + 1; m < count; m++) {
      const kind = kindAt(m)!;
      if (kind === TokenKind.NewLine || kind === TokenKind.Semicolon || kind === TokenKind.Pipe) return false;
      if (kind === TokenKind.ExpandableString) {
        const i = st.index(m);
        return text.slice(tokens.start(i) + 1, tokens.start(i) + 10).toLowerCase() === 'variable:';
      }
    }
    return false;
  }
}

/** Lengths and first letters of the command names scan looks at; other words are no such command. */
const EFFECT_NAME_SIGNATURES = new Set(
  [...INVOKE_EXPRESSION, ...IMPORT_MODULE, ...ITEM_WRITERS, ...VARIABLE_CMDLETS].map((name) => name.length * 128 + name.charCodeAt(0)),
);

/** Whether the word text[start, end) may name a command scan reads, or a script file. */
function mayNameOutsideEffect(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start) | 0x20;
  if (EFFECT_NAME_SIGNATURES.has((end - start) * 128 + first)) return true;
  const c = text.charCodeAt(start);
  // A path: `.\x.ps1`, `\\server\x`, `/x`, `~/x`, `C:\x`, or anything ending in `.ps1`.
  if (c === 0x2e || c === 0x5c || c === 0x2f || c === 0x7e || text.charCodeAt(start + 1) === 0x3a) return true;
  return end - start > 4 && (text.charCodeAt(end - 4) === 0x2e || text.charCodeAt(end - 5) === 0x2e);
}

/** Whether a parameter token may be one of the common parameters that fill a variable (`-OutVariable`, `-ev`, …). */
function mayFillVariable(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  const first = text.charCodeAt(start + 1) | 0x20;
  const second = text.charCodeAt(start + 2) | 0x20;
  // `-ov` and the other aliases, or a prefix of -OutVariable, -ErrorVariable, -WarningVariable, -InformationVariable, -PipelineVariable.
  if (second === 0x76 /* v */) return first === 0x6f || first === 0x65 || first === 0x77 || first === 0x69 || first === 0x70;
  return (first === 0x6f && second === 0x75) || (first === 0x65 && second === 0x72) || (first === 0x77 && second === 0x61) || (first === 0x69 && second === 0x6e) || (first === 0x70 && second === 0x69);
}

/** `&&` and `||` start a new pipeline; other operators do not. */
function isStatementOperator(text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  return written === '&&' || written === '||';
}

/** `$PSScriptRoot\names.ps1` (the string's raw text) → `.\names.ps1`; other expansions → undefined. */
function scriptRootRelative(raw: string): string | undefined {
  const lower = raw.toLowerCase();
  for (const prefix of ['$psscriptroot', '${psscriptroot}']) {
    if (lower.startsWith(prefix)) {
      const rest = raw.slice(prefix.length);
      return rest.includes('$') ? undefined : '.' + (rest.startsWith('\\') || rest.startsWith('/') ? rest : '\\' + rest);
    }
  }
  return raw.includes('$') ? undefined : raw;
}
