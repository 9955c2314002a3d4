import { DeferredSteps } from '../deferred/deferredSteps';
import { emptyParseOutput, RECORDED_LISTS, type ParseOutput } from '../parseOutput';
import type { NameTable } from '../../shared/nameTable';
import type { Expr } from '../types';

type HashtableExpr = Extract<Expr, { kind: 'hashtable' }>;
type UnknownExpr = Extract<Expr, { kind: 'unknown' }>;

/**
 * Everything the parser changes while it reads, in one object: where it is, what it reads values
 * for, what it has recorded, and the scratch it reuses. The readers (TokenCursor,
 * ExpressionParser, Parser) keep nothing of their own but caches; each parser has one
 * ParserState, and a parser that reads parts of the text again (deferred steps, splatted
 * hashtables) has another, so that what it records never reaches this one's output.
 *
 * The modes change only through the operations below, and each change is put back by its
 * partner (`wantValue`/`restoreValue`, `startRereading`/`stopRereading`,
 * `startDeferring`/`stopDeferring`, `markOutput`/`releaseMark`): a reading never leaves a mode
 * behind for the one after it. Pairs of calls rather than callbacks (`withValue(wanted, read)`),
 * because every operand and pipeline sets a mode: a closure for each made building the model
 * 5-10% slower. No try/finally either: a parse that throws is abandoned with its state.
 *
 * Invariants:
 * - `valueWanted` is true only where the model keeps the value being read (an assignment's, a
 *   known command's argument, a recorded method call's, a loop's collection), or within a reading
 *   again. Elsewhere values are read for their span alone, and most of them come back as the one
 *   reused unwanted span, so that a value skipped allocates nothing.
 * - The unwanted span is read at once and never kept: `keptValue` copies it for any place that
 *   keeps a value, and `retireUnwantedSpan` spoils it once the parse is over, so that a copy
 *   forgotten somewhere shows in the model instead of taking the span of the last value read.
 * - A reading that may be repeated sets a mark first (`markOutput`) and, if it is repeated, takes
 *   back everything recorded since (`rollBackTo`): every list in RECORDED_LISTS and the deferred
 *   steps, so that nothing is recorded twice. The parse only pushes onto the lists; `surelyFollowed`
 *   is never taken back, since the reading repeated records the same again.
 * - Nothing is read a third time: within a reading again every value is wanted, so none in it is
 *   dropped and read once more (reading nested piped expressions again at each level had made
 *   the work grow exponentially with their nesting).
 * - While an assignment is read to be deferred (`startDeferring`), each hashtable assigned is
 *   logged, so that if the assignment is built now after all, its value read again finds the
 *   hashtables as they were. Outside such readings the log is empty.
 */
export class ParserState {
  // ---- position ----

  /** The current position among the significant tokens. */
  pos = 0;
  /** Brackets open around the position, to bound the recursion (see TokenCursor.enterGroup). */
  nesting = 0;
  /**
   * Where the parser first ran off the end of the text inside a bracket (the offset just after the
   * opener), or Infinity: a line added after it would be read as more of that bracket.
   */
  unclosedFrom = Infinity;

  // ---- what values are read for ----

  /**
   * Whether the value being read is kept (see the invariants); set through wantValue. Most
   * values are not (expression statements, operands, the arguments of commands no rule reads);
   * those are still read for the steps inside them, but give no literal values, lists, paths or
   * entries, which were most of what a lint allocated. Every value comes back with its true span
   * either way.
   */
  valueWanted = true;
  /** How deep the parser is in reading an expression again for its value (what a pipe passes to ForEach-Object). */
  private rereadingDepth = 0;

  // ---- what is recorded ----

  /** The lists the model is made of. */
  readonly out: ParseOutput = emptyParseOutput();
  /**
   * Plain assignments and method calls read without being built, to be built once the whole
   * script is read if a rule can follow their variable (see followSteps).
   */
  readonly deferred: DeferredSteps;
  /**
   * Variables a rule surely follows, known while parsing: those an assignment built whole (with a
   * known command or a constructor) assigns. Their assignments and method calls are built at once
   * rather than deferred and read again. A reading that is repeated records the same again, so
   * this set is never taken back.
   */
  readonly surelyFollowed = new Set<string>();
  /**
   * Builds every assignment and method call as it is read, deferring none: the eager model, an
   * oracle the lazy one is tested against (see buildScriptModel).
   */
  buildsEveryStep = false;
  /** Hashtables assigned to variables, for splatting: `$p = @{...}; Cmd @p`. */
  readonly hashtables = new Map<string, HashtableExpr>();

  /** `out`'s recorded lists, in RECORDED_LISTS order: the parse only pushes onto them, so they stay these arrays. */
  private readonly lists: { length: number }[];
  /**
   * The lengths of the recorded lists and of the deferred steps, `markSize` numbers a mark,
   * innermost last. Numbers on a stack kept by hand rather than an object a mark: every pipeline
   * element sets one.
   */
  private readonly marks: number[] = [];
  private markTop = 0;
  private readonly markSize: number;

