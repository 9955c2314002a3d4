import type { NameTable } from '../../shared/nameTable';
import type { ParseContext } from '../parseOutput';

/** What a deferred step is. */
export const enum DeferredKind {
  /** `$x = …`, to a plain variable. */
  Assignment,
  /** `$x.Method(…)`, `$x.Path.Method(…)`. */
  MethodCall,
}

/** The numbers kept for each deferred step, side by side in one typed array. */
const enum Field {
  Kind,
  /**
   * Position, among the tokens the parser reads, where the part read again starts: an
   * assignment's value (-1 for `$x =` with nothing after it), a method call's first argument.
   */
  ReadAt,
  /** An assignment's operator; a method call's first and last offsets. */
  Start,
  End,
  /** An assignment's target. */
  TargetStart,
  TargetEnd,
  StatementStart,
  StatementEnd,
  Depth,
  /** The enclosing loop's index, or -1. */
  Loop,
  /** How many brackets were open around it (see TokenCursor.enterGroup). */
  Nesting,
  /** How many steps, and assignments or method calls, were recorded before it: where it goes when it is followed after all. */
  StepsBefore,
  ListBefore,
  /** A method call's member path, as a range of `pathParts`. */
  PathStart,
  PathLength,
  /** The variable, and a method call's method, as indices into `names`. */
  Variable,
  Method,
  Count,
}

/** Where a deferred step was read: enough to read it again exactly as the parser first did. */
export interface DeferredPlace {
  readAt: number;
  context: ParseContext;
  nesting: number;
}

export interface DeferredEntry {
  kind: DeferredKind;
  variable: string;
  /** A method call's method; '' for an assignment. */
  method: string;
  /** A method call's member path; empty for an assignment. */
  path: string[];
  place: DeferredPlace;
  /** An assignment's operator; a method call's first and last offsets. */
  start: number;
  end: number;
  /** An assignment's target. */
  targetStart: number;
  targetEnd: number;
  statementEnd: number;
}

/**
 * Plain assignments (`$x = …`) and method calls (`$x.Add(…)`) the parser read but did not build,
 * because it cannot yet tell whether any rule will follow their variable: kept as numbers in a
 * typed array, which the garbage collector never walks. A large script has tens of thousands,
 * almost all on variables no known command, loop or followed assignment ever reads
 * (docs/performance.md, "Choices in the code").
 */
export class DeferredSteps {
  /** Empty until the first entry: most parsers (of small scripts, of splatted hashtables) defer little or nothing. */
  private numbers: Int32Array = new Int32Array(0);
  /** The member paths of the method calls, one after another, as numbers from `names`. */
  private pathParts: Int32Array = new Int32Array(0);
  private pathCount = 0;
  length = 0;

  /**
   * @param names Numbers the names the entries use (variables, methods, path parts): a script uses
   * a few names over and over, and arrays of a pointer per entry were most of what deferring allocated.
   */
  constructor(private readonly names: NameTable) {}

  pushAssignment(variable: string, valueAt: number, operatorStart: number, operatorEnd: number, targetStart: number, targetEnd: number, context: ParseContext, statementEnd: number, nesting: number, stepsBefore: number, assignmentsBefore: number): void {
    const at = this.append(DeferredKind.Assignment, variable, '', valueAt, operatorStart, operatorEnd, context, statementEnd, nesting, stepsBefore, assignmentsBefore);
    this.numbers[at + Field.TargetStart] = targetStart;
    this.numbers[at + Field.TargetEnd] = targetEnd;
  }

  /** A method call on `variable`, with the member path `pathStack[pathFrom … pathTo)` (the parser's own stack, copied here). */
  pushMethodCall(variable: string, pathStack: readonly string[], pathFrom: number, pathTo: number, method: string, argsAt: number, start: number, end: number, context: ParseContext, nesting: number, stepsBefore: number, methodCallsBefore: number): void {
    const at = this.append(DeferredKind.MethodCall, variable, method, argsAt, start, end, context, end, nesting, stepsBefore, methodCallsBefore);
    this.numbers[at + Field.PathLength] = pathTo - pathFrom;
    for (let i = pathFrom; i < pathTo; i++) {
      if (this.pathCount === this.pathParts.length) this.pathParts = grown(this.pathParts, Math.max(16, this.pathParts.length * 2));
      this.pathParts[this.pathCount++] = this.names.numberOf(pathStack[i]);
    }
  }

  /** Makes room for about `entries` entries at once: growing an array step by step cost a small script more than its parse. */
  reserve(entries: number): void {
    if (entries * Field.Count > this.numbers.length) this.numbers = grown(this.numbers, entries * Field.Count);
  }

