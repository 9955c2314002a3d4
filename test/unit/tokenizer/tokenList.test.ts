import * as assert from 'assert';
import { isTrivia, TokenFlags, TokenKind } from '../../../server/src/tokenizer/token';
import { TokenListBuilder } from '../../../server/src/tokenizer/tokenList';
import { tokenize } from '../../../server/src/tokenizer/tokenizer';

describe('TokenList', () => {
  it('keeps every token when it grows past its first capacity', () => {
    const builder = new TokenListBuilder(1, 1);
    for (let i = 0; i < 100; i++) builder.push(i % 2 === 0 ? TokenKind.Variable : TokenKind.Whitespace, i * 3, i * 3 + 3, i === 99 ? TokenFlags.Unterminated : TokenFlags.None);
    const list = builder.finish();
    assert.strictEqual(list.length, 100);
    assert.deepStrictEqual(list.at(0), { kind: TokenKind.Variable, start: 0, end: 3, flags: TokenFlags.None });
    assert.deepStrictEqual(list.at(99), { kind: TokenKind.Whitespace, start: 297, end: 300, flags: TokenFlags.Unterminated });
    assert.deepStrictEqual(list.at(-1), list.at(99));
    assert.strictEqual(list.at(100), undefined);
    assert.strictEqual(list.at(-101), undefined);
    assert.deepStrictEqual([...list.statementTokens], Array.from({ length: 50 }, (_, n) => n * 2));
    assert.deepStrictEqual([...list.statementKinds], Array.from({ length: 50 }, () => TokenKind.Variable));
  });

  it('finds the token holding an offset', () => {
    const text = '$a = "b c"';
    const list = tokenize(text).tokens;
    for (let offset = 0; offset < text.length; offset++) {
      const index = list.indexAt(offset);
      assert.ok(list.start(index) <= offset && offset < list.end(index), `offset ${offset} is not in token ${index}`);
    }
    assert.strictEqual(list.indexAt(text.length), list.length - 1);
    assert.strictEqual(tokenize('').tokens.indexAt(0), -1);
  });

  it('iterates and copies the same tokens that at() gives', () => {
    const list = tokenize('Get-X -A 1 # c').tokens;
    assert.deepStrictEqual([...list], list.toArray());
    assert.deepStrictEqual(list.toArray().map((_, i) => list.at(i)), list.toArray());
    assert.deepStrictEqual(
      list.toArray().map((t) => t.kind),
      [TokenKind.Generic, TokenKind.Whitespace, TokenKind.Parameter, TokenKind.Whitespace, TokenKind.Number, TokenKind.Whitespace, TokenKind.LineComment],
    );
  });

  it('lists the tokens the parser reads: newlines and code, not spaces, comments or continuations', () => {
    const text = 'Get-X `\n  -A 1 # note\n<# block #>$b = 2\n'.repeat(50);
    const list = tokenize(text).tokens;
    const expected: number[] = [];
    list.toArray().forEach((token, index) => {
      if (token.kind === TokenKind.NewLine || !isTrivia(token.kind)) expected.push(index);
    });
    assert.ok(expected.length > 100 && expected.length < list.length);
    assert.deepStrictEqual([...list.statementTokens], expected);
    assert.deepStrictEqual([...list.statementKinds], expected.map((index) => list.kind(index)));
  });

  it('lists the comments', () => {
    const text = 'Get-X `\n  -A 1 # note\n<# block #>$b = "# not a comment"\n'.repeat(50);
    const list = tokenize(text).tokens;
    const expected: number[] = [];
    list.toArray().forEach((token, index) => {
      if (token.kind === TokenKind.LineComment || token.kind === TokenKind.BlockComment) expected.push(index);
    });
    assert.strictEqual(expected.length, 100);
    assert.deepStrictEqual([...list.comments], expected.flatMap((index) => [index, list.start(index), list.end(index)]));
  });

  it('lists the brackets, and the first unterminated token', () => {
    const text = '$a = @(1, $(2)) + @{ k = [int[]]"3" }\nif ($x) { $y[0] } ] ) }\n'.repeat(40) + '"open $(';
    const list = tokenize(text).tokens;
    const bracketKinds = new Set([TokenKind.LParen, TokenKind.RParen, TokenKind.LCurly, TokenKind.RCurly, TokenKind.LBracket, TokenKind.RBracket, TokenKind.AtParen, TokenKind.AtCurly, TokenKind.DollarParen]);
    const expected: number[] = [];
    list.toArray().forEach((token, index) => {
      if (bracketKinds.has(token.kind)) expected.push(index);
    });
    assert.ok(expected.length > 400);
    const openers = new Set([TokenKind.LParen, TokenKind.LCurly, TokenKind.LBracket, TokenKind.AtParen, TokenKind.AtCurly, TokenKind.DollarParen]);
    const edge = (index: number) => (openers.has(list.kind(index)) ? list.end(index) : list.start(index));
    assert.deepStrictEqual([...list.brackets], expected.flatMap((index) => [index, list.kind(index), edge(index)]));
    assert.strictEqual(list.firstUnterminated, list.length - 1);
    assert.strictEqual(tokenize('"a" $(b').tokens.firstUnterminated, 2);
    assert.strictEqual(tokenize('"a"').tokens.firstUnterminated, -1);
  });
});
