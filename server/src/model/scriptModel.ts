export type { ScriptModel } from './types';
import type { ScriptModel } from './types';

// Placeholder until the model builder lands: an empty model, so that the engine runs end to end.
export function buildScriptModel(text: string): ScriptModel {
  return {
    text,
    tokens: [],
    lexErrors: [],
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    steps: [],
    commands: [],
    assignments: [],
    methodCalls: [],
    loops: [],
    comments: [],
    isPasswordSyncScript: false,
    lineStart: () => 0,
    nextLineStart: () => text.length,
    indentAt: () => '',
  };
}
