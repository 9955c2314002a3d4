import type { ParseContext } from './parseOutput';

/** The numbers kept for each deferred assignment, side by side in one typed array. */
const enum Field {
  /** Position, among the tokens the parser reads, where the value starts; -1 for `$x =` with nothing after it. */
  ValueAt,
  OperatorStart,
  OperatorEnd,
  TargetStart,
  TargetEnd,
  StatementStart,
  StatementEnd,
  Depth,
  /** The enclosing loop's index, or -1. */
  Loop,
  /** How many brackets were open around the value (see TokenCursor.enterGroup). */
  Nesting,
  /** How many steps and assignments were recorded before this one: where it goes when it is followed after all. */
  StepsBefore,
  AssignmentsBefore,
  Count,
}

/** What a deferred assignment was read in: enough to read its value again exactly as the parser first did. */
export interface DeferredPlace {
  valueAt: number;
  context: ParseContext;
  nesting: number;
}

/**
 * Plain assignments (`$x = …`) the parser read but did not build, because it cannot yet tell
 * whether any rule will follow their variable: as numbers in a typed array, which the garbage
 * collector never walks. A large script has tens of thousands, almost all to variables that no
 * known command, loop or followed assignment ever reads; as objects with their values they were
 * half of a model, and the collector copied each of them between generations.
 */
export class DeferredAssignments {
  private numbers = new Int32Array(64 * Field.Count);
  private readonly variables: string[] = [];
  length = 0;

  push(
    variable: string,
    valueAt: number,
    operatorStart: number,
    operatorEnd: number,
    targetStart: number,
    targetEnd: number,
    context: ParseContext,
    statementEnd: number,
    nesting: number,
    stepsBefore: number,
    assignmentsBefore: number,
  ): void {
    const at = this.length * Field.Count;
    if (at + Field.Count > this.numbers.length) {
      const grown = new Int32Array(this.numbers.length * 2);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    const n = this.numbers;
    n[at + Field.ValueAt] = valueAt;
    n[at + Field.OperatorStart] = operatorStart;
    n[at + Field.OperatorEnd] = operatorEnd;
    n[at + Field.TargetStart] = targetStart;
    n[at + Field.TargetEnd] = targetEnd;
    n[at + Field.StatementStart] = context.statementStart;
    n[at + Field.StatementEnd] = statementEnd;
    n[at + Field.Depth] = context.depth;
    n[at + Field.Loop] = context.loop ?? -1;
    n[at + Field.Nesting] = nesting;
    n[at + Field.StepsBefore] = stepsBefore;
    n[at + Field.AssignmentsBefore] = assignmentsBefore;
    this.variables[this.length++] = variable;
  }

  /** Takes back the entries from `length` on, as the parser does with a reading it repeats. */
  truncate(length: number): void {
    this.length = Math.min(this.length, length);
  }

  variable(index: number): string {
    return this.variables[index];
  }

  place(index: number): DeferredPlace {
    const at = index * Field.Count;
    const n = this.numbers;
    const loop = n[at + Field.Loop];
    return {
      valueAt: n[at + Field.ValueAt],
      context: { depth: n[at + Field.Depth], loop: loop < 0 ? undefined : loop, statementStart: n[at + Field.StatementStart] },
      nesting: n[at + Field.Nesting],
    };
  }

  operatorStart(index: number): number {
    return this.numbers[index * Field.Count + Field.OperatorStart];
  }

  operatorEnd(index: number): number {
    return this.numbers[index * Field.Count + Field.OperatorEnd];
  }

  targetStart(index: number): number {
    return this.numbers[index * Field.Count + Field.TargetStart];
  }

  targetEnd(index: number): number {
    return this.numbers[index * Field.Count + Field.TargetEnd];
  }

  statementStart(index: number): number {
    return this.numbers[index * Field.Count + Field.StatementStart];
  }

  statementEnd(index: number): number {
    return this.numbers[index * Field.Count + Field.StatementEnd];
  }

  stepsBefore(index: number): number {
    return this.numbers[index * Field.Count + Field.StepsBefore];
  }

  assignmentsBefore(index: number): number {
    return this.numbers[index * Field.Count + Field.AssignmentsBefore];
  }

  /** The entries of each variable, in order. */
  byVariable(): Map<string, number[]> {
    const lists = new Map<string, number[]>();
    for (let i = 0; i < this.length; i++) {
      const variable = this.variables[i];
      const list = lists.get(variable);
      if (list) list.push(i);
      else lists.set(variable, [i]);
    }
    return lists;
  }
}
