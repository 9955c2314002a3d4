import * as assert from 'assert';
import { tokenize } from '../../../server/src/tokenizer/tokenizer';
import { expandedVariables, parameterName, stringValue, variableName } from '../../../server/src/tokenizer/tokenValue';
import { isTrivia, Token } from '../../../server/src/tokenizer/token';

/** The only non-trivia token of `input` (fails when there is not exactly one). */
function only(input: string): Token {
  const tokens = tokenize(input).tokens.toArray().filter((t) => !isTrivia(t.kind));
  assert.strictEqual(tokens.length, 1, `expected one token in ${JSON.stringify(input)}, got ${tokens.length}`);
  return tokens[0];
}

/** The last non-trivia token, for values that need a command in front (`Write-Host a'b'`). */
function last(input: string): Token {
  const tokens = tokenize(input).tokens.toArray().filter((t) => !isTrivia(t.kind));
  return tokens[tokens.length - 1];
}

describe('stringValue', () => {
  const cases: [string, string | undefined][] = [
    ["'contoso.com'", 'contoso.com'],
    ['‘contoso.com’', 'contoso.com'],
    ["'it''s'", "it's"],
    ["'it’’s'", 'it’s'],
    ["'unterminated", 'unterminated'],
    ['"plain"', 'plain'],
    ['“smart”', 'smart'],
    ['"a""b"', 'a"b'],
    ['"a`"b"', 'a"b'],
    ['"`$notVar"', '$notVar'],
    ['"`n`t`0`a`b`e`f`r`v``"', '\n\t\0\x07\b\x1b\f\r\v`'],
    ['"`u{263A}"', '\u263a'],
    ['"cost $ 5"', 'cost $ 5'],
    ['"$x"', undefined],
    ['"$($x)"', undefined],
    ['"unterminated `$', 'unterminated $'],
    ["@'\nline 1\n'quoted'\n'@", "line 1\n'quoted'"],
    ["@'\r\nx\r\n'@", 'x'],
    ["@'\n'@", ''],
    ['@"\na`tb ""q""\n"@', 'a\tb ""q""'],
    ['@"\n$x\n"@', undefined],
    ["@'\nunterminated", 'unterminated'],
    ['42', '42'],
    ['0x1F', '0x1F'],
    ['$x', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      assert.strictEqual(stringValue(input, only(input)), expected);
    });
  }

  const generic: [string, string | undefined][] = [
    ['Write-Host String', 'String'],
    ['Write-Host ConnectorGlobal', 'ConnectorGlobal'],
    ["Write-Host a'b c'd", 'ab cd'],
    ['Write-Host a"b ""c"d', 'ab "cd'],
    ['Write-Host a`#b', 'a#b'],
    ['Write-Host `$literal', '$literal'],
    ['Write-Host a` b', 'a b'],
    ['Write-Host a$b', undefined],
    ['Write-Host a$(1)b', undefined],
    ['Write-Host -"Enable"', '-Enable'],
  ];
  for (const [input, expected] of generic) {
    it(`argument of ${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      assert.strictEqual(stringValue(input, last(input)), expected);
    });
  }

  it('gives names and keywords their text and nothing for punctuation', () => {
    assert.strictEqual(stringValue('$a.Name', last('$a.Name')), 'Name');
    assert.strictEqual(stringValue('if', only('if')), 'if');
    assert.strictEqual(stringValue('(', only('(')), undefined);
    assert.strictEqual(stringValue('Get-X -Name', last('Get-X -Name')), undefined);
  });
});

describe('parameterName', () => {
  const cases: [string, string][] = [
    ['X -Name', 'Name'],
    ['X -Enable:$true', 'Enable'],
    ['X –SourceConnector', 'SourceConnector'],
    ['X —Enable:', 'Enable'],
    ['X ―enable', 'enable'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => {
      const token = tokenize(input).tokens.toArray().find((t) => input.charCodeAt(t.start) !== 0x58 && !isTrivia(t.kind))!;
      assert.strictEqual(parameterName(input, token), expected);
    });
  }
});

describe('variableName', () => {
  const cases: [string, string | undefined, string][] = [
    ['$adConnector', undefined, 'adConnector'],
    ['$script:adConnector', 'script', 'adConnector'],
    ['$env:COMPUTERNAME', 'env', 'COMPUTERNAME'],
    ['$global:x', 'global', 'x'],
    ['${ad connector}', undefined, 'ad connector'],
    ['${a`}b}', undefined, 'a}b'],
    ['${script:ad connector}', 'script', 'ad connector'],
    ['$$', undefined, '$'],
    ['$?', undefined, '?'],
    ['$_', undefined, '_'],
  ];
  for (const [input, scope, name] of cases) {
    it(`${input} → ${scope ?? '-'}:${name}`, () => {
      assert.deepStrictEqual(variableName(input, only(input)), { scope, name });
    });
  }

  it('splat names', () => {
    const input = 'Set-X @p';
    assert.deepStrictEqual(variableName(input, last(input)), { scope: undefined, name: 'p' });
  });
});

describe('expandedVariables', () => {
  const cases: [string, string[]][] = [
    ['"$adConnector"', ['adconnector']],
    ['“$adConnector - $script:Other”', ['adconnector', 'other']],
    ['"${AD Connector} and $b.Name"', ['ad connector', 'b']],
    ['"`$notVar $real"', ['real']],
    ['"$($c.Name) $x"', ['x']],
    ['"cost $ 5"', []],
    ['@"\n$A\n$(Get-X $inner)\n${B}\n"@', ['a', 'b']],
    ["'$notExpanded'", []],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      assert.deepStrictEqual(expandedVariables(input, only(input)), expected);
    });
  }
});
