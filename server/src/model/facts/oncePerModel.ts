import type { ScriptModel } from '../types';

/**
 * `compute`, run at most once per model: the answer is kept as long as the model lives (the rules,
 * the suppressions and the fixes of one lint ask the same questions of it).
 */
export function oncePerModel<T>(compute: (model: ScriptModel) => T): (model: ScriptModel) => T {
  const answers = new WeakMap<ScriptModel, T>();
  return (model) => {
    let answer = answers.get(model);
    if (answer === undefined) {
      answer = compute(model);
      answers.set(model, answer);
    }
    return answer;
  };
}
