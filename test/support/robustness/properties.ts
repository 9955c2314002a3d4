import * as assert from 'assert';
import { applyEdits } from '../../../server/src/fixes/applyEdits';
import { lintText, type LintProblem, type LintResult } from '../../../server/src/engine/lint';
import { defaultOptions, type LintOptions } from '../../../server/src/shared/options';
import type { Fix, TextEdit } from '../../../server/src/shared/types';
import { tokenize } from '../../../server/src/tokenizer/tokenizer';

/**
 * The properties every text must satisfy, shared by the unit tests (about ten thousand cases)
 * and the fuzz run (a million). Each check throws an AssertionError that says what broke.
 */

/** Problem messages stay short whatever the script holds: no echo of a whole pasted value. */
export const MAX_MESSAGE_LENGTH = 500;

export function checkTokens(text: string): void {
  const { tokens, errors } = tokenize(text);
  let pos = 0;
  for (const token of tokens) {
    assert.strictEqual(token.start, pos, `token at ${token.start} does not start where the previous one ended (${pos})`);
    assert.ok(token.end > token.start, `empty or reversed token ${token.start}-${token.end}`);
    pos = token.end;
  }
  assert.strictEqual(pos, text.length, `tokens end at ${pos}, the text at ${text.length}`);
  assert.strictEqual(tokens.toArray().map((t) => text.slice(t.start, t.end)).join(''), text);
  for (const error of errors) {
    assert.ok(error.start >= 0 && error.start <= error.end && error.end <= text.length, `lex error range ${error.start}-${error.end} outside the text`);
  }
}

function inside(start: number, end: number, length: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length;
}

export function checkLintResult(text: string, result: LintResult): void {
  assert.deepStrictEqual(result.ruleFailures.map((f) => `${f.ruleId}: ${f.message}`), [], 'a rule threw');
  for (const p of result.problems) {
    const where = `${p.ruleId}/${p.messageId} at ${p.start}-${p.end}`;
    assert.ok(inside(p.start, p.end, text.length), `${where}: range outside the text (length ${text.length})`);
    assert.ok(p.message.length <= MAX_MESSAGE_LENGTH, `${where}: message is ${p.message.length} characters long`);
    for (const r of p.related) {
      assert.ok(inside(r.start, r.end, text.length), `${where}: related range ${r.start}-${r.end} outside the text`);
      assert.ok(r.message.length <= MAX_MESSAGE_LENGTH, `${where}: related message is ${r.message.length} characters long`);
    }
    for (const fix of p.fixes) {
      assert.ok(fix.title.length <= MAX_MESSAGE_LENGTH, `${where}: fix title is ${fix.title.length} characters long`);
      for (const e of fix.edits) assert.ok(inside(e.start, e.end, text.length), `${where}: fix "${fix.title}" edits ${e.start}-${e.end}, outside the text`);
    }
  }
}

type BreakKind = 'CRLF' | 'LF' | 'CR';

function lineBreakKinds(text: string): Set<BreakKind> {
  const kinds = new Set<BreakKind>();
  for (const match of text.matchAll(/\r\n|\r|\n/g)) kinds.add(match[0] === '\r\n' ? 'CRLF' : match[0] === '\r' ? 'CR' : 'LF');
  return kinds;
}

