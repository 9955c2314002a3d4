import { closerOf, TokenFlags, TokenKind } from '../../tokenizer/token';
import { parameterName, stringValueOf, variableName } from '../../tokenizer/tokenValue';
import type { Expr, ScriptModel } from '../types';
import { oncePerModel } from './oncePerModel';
import { StatementTokens } from './statementTokens';

/**
 * The functions a script defines and the calls it makes to them, read from the tokens: what a
 * function's parameter holds is what its callers pass. Only calls the model can read count; a
 * function called in any other way (splatted, from a pipeline, by a computed name, with an
 * argument it cannot read) leaves its parameters unknown.
 */
export interface ScriptFunction {
  /** Lower-cased. */
  name: string;
  /** Lower-cased, in declaration order (the order positional arguments bind in). */
  parameters: string[];
  /** From the `function` keyword to the body's closing brace. */
  start: number;
  end: number;
  /** Every call, or undefined when some use of the function cannot be read. */
  calls: FunctionCall[] | undefined;
}

export interface FunctionCall {
  start: number;
  end: number;
  /** What each parameter is given, by name; a parameter a call leaves out gets its default, which is not read. */
  arguments: Map<string, Expr>;
}

export const scriptFunctions = oncePerModel(readFunctions);

/** The innermost function around `at` that declares `variable` as a parameter. */
export function functionDeclaring(model: ScriptModel, variable: string, at: number): ScriptFunction | undefined {
  let found: ScriptFunction | undefined;
  for (const fn of scriptFunctions(model)) {
    if (fn.start < at && at < fn.end && fn.parameters.includes(variable) && (!found || fn.start > found.start)) found = fn;
  }
  return found;
}

