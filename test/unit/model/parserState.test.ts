import * as assert from 'assert';
import { RECORDED_LISTS, emptyParseOutput } from '../../../server/src/model/parseOutput';
import { buildScriptModel } from '../../../server/src/model/scriptModel';
import { ParserState } from '../../../server/src/model/syntax/parserState';
import { NameTable } from '../../../server/src/shared/nameTable';
import type { Expr } from '../../../server/src/model/types';

const CONTEXT = { depth: 0, loop: undefined, statementStart: 0 };

/** Pushes one placeholder item onto every recorded list and one deferred step. */
function recordOneOfEach(state: ParserState): void {
  for (const name of RECORDED_LISTS) (state.out[name] as unknown[]).push({ placeholder: name });
  state.deferred.pushAssignment('x', 0, 0, 1, 0, 1, CONTEXT, 1, 0, 0, 0);
}

function lengths(state: ParserState): number[] {
  return [...RECORDED_LISTS.map((name) => state.out[name].length), state.deferred.length];
}

describe('parser state', () => {
  it('declares every list of the parse output once: each recorded list is an empty array, and nothing else is', () => {
    const out = emptyParseOutput();
    const arrays = Object.entries(out).filter(([, value]) => Array.isArray(value)).map(([name]) => name);
    assert.deepStrictEqual(arrays.sort(), [...RECORDED_LISTS].sort());
    for (const name of RECORDED_LISTS) assert.deepStrictEqual(out[name], []);
    assert.strictEqual(out.unclosedFrom, Infinity);
  });

  it('gives a model every recorded list', () => {
    const model = buildScriptModel('$a = 1\nGet-ADSyncConnector -Name $a');
    for (const name of RECORDED_LISTS) assert.ok(Array.isArray(model[name]), name);
    assert.strictEqual(model.commands.length, 1);
  });

  it('takes back every recorded list and the deferred steps to a mark, and keeps what came before it', () => {
    const state = new ParserState(new NameTable());
    recordOneOfEach(state);
    const mark = state.markOutput();
    recordOneOfEach(state);
    const inner = state.markOutput();
    recordOneOfEach(state);
    assert.deepStrictEqual(lengths(state), RECORDED_LISTS.map(() => 3).concat(3));
    state.rollBackTo(inner);
    assert.deepStrictEqual(lengths(state), RECORDED_LISTS.map(() => 2).concat(2));
    state.releaseMark(inner);
    state.rollBackTo(mark);
    assert.deepStrictEqual(lengths(state), RECORDED_LISTS.map(() => 1).concat(1));
    // The mark stays set: a second rollback to it takes back what was recorded since.
    recordOneOfEach(state);
    state.rollBackTo(mark);
    assert.deepStrictEqual(lengths(state), RECORDED_LISTS.map(() => 1).concat(1));
    state.releaseMark(mark);
  });

  it('puts back the value mode, and wants every value while reading again', () => {
    const state = new ParserState(new NameTable());
    assert.strictEqual(state.valueWanted, true);
    const outer = state.wantValue(false);
    assert.strictEqual(state.valueWanted, false);
    const rereading = state.startRereading();
    assert.strictEqual(state.valueWanted, true);
    const inner = state.wantValue(false);
    assert.strictEqual(state.valueWanted, true, 'a dropped value is wanted while reading again');
    state.restoreValue(inner);
    state.stopRereading(rereading);
    assert.strictEqual(state.valueWanted, false);
    assert.strictEqual(state.wantValue(false), false);
    state.restoreValue(outer);
    assert.strictEqual(state.valueWanted, true);
  });

  it('hands out the shared span only for unwanted values, and copies it for a kept place', () => {
    const state = new ParserState(new NameTable());
    const wanted = state.unknownSpan(1, 2);
    const outer = state.wantValue(false);
    const first = state.unknownSpan(3, 4);
    const kept = state.keptValue(first);
    const second = state.unknownSpan(5, 6);
    state.restoreValue(outer);
    assert.notStrictEqual(wanted, first);
    assert.strictEqual(first, second, 'one reused object');
    assert.deepStrictEqual(kept, { kind: 'unknown', start: 3, end: 4 });
    assert.strictEqual(state.keptValue(wanted), wanted);
    state.retireUnwantedSpan();
    assert.deepStrictEqual([second.start, second.end], [-1, -1]);
  });

  it('undoes the hashtables assigned while deferring, and logs none outside', () => {
    const state = new ParserState(new NameTable());
    const table = (opener: number): Extract<Expr, { kind: 'hashtable' }> => ({ kind: 'hashtable', opener, start: opener, end: opener + 1 });
    state.keepHashtable('a', table(1));
    const logged = state.startDeferring();
    assert.strictEqual(logged, 0, 'nothing logged outside a reading for deferring');
    state.keepHashtable('a', table(2));
    state.keepHashtable('b', table(3));
    state.stopDeferring();
    state.undoHashtables(logged);
    assert.strictEqual(state.hashtables.get('a')?.opener, 1);
    assert.strictEqual(state.hashtables.has('b'), false);
    const again = state.startDeferring();
    state.keepHashtable('c', table(4));
    state.stopDeferring();
    state.settleDeferring();
    assert.strictEqual(state.startDeferring(), 0, 'the log is forgotten once no reading for deferring is under way');
    state.stopDeferring();
    assert.strictEqual(again, 0);
    assert.strictEqual(state.hashtables.get('c')?.opener, 4);
  });
});
