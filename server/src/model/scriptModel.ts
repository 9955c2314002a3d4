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

export interface ModelOptions {
  /**
   * A script that cannot act on password sync (see couldActOnPasswordSync) is not parsed: its
   * model has tokens but no statements, which is all the rules look at in such a script.
   */
  skipUnlessPasswordSync?: boolean;
  /**
   * Every assignment and method call built while parsing, none deferred, and no script skipped:
   * slower, and meant as the oracle the lazy model is checked against. Every fact the two give
   * must be the same.
   */
  eager?: boolean;
  /** Reads a file the script dot-sources (see ScriptModel.readDotSourced). */
  readDotSourced?: (path: string) => string | undefined;
}

/** The model of a script (see ModelOptions). */
export function buildScriptModel(text: string, options: ModelOptions = {}): ScriptModel {
  const { tokens, errors } = tokenize(text);
  const eager = options.eager === true;
  const parse = eager || !options.skipUnlessPasswordSync || couldActOnPasswordSync(text, tokens);
  const parsed = parse ? new Parser(text, tokens).parse(eager) : NO_STATEMENTS;
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
    readDotSourced: options.readDotSourced,
    lineStart: (offset) => lineStartAt(text, offset),
    nextLineStart: (offset) => nextLineStartAt(text, offset),
    indentAt: (offset) => indentAt(text, offset),
  };
  model.isPasswordSyncScript = parse && isPasswordSyncScript(model);
  return model;
}
