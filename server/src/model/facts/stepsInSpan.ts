import { partitionPoint } from '../../shared/binarySearch';
import type { ScriptModel, Step } from '../types';
import { oncePerModel } from './oncePerModel';

/** The statements that start in a span of the script. */
export interface StepsInSpan {
  /** The model's steps that start there, ordered by where they start. */
  steps: Step[];
  /** How many of the assignments and method calls no rule follows start there (they are not built). */
  unfollowed: number;
}

/**
 * Packs a statement's start and its index into one number, start * STEP_INDEX_SPAN + index: exact
 * in a double for any text V8 can hold (under 2 ** 29 characters) and up to 2 ** 24 statements.
 */
const STEP_INDEX_SPAN = 2 ** 24;

/**
 * The steps, then the assignments and method calls no rule follows, ordered by where they start
 * (an assignment at its statement, a command at its name, a method call at its expression),
 * packed with their indices (an unfollowed one's counted on from the last step's). Sorted once
 * per model, when first asked, so that each question looks at the statements in its span only.
 */
const stepsByStart = oncePerModel((model): Float64Array => {
  const steps = model.steps;
  const unfollowed = model.unfollowed;
  const order = new Float64Array(steps.length + unfollowed.length);
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    order[i] = (step.step === 'assignment' ? step.statementStart : step.start) * STEP_INDEX_SPAN + i;
  }
  for (let i = 0; i < unfollowed.length; i++) order[steps.length + i] = unfollowed.start(i) * STEP_INDEX_SPAN + steps.length + i;
  return order.sort();
});

/**
 * The statements that start at or after `start` and before `end`; undefined for a script with
 * more statements (2 ** 24) than the order can tell apart.
 */
export function stepsStartingIn(model: ScriptModel, start: number, end: number): StepsInSpan | undefined {
  const steps = model.steps;
  if (steps.length + model.unfollowed.length >= STEP_INDEX_SPAN) return undefined;
  const byStart = stepsByStart(model);
  const found: StepsInSpan = { steps: [], unfollowed: 0 };
  const from = start * STEP_INDEX_SPAN;
  const to = end * STEP_INDEX_SPAN;
  for (let i = partitionPoint(byStart.length, (k) => byStart[k] < from); i < byStart.length && byStart[i] < to; i++) {
    const index = byStart[i] % STEP_INDEX_SPAN;
    if (index < steps.length) found.steps.push(steps[index]);
    else found.unfollowed++;
  }
  return found;
}
