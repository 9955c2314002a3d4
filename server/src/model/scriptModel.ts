export type { ScriptModel } from './types';
import type { ScriptModel } from './types';

export function buildScriptModel(_text: string): ScriptModel {
  throw new Error('not yet written');
}
