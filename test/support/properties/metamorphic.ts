import * as assert from 'assert';
import { lintText, type LintResult } from '../../../server/src/engine/lint';
import { buildScriptModel } from '../../../server/src/model/scriptModel';
import type { Expr, ScriptModel } from '../../../server/src/model/types';
import type { LintOptions } from '../../../server/src/shared/options';
import type { TextEdit } from '../../../server/src/shared/types';
import { TokenKind } from '../../../server/src/tokenizer/token';
import { isPlainVariable, variableName } from '../../../server/src/tokenizer/tokenValue';
import { applyFix, mapOffset } from '../robustness/properties';

/**
 * Metamorphic properties: a change to a script that cannot make it more wrong, or cannot change
 * what it does, must not change the verdict in that way. Each transform picks its place with a
 * number (fast-check's choice) among the places the script offers, and returns undefined when
 * it offers none.
 */
export interface Transform {
  /** What was done, for the failure message. */
  description: string;
  edits: TextEdit[];
}

/** What the opaque value replacing a constant is. */
export type OpaqueForm = 'read-host' | 'args' | 'missing-dot-source';

function isConstant(expr: Expr): boolean {
  switch (expr.kind) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
      return true;
    case 'array':
      return expr.items.every(isConstant);
    default:
      return false;
  }
}

function pick<T>(list: readonly T[], choice: number): T | undefined {
  return list.length === 0 ? undefined : list[choice % list.length];
}

/**
 * (a) A constant the script assigns (`$x = "…"`, `$p.Value = 1`) replaced by a value the linter
 * cannot know: `Read-Host`, `$args[0]`, or a whole assignment statement replaced by dot-sourcing a
 * file that does not exist.
 */
export function replaceConstant(text: string, form: OpaqueForm, choice: number): Transform | undefined {
  const model = buildScriptModel(text, { eager: true });
  const constants = model.assignments.filter((assignment) => assignment.operator === '=' && isConstant(assignment.value));
  if (form === 'missing-dot-source') {
    // A statement that is the assignment alone: `[string]$x = …` or `$a = $b = …` are not.
    const statements = constants.filter((a) => a.path.length === 0 && a.targetStart === a.statementStart && a.value.end === a.statementEnd);
    const chosen = pick(statements, choice);
    if (!chosen) return undefined;
    return {
      description: `the assignment ${text.slice(chosen.statementStart, chosen.statementEnd)} replaced by a dot-sourced file that does not exist`,
      edits: [{ start: chosen.statementStart, end: chosen.statementEnd, text: '. .\\does-not-exist.ps1' }],
    };
  }
  const chosen = pick(constants, choice);
  if (!chosen) return undefined;
  const opaque = form === 'read-host' ? 'Read-Host "x"' : '$args[0]';
  return {
    description: `the value ${text.slice(chosen.value.start, chosen.value.end)} of $${chosen.variable} replaced by ${opaque}`,
    edits: [{ start: chosen.value.start, end: chosen.value.end, text: opaque }],
  };
}

/** Tokens that open something whose lines are statements: a script block, `$( … )`, `@( … )`. */
const STATEMENT_LIST_OPENERS: ReadonlySet<TokenKind> = new Set([TokenKind.LCurly, TokenKind.DollarParen, TokenKind.AtParen]);
const OPENERS: ReadonlySet<TokenKind> = new Set([TokenKind.LCurly, TokenKind.DollarParen, TokenKind.AtParen, TokenKind.LParen, TokenKind.AtCurly, TokenKind.LBracket]);
const CLOSERS: ReadonlySet<TokenKind> = new Set([TokenKind.RCurly, TokenKind.RParen, TokenKind.RBracket]);
/** After these a line goes on onto the next one. */
const CONTINUING: ReadonlySet<TokenKind> = new Set([TokenKind.Pipe, TokenKind.Comma, TokenKind.Assign, TokenKind.Operator, TokenKind.Dot, TokenKind.Ampersand]);

/**
 * Offsets where a statement of its own could be put: the start of a line that starts a step,
 * where the line before does not go on into it and every bracket around holds statements. A
 * line after a `disable-next-line` directive is left out: a statement put there would take the
 * directive's line from it.
 */
function statementLineStarts(model: ScriptModel): number[] {
  const stepStarts = new Set(model.steps.map((step) => (step.step === 'assignment' ? step.statementStart : step.start)));
  const text = model.text;
  const places: number[] = [];
  const open: TokenKind[] = [];
  let lastSignificant: TokenKind | undefined;
  let lineStart = 0;
  let atLineStart = true;
  for (const token of model.tokens) {
    const kind = token.kind;
    if (kind === TokenKind.NewLine) {
      lineStart = token.end;
      atLineStart = true;
      continue;
    }
    if (kind === TokenKind.Whitespace || kind === TokenKind.BlockComment) continue;
    if (kind === TokenKind.LineComment) {
      atLineStart = false;
      continue;
    }
    const enclosing = open[open.length - 1];
    if (
      atLineStart &&
      stepStarts.has(token.start) &&
      (enclosing === undefined || STATEMENT_LIST_OPENERS.has(enclosing)) &&
      (lastSignificant === undefined || !CONTINUING.has(lastSignificant)) &&
      !/adsync-lint-disable-next-line/i.test(text.slice(model.lineStart(Math.max(lineStart - 1, 0)), lineStart))
    ) {
      places.push(lineStart);
    }
    atLineStart = false;
    if (kind === TokenKind.LineContinuation) continue;
    if (OPENERS.has(kind)) open.push(kind);
    else if (CLOSERS.has(kind)) open.pop();
    lastSignificant = kind;
  }
  return places;
}