function readFunctions(model: ScriptModel): ScriptFunction[] {
  const { tokens, text } = model;
  const st = new StatementTokens(tokens, text);
  const count = st.count;
  const kinds = tokens.statementKinds;
  const kindAt = (n: number): TokenKind | undefined => st.kind(n);
  const startOf = (n: number) => st.start(n);
  const endOf = (n: number) => st.end(n);
  const textOf = (n: number) => st.textOf(n);
  const closing = (n: number): number => st.closing(n);
  const skipNewLines = (n: number): number => {
    while (kindAt(n) === TokenKind.NewLine) n++;
    return n;
  };

  const functions: ScriptFunction[] = [];
  for (let n = 0; n < count; n++) {
    if (kinds[n] !== TokenKind.Keyword) continue;
    const keyword = textOf(n).toLowerCase();
    if (keyword !== 'function' && keyword !== 'filter') continue;
    if (kindAt(n + 1) !== TokenKind.Generic) continue;
    const name = textOf(n + 1).toLowerCase();
    let m = n + 2;
    let parameters: string[] = [];
    if (kindAt(m) === TokenKind.LParen) {
      const close = closing(m);
      parameters = parameterNames(m, close);
      m = close + 1;
    }
    m = skipNewLines(m);
    if (kindAt(m) !== TokenKind.LCurly) continue;
    const bodyEnd = closing(m);
    const first = skipNewLines(m + 1);
    if (kindAt(first) === TokenKind.Keyword && textOf(first).toLowerCase() === 'param' && kindAt(skipNewLines(first + 1)) === TokenKind.LParen) {
      const open = skipNewLines(first + 1);
      parameters = parameterNames(open, closing(open));
    }
    functions.push({ name, parameters, start: startOf(n), end: endOf(bodyEnd), calls: [] });
  }
  if (functions.length === 0) return functions;

  const byName = new Map(functions.map((fn) => [fn.name, fn]));
  for (let n = 0; n < count; n++) {
    const kind = kinds[n] as TokenKind;
    if (kind !== TokenKind.Generic && kind !== TokenKind.VerbatimString && kind !== TokenKind.ExpandableString) continue;
    const word = kind === TokenKind.Generic ? textOf(n) : stringValueOf(text, kind, startOf(n), endOf(n), st.flags(n));
    if (word === undefined) continue;
    const fn = byName.get(word.toLowerCase());
    if (!fn || fn.calls === undefined) continue;
    // The definition's own name.
    if (kindAt(n - 1) === TokenKind.Keyword && (textOf(n - 1).toLowerCase() === 'function' || textOf(n - 1).toLowerCase() === 'filter')) continue;
    const previous = kindAt(n - 1);
    const atCommand = kind === TokenKind.Generic && (previous === undefined || previous === TokenKind.NewLine || previous === TokenKind.Semicolon || previous === TokenKind.LCurly || previous === TokenKind.LParen || previous === TokenKind.DollarParen);
    const call = atCommand && !(fn.start < startOf(n) && startOf(n) < fn.end) ? readCall(n, fn) : undefined;
    if (call) fn.calls.push(call);
    else fn.calls = undefined;
  }
  return functions;

  /** `$a`, `[string] $b = 'x'`, `[Parameter()] $c`: the variables the list declares, not those in defaults or attributes. */
  function parameterNames(open: number, close: number): string[] {
    const names: string[] = [];
    let depth = 0;
    let expectName = true;
    for (let m = open + 1; m < close; m++) {
      const kind = kinds[m] as TokenKind;
      if (closerOf(kind) !== undefined) depth++;
      else if (kind === TokenKind.RParen || kind === TokenKind.RCurly || kind === TokenKind.RBracket) depth--;
      else if (depth === 0 && kind === TokenKind.Comma) expectName = true;
      else if (depth === 0 && kind === TokenKind.Assign) expectName = false;
      else if (depth === 0 && kind === TokenKind.Variable && expectName) {
        names.push(variableName(text, tokens.at(st.index(m))!).name.toLowerCase());
        expectName = false;
      }
    }
    return names;
  }

  /** A call's arguments, bound to the function's parameters; undefined when they cannot all be read. */
  function readCall(n: number, fn: ScriptFunction): FunctionCall | undefined {
    const bound = new Map<string, Expr>();
    const positional: Expr[] = [];
    let m = n + 1;
    for (; m < count; m++) {
      const kind = kinds[m] as TokenKind;
      if (kind === TokenKind.NewLine || kind === TokenKind.Semicolon || kind === TokenKind.RParen || kind === TokenKind.RCurly) break;
      // Piped input, splatting or verbatim arguments bind in ways not read here.
      if (kind === TokenKind.Pipe || kind === TokenKind.SplattedVariable || kind === TokenKind.StopParsing || kind === TokenKind.EndOfParameters) return undefined;
      if (kind === TokenKind.Parameter) {
        const written = parameterName(text, tokens.at(st.index(m))!).toLowerCase();
        const matches = fn.parameters.filter((parameter) => parameter.startsWith(written));
        const parameter = matches.includes(written) ? written : matches.length === 1 ? matches[0] : undefined;
        if (parameter === undefined) return undefined;
        const valueAt = m + 1;
        const value = argumentAt(valueAt);
        if (value === undefined) return undefined;
        bound.set(parameter, value);
        m = valueAt;
        continue;
      }
      const value = argumentAt(m);
      if (value === undefined) return undefined;
      positional.push(value);
    }
    const unbound = fn.parameters.filter((parameter) => !bound.has(parameter));
    if (positional.length > unbound.length) return undefined;
    positional.forEach((value, index) => bound.set(unbound[index], value));
    if (kindAt(n - 1) === TokenKind.Pipe) return undefined;
    return { start: startOf(n), end: m > n + 1 ? endOf(m - 1) : endOf(n), arguments: bound };
  }

  /** A single-token argument (a literal or a variable) as the model's Expr; undefined for anything else. */
  function argumentAt(m: number): Expr | undefined {
    const kind = kindAt(m);
    if (kind === undefined) return undefined;
    const next = kindAt(m + 1);
    // `a, b` or text glued to the value make it something else.
    if (next === TokenKind.Comma || (next !== undefined && next !== TokenKind.NewLine && next !== TokenKind.Semicolon && (st.flags(m + 1) & TokenFlags.PrecededBySpace) === 0 && next !== TokenKind.RParen && next !== TokenKind.RCurly)) return undefined;
    const i = st.index(m);
    const start = startOf(m);
    const end = endOf(m);
    if (kind === TokenKind.Variable) {
      const { name, scope } = variableName(text, tokens.at(i)!);
      if (scope !== undefined && scope.toLowerCase() !== 'script' && scope.toLowerCase() !== 'global') return undefined;
      return { kind: 'variable', name: name.toLowerCase(), start, end };
    }
    if (kind === TokenKind.Generic || kind === TokenKind.VerbatimString || kind === TokenKind.ExpandableString) {
      const value = stringValueOf(text, kind, start, end, tokens.flags(i));
      return value === undefined ? undefined : { kind: 'string', value, start, end };
    }
    if (kind === TokenKind.Number) return { kind: 'number', value: Number(text.slice(start, end)), start, end };
    return undefined;
  }
}