  private append(kind: DeferredKind, variable: string, method: string, readAt: number, start: number, end: number, context: ParseContext, statementEnd: number, nesting: number, stepsBefore: number, listBefore: number): number {
    const at = this.length * Field.Count;
    if (at + Field.Count > this.numbers.length) this.numbers = grown(this.numbers, Math.max(16 * Field.Count, this.numbers.length * 2));
    const n = this.numbers;
    n[at + Field.Kind] = kind;
    n[at + Field.ReadAt] = readAt;
    n[at + Field.Start] = start;
    n[at + Field.End] = end;
    n[at + Field.StatementStart] = context.statementStart;
    n[at + Field.StatementEnd] = statementEnd;
    n[at + Field.Depth] = context.depth;
    n[at + Field.Loop] = context.loop ?? -1;
    n[at + Field.Nesting] = nesting;
    n[at + Field.StepsBefore] = stepsBefore;
    n[at + Field.ListBefore] = listBefore;
    n[at + Field.PathStart] = this.pathCount;
    n[at + Field.PathLength] = 0;
    n[at + Field.Variable] = this.names.numberOf(variable);
    n[at + Field.Method] = kind === DeferredKind.MethodCall ? this.names.numberOf(method) : -1;
    this.length++;
    return at;
  }

  /** Takes back the entries from `length` on, as the parser does with a reading it repeats. */
  truncate(length: number): void {
    if (length >= this.length) return;
    // With their path parts, which start where the first entry taken back started its own.
    this.pathCount = this.numbers[length * Field.Count + Field.PathStart];
    this.length = length;
  }

  kind(index: number): DeferredKind {
    return this.numbers[index * Field.Count + Field.Kind];
  }

  /** How many steps were recorded before it. */
  stepsBefore(index: number): number {
    return this.numbers[index * Field.Count + Field.StepsBefore];
  }

  /** How many assignments (for an assignment) or method calls (for a method call) were recorded before it. */
  listBefore(index: number): number {
    return this.numbers[index * Field.Count + Field.ListBefore];
  }

  /** Where it starts as steps are ordered: an assignment at its statement, a method call at its expression. */
  orderStart(index: number): number {
    return this.numbers[index * Field.Count + (this.kind(index) === DeferredKind.Assignment ? Field.StatementStart : Field.Start)];
  }

  /** All that is kept of entry `index`, to build it from. */
  entry(index: number): DeferredEntry {
    const at = index * Field.Count;
    const n = this.numbers;
    const loop = n[at + Field.Loop];
    const pathStart = n[at + Field.PathStart];
    const path: string[] = [];
    for (let i = pathStart; i < pathStart + n[at + Field.PathLength]; i++) path.push(this.names.nameNumbered(this.pathParts[i]));
    return {
      kind: n[at + Field.Kind],
      variable: this.names.nameNumbered(n[at + Field.Variable]),
      method: n[at + Field.Method] < 0 ? '' : this.names.nameNumbered(n[at + Field.Method]),
      path,
      place: {
        readAt: n[at + Field.ReadAt],
        context: { depth: n[at + Field.Depth], loop: loop < 0 ? undefined : loop, statementStart: n[at + Field.StatementStart] },
        nesting: n[at + Field.Nesting],
      },
      start: n[at + Field.Start],
      end: n[at + Field.End],
      targetStart: n[at + Field.TargetStart],
      targetEnd: n[at + Field.TargetEnd],
      statementEnd: n[at + Field.StatementEnd],
    };
  }

  /**
   * The entries on each variable, in order, as linked lists in typed arrays: `first(variable)`
   * is the first entry on it (or -1), `next[entry]` the one after (or -1).
   */
  entriesByVariable(): { first(variable: string): number; next: Int32Array } {
    const heads = new Int32Array(this.names.numberedCount).fill(-1);
    const next = new Int32Array(this.length);
    const n = this.numbers;
    for (let i = this.length - 1; i >= 0; i--) {
      const id = n[i * Field.Count + Field.Variable];
      next[i] = heads[id];
      heads[id] = i;
    }
    const first = (variable: string) => {
      const id = this.names.existingNumberOf(variable);
      // A name first numbered after this list was made (reading a deferred value again numbers the
      // names it meets) has no deferred step: every step was deferred before.
      return id === undefined || id >= heads.length ? -1 : heads[id];
    };
    return { first, next };
  }
}

function grown(array: Int32Array, capacity: number): Int32Array {
  const copy = new Int32Array(capacity);
  copy.set(array);
  return copy;
}
