import { dominantLineBreak } from '../shared/lineBreak';
import { indentAt, lineStartAt, nextLineStartAt } from '../shared/lineIndex';
import { tokenize } from '../tokenizer/tokenizer';
import { couldActOnPasswordSync } from './facts/passwordSyncPrefilter';
import { emptyParseOutput } from './parseOutput';
import { Parser, type ParseOutput } from './syntax/parser';
import { isPasswordSyncScript } from './facts/passwordSync';
import type { ScriptModel } from './types';

export type { ScriptModel } from './types';

const NO_STATEMENTS: ParseOutput = emptyParseOutput();

/**
 * The model of a script. With `skipUnlessPasswordSync`, a script that cannot act on password sync
 * (see couldActOnPasswordSync) is not parsed: its model has tokens but no statements,
 * which is all the rules look at in such a script.
 */
export function buildScriptModel(text: string, skipUnlessPasswordSync = false, readDotSourced?: (path: string) => string | undefined): ScriptModel {
  const { tokens, errors } = tokenize(text);
  const parse = !skipUnlessPasswordSync || couldActOnPasswordSync(text, tokens);
  const parsed = parse ? new Parser(text, tokens).parse() : NO_STATEMENTS;
  let lineBreak: string | undefined;
  const model: ScriptModel = {
    text,
    tokens,
    lexErrors: errors,
    get eol() {
      return (lineBreak ??= dominantLineBreak(text));
    },
    ...parsed,
    isPasswordSyncScript: false,
    readDotSourced,
    lineStart: (offset) => lineStartAt(text, offset),
    nextLineStart: (offset) => nextLineStartAt(text, offset),
    indentAt: (offset) => indentAt(text, offset),
  };
  model.isPasswordSyncScript = parse && isPasswordSyncScript(model);
  return model;
}