  /** How many readings for deferring are under way (see the invariants). */
  private deferringDepth = 0;
  /** The hashtables assigned while deferring, as [variable, the one it replaced] pairs. */
  private readonly hashtableUndo: [string, HashtableExpr | undefined][] = [];

  // ---- reused scratch ----

  /** The value every unwanted read returns (see unknownSpan); rewritten by each read. */
  private readonly unwantedSpan: UnknownExpr = { kind: 'unknown', start: 0, end: 0 };
  /**
   * Member paths being read, innermost last, up to `pathTop` (see ExpressionParser.parsePostfix):
   * nested reads (a method's arguments have paths of their own) share it. The top is kept by
   * hand: shortening the array by its length let V8 drop its storage and allocate it again.
   */
  readonly pathStack: string[] = [];
  pathTop = 0;

  constructor(names: NameTable) {
    this.deferred = new DeferredSteps(names);
    const out = this.out;
    this.lists = RECORDED_LISTS.map((name) => out[name]);
    this.markSize = this.lists.length + 1;
  }

  // ---- value modes ----

  /** Starts a reading of its own at position `pos`, `nesting` brackets deep, for its value (see Parser.valueAgain). */
  readFrom(pos: number, nesting: number): void {
    this.pos = pos;
    this.nesting = nesting;
    this.valueWanted = true;
  }

  /**
   * Reads what follows for its value when `wanted`; else for its span alone, unless reading again
   * (see the invariants). Returns the mode it replaces, for restoreValue.
   */
  wantValue(wanted: boolean): boolean {
    const outer = this.valueWanted;
    this.valueWanted = wanted || this.rereadingDepth > 0;
    return outer;
  }

  /** Puts back the mode that wantValue or startRereading replaced. */
  restoreValue(outer: boolean): void {
    this.valueWanted = outer;
  }

  /** Starts reading again, for its value, what was read for its span alone; returns the mode for stopRereading. */
  startRereading(): boolean {
    this.rereadingDepth++;
    return this.wantValue(true);
  }

  stopRereading(outer: boolean): void {
    this.rereadingDepth--;
    this.valueWanted = outer;
  }

  // ---- values read for their span alone ----

  /** An unknown value spanning [start, end): a new one when the value is wanted, else the shared unwanted span. */
  unknownSpan(start: number, end: number): Expr {
    if (this.valueWanted) return { kind: 'unknown', start, end };
    const span = this.unwantedSpan;
    span.start = start;
    span.end = end;
    return span;
  }

  /**
   * `value` as something the model may keep: the shared unwanted span is copied, so that a value
   * read for its span alone, should one ever reach a kept place, keeps its span.
   */
  keptValue(value: Expr): Expr {
    return value === this.unwantedSpan ? { kind: 'unknown', start: value.start, end: value.end } : value;
  }

  /** Marks the shared unwanted span as spent (an offset no value has); see the invariants. */
  retireUnwantedSpan(): void {
    this.unwantedSpan.start = -1;
    this.unwantedSpan.end = -1;
  }

  // ---- marks ----

  /** Notes how long every recorded list is: where rollBackTo takes the output back to. */
  markOutput(): number {
    const mark = this.markTop;
    const marks = this.marks;
    const lists = this.lists;
    const count = lists.length;
    for (let i = 0; i < count; i++) marks[mark + i] = lists[i].length;
    marks[mark + count] = this.deferred.length;
    this.markTop = mark + this.markSize;
    return mark;
  }

  /** Takes back what was recorded since `mark`, which stays set. */
  rollBackTo(mark: number): void {
    const marks = this.marks;
    const lists = this.lists;
    const count = lists.length;
    for (let i = 0; i < count; i++) {
      // Only lists that grew are cut: setting an array's length is not free even when it is the same.
      if (lists[i].length > marks[mark + i]) lists[i].length = marks[mark + i];
    }
    this.deferred.truncate(marks[mark + count]);
  }

  /** Forgets `mark`, and any set after it. */
  releaseMark(mark: number): void {
    this.markTop = mark;
  }

  // ---- hashtables and deferring ----

  /** Starts a reading for deferring; returns what undoHashtables takes the hashtables back to. */
  startDeferring(): number {
    this.deferringDepth++;
    return this.hashtableUndo.length;
  }

  stopDeferring(): void {
    this.deferringDepth--;
  }

  /** Forgets the hashtables' log once no reading for deferring is under way: none can be taken back. */
  settleDeferring(): void {
    // Only a log that grew is cut: setting an array's length is not free even when it is the same.
    if (this.deferringDepth === 0 && this.hashtableUndo.length > 0) this.hashtableUndo.length = 0;
  }

  keepHashtable(variable: string, value: HashtableExpr): void {
    if (this.deferringDepth > 0) this.hashtableUndo.push([variable, this.hashtables.get(variable)]);
    this.hashtables.set(variable, value);
  }

  /** Puts the hashtables back as they were when startDeferring returned `logged`. */
  undoHashtables(logged: number): void {
    const undo = this.hashtableUndo;
    while (undo.length > logged) {
      const [variable, previous] = undo.pop()!;
      if (previous === undefined) this.hashtables.delete(variable);
      else this.hashtables.set(variable, previous);
    }
  }
}
