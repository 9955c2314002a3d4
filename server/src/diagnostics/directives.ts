import { oncePerModel } from '../model/facts/oncePerModel';
import type { ScriptModel } from '../model/types';
import { COMMENT_STRIDE } from '../tokenizer/tokenList';

export type DirectiveKind = 'disable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named, with their spans; empty means every rule. */
  rules: { id: string; start: number; end: number }[];
  /** The comment holding the directive. */
  start: number;
  end: number;
}

const PREFIX = 'adsync-lint-';
const KINDS: DirectiveKind[] = ['disable-next-line', 'disable-line', 'disable'];

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

/**
 * `# adsync-lint-disable-next-line rule-a, rule-b -- why`, also inside `<# … #>`. Both the
 * suppressions and the invalid-directive rule read them, so they are found once per model.
 */
export const parseDirectives: (model: ScriptModel) => Directive[] = oncePerModel(findDirectives);

function findDirectives(model: ScriptModel): Directive[] {
  const directives: Directive[] = [];
  const text = model.text;
  const comments = model.tokens.comments;
  for (let i = 0; i < comments.length; i += COMMENT_STRIDE) {
    const start = comments[i + 1];
    // A block comment opens with `<#`, a line comment with `#`.
    const directive = directiveIn(text, start, comments[i + 2], text.charCodeAt(start) === 0x3c);
    if (directive) directives.push(directive);
  }
  return directives;
}

function directiveIn(text: string, commentStart: number, commentEnd: number, isBlock: boolean): Directive | undefined {
  let pos = commentStart + (isBlock ? 2 : 1);
  while (pos < commentEnd && isSpace(text.charCodeAt(pos))) pos++;
  // Most comments are no directive: they are told by their first characters, before the end of a
  // long block comment (far off in a large script) is read.
  if (!startsWithPrefix(text, pos, commentEnd)) return undefined;
  const end = isBlock && text.startsWith('#>', commentEnd - 2) ? commentEnd - 2 : commentEnd;
  pos += PREFIX.length;
  const kind = KINDS.find((k) => text.startsWith(k, pos) && (pos + k.length === end || !isWordChar(text[pos + k.length])));
  if (!kind) return undefined;
  pos += kind.length;
  const rules: Directive['rules'] = [];
  while (pos < end) {
    while (pos < end && (isSpace(text.charCodeAt(pos)) || text[pos] === ',' || text[pos] === '\r' || text[pos] === '\n')) pos++;
    if (text.startsWith('--', pos)) break;
    const start = pos;
    while (pos < end && !isSpace(text.charCodeAt(pos)) && text[pos] !== ',' && text[pos] !== '\r' && text[pos] !== '\n') pos++;
    if (pos > start) rules.push({ id: text.slice(start, pos), start, end: pos });
  }
  return { kind, rules, start: commentStart, end: commentEnd };
}

function startsWithPrefix(text: string, pos: number, end: number): boolean {
  if (end - pos < PREFIX.length) return false;
  for (let i = 0; i < PREFIX.length; i++) if (text.charCodeAt(pos + i) !== PREFIX.charCodeAt(i)) return false;
  return true;
}

function isWordChar(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || ch === '-';
}
