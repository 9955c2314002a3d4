import { TokenKind } from '../tokenizer/token';
import type { ScriptModel } from '../model/types';

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

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00A0';
}

/** `# adsync-lint-disable-next-line rule-a, rule-b -- why`, also inside `<# … #>`. */
export function parseDirectives(model: ScriptModel): Directive[] {
  const directives: Directive[] = [];
  const text = model.text;
  // Most scripts hold no directive at all; they need not have their comments collected.
  if (text.indexOf(PREFIX) === -1) return directives;
  for (const comment of model.comments) {
    const isBlock = comment.kind === TokenKind.BlockComment;
    let pos = comment.start + (isBlock ? 2 : 1);
    const end = isBlock && text.startsWith('#>', comment.end - 2) ? comment.end - 2 : comment.end;
    while (pos < end && isSpace(text[pos])) pos++;
    if (!text.startsWith(PREFIX, pos)) continue;
    pos += PREFIX.length;
    const kind = KINDS.find((k) => text.startsWith(k, pos) && (pos + k.length === end || !isWordChar(text[pos + k.length])));
    if (!kind) continue;
    pos += kind.length;
    const rules: Directive['rules'] = [];
    while (pos < end) {
      while (pos < end && (isSpace(text[pos]) || text[pos] === ',' || text[pos] === '\r' || text[pos] === '\n')) pos++;
      if (text.startsWith('--', pos)) break;
      const start = pos;
      while (pos < end && !isSpace(text[pos]) && text[pos] !== ',' && text[pos] !== '\r' && text[pos] !== '\n') pos++;
      if (pos > start) rules.push({ id: text.slice(start, pos), start, end: pos });
    }
    directives.push({ kind, rules, start: comment.start, end: comment.end });
  }
  return directives;
}

function isWordChar(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || ch === '-';
}