function sortedEdits(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Where the text at `offset` is after the edits. An offset inside a replaced range maps to the
 * start of the replacement, unless the fix moves that text (deletes it and inserts the same text
 * elsewhere, like "move the toggle after Add-ADSyncConnector"): then it follows the text.
 */
export function mapOffset(edits: readonly TextEdit[], offset: number, original: string): number {
  const sorted = sortedEdits(edits);
  const moved = sorted.find((e) => e.start <= offset && offset < e.end && e.text === '');
  if (moved) {
    const movedText = original.slice(moved.start, moved.end);
    const target = sorted.find((e) => e !== moved && e.start === e.end && e.text === movedText);
    if (target) return mapInsertion(sorted, target) + (offset - moved.start);
  }
  let delta = 0;
  for (const e of sorted) {
    if (e.end <= offset) delta += e.text.length - (e.end - e.start);
    else if (e.start <= offset) return e.start + delta;
    else break;
  }
  return offset + delta;
}

/** The offset in the new text where an insertion's text begins. */
function mapInsertion(sorted: readonly TextEdit[], insertion: TextEdit): number {
  let delta = 0;
  for (const e of sorted) {
    if (e === insertion) break;
    delta += e.text.length - (e.end - e.start);
  }
  return insertion.start + delta;
}

export function applyFix(text: string, fix: Fix): string {
  const { text: out, dropped } = applyEdits(text, fix.edits);
  assert.deepStrictEqual(dropped, [], `fix "${fix.title}" has overlapping edits`);
  return out;
}

/** Characters outside the edited ranges are the same, in the same order. */
function checkOnlyEditedRangesChange(text: string, out: string, fix: Fix): void {
  let inPos = 0;
  let outPos = 0;
  for (const e of sortedEdits(fix.edits)) {
    const kept = text.slice(inPos, e.start);
    assert.strictEqual(out.slice(outPos, outPos + kept.length), kept, `fix "${fix.title}" changed text before ${e.start}`);
    outPos += kept.length;
    assert.strictEqual(out.slice(outPos, outPos + e.text.length), e.text);
    outPos += e.text.length;
    inPos = e.end;
  }
  assert.strictEqual(out.slice(outPos), text.slice(inPos), `fix "${fix.title}" changed the text after its last edit`);
}

/** A file with one line-end style keeps it: no bare LF appears in a CRLF file, and so on. */
function checkLineEnds(text: string, out: string, fix: Fix): void {
  const before = lineBreakKinds(text);
  if (before.size !== 1) return;
  const [style] = before;
  const after = lineBreakKinds(out);
  for (const kind of after) assert.strictEqual(kind, style, `fix "${fix.title}" put a ${kind} line break into a ${style} file`);
}

function describeProblem(p: LintProblem): string {
  return `${p.ruleId}/${p.messageId} at ${p.start}`;
}

export function checkFix(text: string, options: LintOptions, problem: LintProblem, fix: Fix): void {
  const out = applyFix(text, fix);
  checkOnlyEditedRangesChange(text, out, fix);
  checkLineEnds(text, out, fix);

  const at = mapOffset(fix.edits, problem.start, text);
  const after = lintText(out, options);
  checkLintResult(out, after);
  const same = after.problems.filter((q) => q.ruleId === problem.ruleId && q.start === at);
  // One use of a variable can hold several values (assigned in a loop, an array): each is its
  // own problem at the use, told apart by the related span pointing at the value.
  const relatedAt = (spans: readonly { start: number }[]) => spans.map((r) => r.start).join(',');
  const relatedWas = relatedAt(problem.related.map((r) => ({ start: mapOffset(fix.edits, r.start, text) })));
  const still = same.filter((q) => q.messageId === problem.messageId && relatedAt(q.related) === relatedWas);
  assert.deepStrictEqual(still.map(describeProblem), [], `fix "${fix.title}" for ${describeProblem(problem)} did not remove it`);

  // Idempotence: if the rule still offers the same fix (same title, edits at the same mapped
  // places) for a problem at the same place, applying it must change nothing.
  const editPlaces = sortedEdits(fix.edits).map((e) => mapOffset(fix.edits, e.start, text)).join(',');
  const isSameFix = (f: Fix) => f.title === fix.title && sortedEdits(f.edits).map((e) => e.start).join(',') === editPlaces;
  for (const q of same) {
    for (const again of q.fixes.filter(isSameFix)) {
      assert.strictEqual(applyFix(out, again), out, `fix "${fix.title}" for ${describeProblem(problem)} changes the text a second time`);
    }
  }
}

/** Tokenizes and lints `text`, then applies every fix of every problem, one at a time. */
export function checkText(text: string, options: LintOptions = defaultOptions()): LintResult {
  checkTokens(text);
  const result = lintText(text, options);
  checkLintResult(text, result);
  if (text.includes('\0')) assert.strictEqual(result.skipped?.reason, 'binary', 'a text with NUL was linted');
  for (const problem of result.problems) {
    for (const fix of problem.fixes) checkFix(text, options, problem, fix);
  }
  return result;
}