/** (b) An unrelated statement put on a line of its own before a step. */
export function insertUnrelatedStatement(text: string, statement: string, choice: number): Transform | undefined {
  const model = buildScriptModel(text, { eager: true });
  const at = pick(statementLineStarts(model), choice);
  if (at === undefined) return undefined;
  const line = model.indentAt(at) + statement + model.eol;
  return { description: `${JSON.stringify(line)} inserted at ${at}`, edits: [{ start: at, end: at, text: line }] };
}

/** Names PowerShell gives a meaning of its own: renaming one changes what the script does. */
const AUTOMATIC = new Set([
  '_', 'psitem', 'args', 'input', 'this', 'matches', 'lastexitcode', 'error', 'host', 'home', 'pwd', 'psscriptroot', 'pscommandpath',
  'myinvocation', 'psboundparameters', 'pscmdlet', 'psversiontable', 'profile', 'pid', 'shellid', 'executioncontext', 'foreach', 'switch',
  'sender', 'event', 'eventargs', 'stacktrace', 'ofs', 'pshome', 'true', 'false', 'null', '$', '?', '^',
]);

function countWord(text: string, word: string): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // `-Name` counts: a function parameter is named by its variable at every call.
  return (text.match(new RegExp(`(?<!\\w)${escaped}(?![\\w-])`, 'gi')) ?? []).length;
}

/**
 * (c) A variable renamed everywhere. Only variables always written plainly (`$name`, no scope,
 * braces or splat) and whose name appears nowhere else in the text (not in a string, a comment,
 * `Set-Variable -Name …`), so that renaming their tokens renames them completely.
 */
export function renameVariable(text: string, choice: number): Transform | undefined {
  const { tokens } = buildScriptModel(text);
  const uses = new Map<string, { start: number; end: number }[]>();
  const excluded = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== TokenKind.Variable && token.kind !== TokenKind.SplattedVariable) continue;
    const name = variableName(text, token).name.toLowerCase();
    if (token.kind !== TokenKind.Variable || !isPlainVariable(text, token.start, token.end) || !/^[a-z][a-z0-9]*$/i.test(name)) {
      excluded.add(name);
      continue;
    }
    const list = uses.get(name) ?? [];
    list.push({ start: token.start, end: token.end });
    uses.set(name, list);
  }
  const renamable = [...uses].filter(([name, list]) => !excluded.has(name) && !AUTOMATIC.has(name) && countWord(text, name) === list.length);
  const chosen = pick(renamable, choice);
  if (!chosen) return undefined;
  const [name, list] = chosen;
  let newName = 'renamed';
  for (let n = 2; countWord(text, newName) > 0 || text.toLowerCase().includes(newName.toLowerCase()); n++) newName = `renamed${n}`;
  return { description: `$${name} renamed $${newName}`, edits: list.map(({ start, end }) => ({ start, end, text: '$' + newName })) };
}

/**
 * A problem as a verdict: its rule and range, the range mapped through the transform's edits.
 * Not its message: the same problem may be worded another way once a name is unknown (no fix
 * to offer, say which name is needed).
 */
function verdicts(result: LintResult, map: (offset: number) => number): string[] {
  return result.problems.map((p) => `${p.ruleId} ${map(p.start)}-${map(p.end)}`).sort();
}

/** Each of `after` not matched by one of `before` (as multisets). */
function added(before: readonly string[], after: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const verdict of before) left.set(verdict, (left.get(verdict) ?? 0) + 1);
  const extra: string[] = [];
  for (const verdict of after) {
    const count = left.get(verdict) ?? 0;
    if (count === 0) extra.push(verdict);
    else left.set(verdict, count - 1);
  }
  return extra;
}

function transformed(text: string, transform: Transform): string {
  return applyFix(text, { title: transform.description, edits: transform.edits });
}

/** (a): the transformed script has no problem the original did not have (ranges mapped). */
export function checkAddsNoProblem(text: string, options: LintOptions, transform: Transform): void {
  const after = lintText(transformed(text, transform), options);
  const before = verdicts(lintText(text, options), (offset) => mapOffset(transform.edits, offset, text));
  const extra = added(before, verdicts(after, (offset) => offset));
  assert.deepStrictEqual(extra, [], `${transform.description}: new problems`);
}

/** (b), (c): the transformed script has exactly the problems of the original (ranges mapped). */
export function checkSameVerdicts(text: string, options: LintOptions, transform: Transform): void {
  const after = verdicts(lintText(transformed(text, transform), options), (offset) => offset);
  const before = verdicts(lintText(text, options), (offset) => mapOffset(transform.edits, offset, text));
  assert.deepStrictEqual({ added: added(before, after), lost: added(after, before) }, { added: [], lost: [] }, `${transform.description}: the verdict changed`);
}
