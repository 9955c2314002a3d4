import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { tokenize, type TokenizeResult } from '../../../server/src/tokenizer/tokenizer';
import { tokenKindName } from '../../../server/src/tokenizer/tokenKindName';
import { isTrivia, Token, TokenFlags, TokenKind } from '../../../server/src/tokenizer/token';

type Pair = [kind: string, text: string];

/** Non-trivia tokens as [kind name, text]: what most expectations are about. */
function significant(input: string): Pair[] {
  return tokenize(input)
    .tokens.toArray().filter((t) => !isTrivia(t.kind))
    .map((t): Pair => [tokenKindName(t.kind), input.slice(t.start, t.end)]);
}

function everything(input: string): Pair[] {
  return tokenize(input).tokens.toArray().map((t): Pair => [tokenKindName(t.kind), input.slice(t.start, t.end)]);
}

function tokenWithText(input: string, text: string, result: TokenizeResult = tokenize(input)): Token {
  const token = result.tokens.toArray().find((t) => input.slice(t.start, t.end) === text);
  if (!token) throw new Error(`no token ${JSON.stringify(text)} in ${JSON.stringify(significant(input))}`);
  return token;
}

function hasFlag(token: Token, flag: TokenFlags): boolean {
  return (token.flags & flag) !== 0;
}

/** Throws unless the tokens cover the input exactly, in order, without gaps or overlaps. */
function assertCovers(input: string, result: TokenizeResult = tokenize(input)): void {
  let pos = 0;
  for (const t of result.tokens) {
    if (t.start !== pos) throw new Error(`gap or overlap at ${pos}: ${tokenKindName(t.kind)} starts at ${t.start}`);
    if (t.end <= t.start) throw new Error(`empty token ${tokenKindName(t.kind)} at ${t.start}`);
    pos = t.end;
  }
  if (pos !== input.length) throw new Error(`tokens end at ${pos}, input has ${input.length} characters`);
  for (const e of result.errors) {
    if (e.start < 0 || e.end < e.start || e.end > input.length) throw new Error(`error outside the input: ${JSON.stringify(e)}`);
  }
}

// Compiled tests run from out/test/unit; fall back to the working directory for bundled runs.
const fixtureDir = [path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'tokenizer'), path.resolve('test', 'fixtures', 'tokenizer')].find((dir) =>
  fs.existsSync(path.join(dir, 'canonical.ps1')),
)!;
function fixture(name: string): string {
  return fs.readFileSync(path.join(fixtureDir, name), 'utf8');
}

/** input → expected non-trivia tokens, one row per style-guide §F item or tokenizer rule. */
const cases: [title: string, input: string, expected: Pair[]][] = [
  // F1-F3: single quotes, smart ones too, and doubling
  ['F1 smart single quotes', "$ad = ‘contoso.com’", [['Variable', '$ad'], ['Assign', '='], ['VerbatimString', '‘contoso.com’']]],
  ['F1 low and reversed single quotes', "‚a‛", [['VerbatimString', '‚a‛']]],
  ['F2 any single quote closes any other', "'contoso.com’", [['VerbatimString', "'contoso.com’"]]],
  ['F3 apostrophe ends the string', "'it’s'", [['VerbatimString', "'it’"], ['Identifier', 's'], ['VerbatimString', "'"]]],
  ['F3 doubled quotes escape', "'it''s' 'it’’s'", [['VerbatimString', "'it''s'"], ['VerbatimString', "'it’’s'"]]],
  // F4-F5: double quotes
  ['F4 smart double quotes', '“$adConnector”', [['ExpandableString', '“$adConnector”']]],
  ['F4 low double quote', '„x“', [['ExpandableString', '„x“']]],
  ['F5 backtick escapes a quote', '"a`"b"', [['ExpandableString', '"a`"b"']]],
  ['F5 doubled double quotes', '"a""b"', [['ExpandableString', '"a""b"']]],
  ['F5 sub-expression with nested quotes', '"$("x)")"', [['ExpandableString', '"$("x)")"']]],
  ['F5 sub-expression with member access', 'Write-Host "$($c.Name)"', [['Generic', 'Write-Host'], ['ExpandableString', '"$($c.Name)"']]],
  ['F5 hash is text in a string', '"# not a comment"', [['ExpandableString', '"# not a comment"']]],
  ['F5 braced variable in a string', '"${a b}"', [['ExpandableString', '"${a b}"']]],
  ['F5 comment inside a sub-expression', '"$(1 # )"\n)"', [['ExpandableString', '"$(1 # )"\n)"']]],
  ['F5 nested sub-expressions', '"a$("b$("c")d")e" x', [['ExpandableString', '"a$("b$("c")d")e"'], ['Identifier', 'x']]],
  // F6: typographic dashes
  ['F6 en dash parameter', 'Set-X –Enable $true', [['Generic', 'Set-X'], ['Parameter', '–Enable'], ['Variable', '$true']]],
  ['F6 em dash and horizontal bar', 'Set-X —Enable ―Name', [['Generic', 'Set-X'], ['Parameter', '—Enable'], ['Parameter', '―Name']]],
  ['F6 en dash operator', '$x –eq 1', [['Variable', '$x'], ['Operator', '–eq'], ['Number', '1']]],
  // F7: a dash inside a word
  ['F7 dash inside a command name', 'Get-ADSyncConnector -Name x', [['Generic', 'Get-ADSyncConnector'], ['Parameter', '-Name'], ['Generic', 'x']]],
  ['F7 dash inside an argument', 'Write-Host a-b', [['Generic', 'Write-Host'], ['Generic', 'a-b']]],
  // F8: colon-bound arguments
  ['F8 colon bound variable', 'Set-X -Enable:$false', [['Generic', 'Set-X'], ['Parameter', '-Enable:'], ['Variable', '$false']]],
  ['F8 colon bound string', 'Set-X -Name:"x"', [['Generic', 'Set-X'], ['Parameter', '-Name:'], ['ExpandableString', '"x"']]],
  ['F8 colon then space', 'Set-X -Enable: $false', [['Generic', 'Set-X'], ['Parameter', '-Enable:'], ['Variable', '$false']]],
  // F9: quotes end a parameter
  ['F9 quoted dash word is an argument', 'Set-X -"Enable"', [['Generic', 'Set-X'], ['Generic', '-"Enable"']]],
  ['F9 quote inside a dash word', "Set-X -Na'me'", [['Generic', 'Set-X'], ['Generic', "-Na'me'"]]],
  // F10: exact text kept
  ['F10 abbreviated lower-case parameter', 'set-adsyncaadpasswordsyncconfiguration -source a -enable $TRUE', [
    ['Generic', 'set-adsyncaadpasswordsyncconfiguration'], ['Parameter', '-source'], ['Generic', 'a'], ['Parameter', '-enable'], ['Variable', '$TRUE'],
  ]],
  // F13: backtick escapes and glued quoted pieces outside strings
  ['F13 escaped hash', 'Write-Host a`#b', [['Generic', 'Write-Host'], ['Generic', 'a`#b']]],
  ['F13 escaped dollar', 'Write-Host `$literal', [['Generic', 'Write-Host'], ['Generic', '`$literal']]],
  ['F13 glued quoted pieces', "Write-Host a'b c'd", [['Generic', 'Write-Host'], ['Generic', "a'b c'd"]]],
  ['F13 glued double-quoted piece', 'Write-Host a"b c"d e', [['Generic', 'Write-Host'], ['Generic', 'a"b c"d'], ['Generic', 'e']]],
  ['F13 escaped space', 'Write-Host a` b', [['Generic', 'Write-Host'], ['Generic', 'a` b']]],
  // F14: # only at token start
  ['F14 hash inside a word', 'Write-Host a#b', [['Generic', 'Write-Host'], ['Generic', 'a#b']]],
  ['F14 comment after a command', 'Import-Module adsync # note', [['Generic', 'Import-Module'], ['Generic', 'adsync']]],
  // F15: block comments
  ['F15 inline block comment', 'Get-X <# c #> -Name y', [['Generic', 'Get-X'], ['Parameter', '-Name'], ['Generic', 'y']]],
  // F17: here-strings
  ['F17 verbatim here-string', "$h = @'\nx '@ y\n  '@\n'@\nGet-X", [
    ['Variable', '$h'], ['Assign', '='], ['VerbatimHereString', "@'\nx '@ y\n  '@\n'@"], ['Generic', 'Get-X'],
  ]],
  ['F17 expandable here-string', '@"\n$a $("x")\n"@', [['ExpandableHereString', '@"\n$a $("x")\n"@']]],
  ['F17 smart-quote here-string', '@‘\nx\n’@', [['VerbatimHereString', '@‘\nx\n’@']]],
  ['F17 text after the header', "@'abc'@ x\ny", [['VerbatimHereString', "@'abc'@"], ['Identifier', 'x'], ['Generic', 'y']]],
  ['F17 CRLF here-string', "@'\r\nx\r\n'@\r\nGet-X", [['VerbatimHereString', "@'\r\nx\r\n'@"], ['Generic', 'Get-X']]],
  // F18-F20: variables
  ['F18 scope prefixes', '$script:adConnector + $global:x + $env:COMPUTERNAME', [
    ['Variable', '$script:adConnector'], ['Operator', '+'], ['Variable', '$global:x'], ['Operator', '+'], ['Variable', '$env:COMPUTERNAME'],
  ]],
  ['F18 static member after a variable', '$a::b', [['Variable', '$a'], ['ColonColon', '::'], ['Identifier', 'b']]],
  ['F19 braced variables', '${ad connector} = ${a`}b}', [['Variable', '${ad connector}'], ['Assign', '='], ['Variable', '${a`}b}']]],
  ['F20 special variables', '$$; $?; $^; $_; $False', [
    ['Variable', '$$'], ['Semicolon', ';'], ['Variable', '$?'], ['Semicolon', ';'], ['Variable', '$^'], ['Semicolon', ';'], ['Variable', '$_'], ['Semicolon', ';'], ['Variable', '$False'],
  ]],
  ['F20 name ends at = and [', '$p=@{}; $a[0]', [
    ['Variable', '$p'], ['Assign', '='], ['AtCurly', '@{'], ['RCurly', '}'], ['Semicolon', ';'], ['Variable', '$a'], ['LBracket', '['], ['Number', '0'], ['RBracket', ']'],
  ]],
  // F21: the four meanings of @
  ['F21 splat', 'Set-ADSyncAADPasswordSyncConfiguration @p -Enable $true', [
    ['Generic', 'Set-ADSyncAADPasswordSyncConfiguration'], ['SplattedVariable', '@p'], ['Parameter', '-Enable'], ['Variable', '$true'],
  ]],
  ['F21 hashtable', "@{ Name = 'x'; Enable = $true }", [
    ['AtCurly', '@{'], ['Identifier', 'Name'], ['Assign', '='], ['VerbatimString', "'x'"], ['Semicolon', ';'], ['Identifier', 'Enable'], ['Assign', '='], ['Variable', '$true'], ['RCurly', '}'],
  ]],
  ['F21 array', '@( Get-X, 2 )', [['AtParen', '@('], ['Generic', 'Get-X'], ['Comma', ','], ['Number', '2'], ['RParen', ')']]],
  // F22: command versus expression mode
  ['F22 barewords and commas in arguments', 'New-Object T "a", String, ConnectorGlobal, $null', [
    ['Generic', 'New-Object'], ['Generic', 'T'], ['ExpandableString', '"a"'], ['Comma', ','], ['Generic', 'String'], ['Comma', ','], ['Generic', 'ConnectorGlobal'], ['Comma', ','], ['Variable', '$null'],
  ]],
  ['F22 -eq in a condition', 'if ($p.Value -eq 1) { }', [
    ['Keyword', 'if'], ['LParen', '('], ['Variable', '$p'], ['Dot', '.'], ['Identifier', 'Value'], ['Operator', '-eq'], ['Number', '1'], ['RParen', ')'], ['LCurly', '{'], ['RCurly', '}'],
  ]],
  ['F22 -eq as an argument is a parameter', 'Write-Host -eq', [['Generic', 'Write-Host'], ['Parameter', '-eq']]],
  ['F22 group inside arguments', 'Get-X (Get-Y -A $b) -C d', [
    ['Generic', 'Get-X'], ['LParen', '('], ['Generic', 'Get-Y'], ['Parameter', '-A'], ['Variable', '$b'], ['RParen', ')'], ['Parameter', '-C'], ['Generic', 'd'],
  ]],
  ['F22 expression group inside arguments', 'Get-X ($a -and $b) -C', [
    ['Generic', 'Get-X'], ['LParen', '('], ['Variable', '$a'], ['Operator', '-and'], ['Variable', '$b'], ['RParen', ')'], ['Parameter', '-C'],
  ]],
  // F23: statement ends and pipes
  ['F23 semicolon', '$p.Value = 1; $c.GlobalParameters.Add($p)', [
    ['Variable', '$p'], ['Dot', '.'], ['Identifier', 'Value'], ['Assign', '='], ['Number', '1'], ['Semicolon', ';'],
    ['Variable', '$c'], ['Dot', '.'], ['Identifier', 'GlobalParameters'], ['Dot', '.'], ['Identifier', 'Add'], ['LParen', '('], ['Variable', '$p'], ['RParen', ')'],
  ]],
  ['F23 pipe then command', 'Get-X |\n  Set-Y -A', [['Generic', 'Get-X'], ['Pipe', '|'], ['Generic', 'Set-Y'], ['Parameter', '-A']]],
  ['F23 pipe at line start', 'Get-X\n| Set-Y -A', [['Generic', 'Get-X'], ['Pipe', '|'], ['Generic', 'Set-Y'], ['Parameter', '-A']]],
  // F24: invocation forms
  ['F24 call operator with a string', "& 'Get-ADSyncConnector' -Name $n", [
    ['Ampersand', '&'], ['VerbatimString', "'Get-ADSyncConnector'"], ['Parameter', '-Name'], ['Variable', '$n'],
  ]],
  ['F24 call operator with a name', '& Set-X -Enable $true', [['Ampersand', '&'], ['Generic', 'Set-X'], ['Parameter', '-Enable'], ['Variable', '$true']]],
  ['F24 module-qualified name', 'ADSync\\Get-ADSyncConnector -Name x', [['Generic', 'ADSync\\Get-ADSyncConnector'], ['Parameter', '-Name'], ['Generic', 'x']]],
  ['F24 dot-sourcing', '. .\\setup.ps1 -A', [['Dot', '.'], ['Generic', '.\\setup.ps1'], ['Parameter', '-A']]],
  // F25: stop-parsing and end of parameters
  ['F25 stop parsing to end of line', 'echoargs --% -Enable $true "x\nGet-X', [['Generic', 'echoargs'], ['StopParsing', '--% -Enable $true "x'], ['Generic', 'Get-X']]],
  ['F25 end of parameters', 'Set-X -- -Enable', [['Generic', 'Set-X'], ['EndOfParameters', '--'], ['Generic', '-Enable']]],
  // Keywords
  ['keywords are case-insensitive', 'ForEach ($x IN $y) { Break }', [
    ['Keyword', 'ForEach'], ['LParen', '('], ['Variable', '$x'], ['Keyword', 'IN'], ['Variable', '$y'], ['RParen', ')'], ['LCurly', '{'], ['Keyword', 'Break'], ['RCurly', '}'],
  ]],
  ['else after a block', 'if ($a) { } elseif ($b) { } else { }', [
    ['Keyword', 'if'], ['LParen', '('], ['Variable', '$a'], ['RParen', ')'], ['LCurly', '{'], ['RCurly', '}'],
    ['Keyword', 'elseif'], ['LParen', '('], ['Variable', '$b'], ['RParen', ')'], ['LCurly', '{'], ['RCurly', '}'],
    ['Keyword', 'else'], ['LCurly', '{'], ['RCurly', '}'],
  ]],
  ['keywords only at command position', 'Write-Host if else', [['Generic', 'Write-Host'], ['Generic', 'if'], ['Generic', 'else']]],
  ['function and param', 'function Enable-Sync { param([string]$Name = \'x\') }', [
    ['Keyword', 'function'], ['Generic', 'Enable-Sync'], ['LCurly', '{'], ['Keyword', 'param'], ['LParen', '('], ['TypeLiteral', '[string]'], ['Variable', '$Name'],
    ['Assign', '='], ['VerbatimString', "'x'"], ['RParen', ')'], ['RCurly', '}'],
  ]],
  ['try catch finally', 'try { } catch [System.Exception] { throw } finally { }', [
    ['Keyword', 'try'], ['LCurly', '{'], ['RCurly', '}'], ['Keyword', 'catch'], ['TypeLiteral', '[System.Exception]'], ['LCurly', '{'], ['Keyword', 'throw'], ['RCurly', '}'],
    ['Keyword', 'finally'], ['LCurly', '{'], ['RCurly', '}'],
  ]],
  ['do until', 'do { } until ($done)', [['Keyword', 'do'], ['LCurly', '{'], ['RCurly', '}'], ['Keyword', 'until'], ['LParen', '('], ['Variable', '$done'], ['RParen', ')']]],
  ['return a command', 'return Get-X -A', [['Keyword', 'return'], ['Generic', 'Get-X'], ['Parameter', '-A']]],
  ['switch takes switches', 'switch -Regex ($x) { }', [['Keyword', 'switch'], ['Parameter', '-Regex'], ['LParen', '('], ['Variable', '$x'], ['RParen', ')'], ['LCurly', '{'], ['RCurly', '}']]],
  // Member access, static members, type literals
  ['canonical method call', '$c.GlobalParameters.Remove($p.Name)', [
    ['Variable', '$c'], ['Dot', '.'], ['Identifier', 'GlobalParameters'], ['Dot', '.'], ['Identifier', 'Remove'], ['LParen', '('], ['Variable', '$p'], ['Dot', '.'], ['Identifier', 'Name'], ['RParen', ')'],
  ]],
  ['member access in arguments', 'Get-X -Name $p.Name -Enable', [['Generic', 'Get-X'], ['Parameter', '-Name'], ['Variable', '$p'], ['Dot', '.'], ['Identifier', 'Name'], ['Parameter', '-Enable']]],
  ['member access after ) and string', '(Get-X).Name; "ab".Length', [
    ['LParen', '('], ['Generic', 'Get-X'], ['RParen', ')'], ['Dot', '.'], ['Identifier', 'Name'], ['Semicolon', ';'], ['ExpandableString', '"ab"'], ['Dot', '.'], ['Identifier', 'Length'],
  ]],
  ['generic type literal', '[System.Collections.Generic.List[string]]::new()', [
    ['TypeLiteral', '[System.Collections.Generic.List[string]]'], ['ColonColon', '::'], ['Identifier', 'new'], ['LParen', '('], ['RParen', ')'],
  ]],
  ['dictionary and array types', '[Collections.Generic.Dictionary[string, int[]]]$d', [['TypeLiteral', '[Collections.Generic.Dictionary[string, int[]]]'], ['Variable', '$d']]],
  ['type literal as an argument', 'Get-X [int] [a-z]*', [['Generic', 'Get-X'], ['TypeLiteral', '[int]'], ['Generic', '[a-z]*']]],
  ['attribute', '[Parameter(Mandatory=$true)]', [
    ['LBracket', '['], ['Identifier', 'Parameter'], ['LParen', '('], ['Identifier', 'Mandatory'], ['Assign', '='], ['Variable', '$true'], ['RParen', ')'], ['RBracket', ']'],
  ]],
  ['indexing after a member', '$x.Items[0].Name', [['Variable', '$x'], ['Dot', '.'], ['Identifier', 'Items'], ['LBracket', '['], ['Number', '0'], ['RBracket', ']'], ['Dot', '.'], ['Identifier', 'Name']]],
  // Numbers
  ['numbers in expressions', '$x = 0x1F + 1.5e3 + 1MB + 10L + 2ul + .5', [
    ['Variable', '$x'], ['Assign', '='], ['Number', '0x1F'], ['Operator', '+'], ['Number', '1.5e3'], ['Operator', '+'], ['Number', '1MB'], ['Operator', '+'],
    ['Number', '10L'], ['Operator', '+'], ['Number', '2ul'], ['Operator', '+'], ['Number', '.5'],
  ]],
  ['numbers in arguments', 'Write-Host 1 1kb 1abc 1.2.3 -5', [
    ['Generic', 'Write-Host'], ['Number', '1'], ['Number', '1kb'], ['Generic', '1abc'], ['Generic', '1.2.3'], ['Number', '-5'],
  ]],
  ['range', '1..5', [['Number', '1'], ['Operator', '..'], ['Number', '5']]],
  // Operators
  ['dash operators', '-not $a -and $b -or $c -ilike $d -cnotmatch $e -f $g', [
    ['Operator', '-not'], ['Variable', '$a'], ['Operator', '-and'], ['Variable', '$b'], ['Operator', '-or'], ['Variable', '$c'],
    ['Operator', '-ilike'], ['Variable', '$d'], ['Operator', '-cnotmatch'], ['Variable', '$e'], ['Operator', '-f'], ['Variable', '$g'],
  ]],
  ['symbol operators', '$i++; $a = !$b * 2 / 3 % 4 - 1; $x += 1; $y ??= 2', [
    ['Variable', '$i'], ['Operator', '++'], ['Semicolon', ';'], ['Variable', '$a'], ['Assign', '='], ['Operator', '!'], ['Variable', '$b'], ['Operator', '*'], ['Number', '2'],
    ['Operator', '/'], ['Number', '3'], ['Operator', '%'], ['Number', '4'], ['Operator', '-'], ['Number', '1'], ['Semicolon', ';'],
    ['Variable', '$x'], ['Assign', '+='], ['Number', '1'], ['Semicolon', ';'], ['Variable', '$y'], ['Assign', '??='], ['Number', '2'],
  ]],
  ['redirections and chains', 'Get-X 2>&1 *>&1 > out.txt && Get-Y || Get-Z', [
    ['Generic', 'Get-X'], ['Operator', '2>&1'], ['Operator', '*>&1'], ['Operator', '>'], ['Generic', 'out.txt'], ['Operator', '&&'], ['Generic', 'Get-Y'], ['Operator', '||'], ['Generic', 'Get-Z'],
  ]],
  ['sub-expression and array in arguments', 'Get-X -A $(Get-Y) -B @(1)', [
    ['Generic', 'Get-X'], ['Parameter', '-A'], ['DollarParen', '$('], ['Generic', 'Get-Y'], ['RParen', ')'], ['Parameter', '-B'], ['AtParen', '@('], ['Number', '1'], ['RParen', ')'],
  ]],
  ['script block argument', 'Get-X | ForEach-Object { $_.Name } -End', [
    ['Generic', 'Get-X'], ['Pipe', '|'], ['Generic', 'ForEach-Object'], ['LCurly', '{'], ['Variable', '$_'], ['Dot', '.'], ['Identifier', 'Name'], ['RCurly', '}'], ['Parameter', '-End'],
  ]],
  ['generic with a sub-expression', 'Write-Host a$(Get-X -y)b c', [['Generic', 'Write-Host'], ['Generic', 'a$(Get-X -y)b'], ['Generic', 'c']]],
];

describe('tokenize: token table', () => {
  for (const [title, input, expected] of cases) {
    it(title, () => {
      assert.deepStrictEqual(significant(input), expected);
      assertCovers(input);
    });
  }
});

describe('tokenize: trivia', () => {
  it('F11 backtick-newline is one continuation token (LF and CRLF)', () => {
    assert.deepStrictEqual(everything('a `\n-B'), [['Generic', 'a'], ['Whitespace', ' '], ['LineContinuation', '`\n'], ['Parameter', '-B']]);
    assert.deepStrictEqual(everything('a `\r\n-B'), [['Generic', 'a'], ['Whitespace', ' '], ['LineContinuation', '`\r\n'], ['Parameter', '-B']]);
  });

  it('F12 backtick before a space is whitespace and does not continue the line', () => {
    assert.deepStrictEqual(everything('Set-X -A 1 ` \n-B 2'), [
      ['Generic', 'Set-X'], ['Whitespace', ' '], ['Parameter', '-A'], ['Whitespace', ' '], ['Number', '1'], ['Whitespace', ' '], ['Whitespace', '` '],
      // The next line is a statement of its own, which PowerShell reads as a command named `-B`.
      ['NewLine', '\n'], ['Generic', '-B'], ['Whitespace', ' '], ['Number', '2'],
    ]);
  });

  it('F15 first #> wins; a later #> at a token start is a line comment', () => {
    assert.deepStrictEqual(everything('<# a #> b #> c'), [['BlockComment', '<# a #>'], ['Whitespace', ' '], ['Generic', 'b'], ['Whitespace', ' '], ['LineComment', '#> c']]);
  });

  it('F26 CRLF is one line break; lone CR and LF too; odd spaces are whitespace', () => {
    assert.deepStrictEqual(everything('a\r\nb\rc\nd'), [
      ['Generic', 'a'], ['NewLine', '\r\n'], ['Generic', 'b'], ['NewLine', '\r'], ['Generic', 'c'], ['NewLine', '\n'], ['Generic', 'd'],
    ]);
    assert.deepStrictEqual(everything('\ufeffa\u00a0b\u0085c\u200bd\u2060e'), [
      ['Whitespace', '\ufeff'], ['Generic', 'a'], ['Whitespace', '\u00a0'], ['Generic', 'b'], ['Whitespace', '\u0085'], ['Generic', 'c'], ['Whitespace', '\u200b'], ['Generic', 'd'],
      ['Whitespace', '\u2060'], ['Generic', 'e'],
    ]);
  });

  it('F14/F15/F16 comments are tokens and hide code', () => {
    const input = '# Set-ADSyncAADPasswordSyncConfiguration -Enable $true\n<# Set-X\n-Enable $true #>x';
    assert.deepStrictEqual(everything(input), [
      ['LineComment', '# Set-ADSyncAADPasswordSyncConfiguration -Enable $true'], ['NewLine', '\n'], ['BlockComment', '<# Set-X\n-Enable $true #>'], ['Generic', 'x'],
    ]);
  });

  it('F15 unterminated block comment runs to the end with an error', () => {
    const input = 'a <# b\nc';
    const result = tokenize(input);
    const comment = tokenWithText(input, '<# b\nc', result);
    assert.strictEqual(comment.kind, TokenKind.BlockComment);
    assert.ok(hasFlag(comment, TokenFlags.Unterminated));
    assert.strictEqual(result.errors.length, 1);
    assert.strictEqual(result.errors[0].start, 2);
  });

  it('whitespace before a token is flagged', () => {
    const input = '$a .b';
    const result = tokenize(input);
    assert.ok(hasFlag(tokenWithText(input, '.', result), TokenFlags.PrecededBySpace));
    assert.ok(!hasFlag(tokenWithText(input, '$a', result), TokenFlags.PrecededBySpace));
  });
});

describe('tokenize: flags and errors', () => {
  function flagsOf(input: string, text: string): TokenFlags {
    return tokenWithText(input, text).flags & ~TokenFlags.PrecededBySpace;
  }

  it('marks typographic quotes and dashes', () => {
    assert.strictEqual(flagsOf('‘a’', '‘a’'), TokenFlags.TypographicQuote);
    assert.strictEqual(flagsOf("'a’", "'a’"), TokenFlags.TypographicQuote);
    assert.strictEqual(flagsOf("'a'", "'a'"), TokenFlags.None);
    assert.strictEqual(flagsOf('“a”', '“a”'), TokenFlags.TypographicQuote);
    assert.strictEqual(flagsOf('X –Enable:$true', '–Enable:'), TokenFlags.TypographicDash | TokenFlags.ColonAfter);
    assert.strictEqual(flagsOf('$a —eq 1', '—eq'), TokenFlags.TypographicDash);
    assert.strictEqual(flagsOf('X -Enable', '-Enable'), TokenFlags.None);
  });

  it('marks real expansions only', () => {
    assert.strictEqual(flagsOf('"$c"', '"$c"'), TokenFlags.HasExpansion);
    assert.strictEqual(flagsOf('"${a b}"', '"${a b}"'), TokenFlags.HasExpansion);
    assert.strictEqual(flagsOf('"$(1)"', '"$(1)"'), TokenFlags.HasExpansion);
    assert.strictEqual(flagsOf('"`$notVar"', '"`$notVar"'), TokenFlags.None);
    assert.strictEqual(flagsOf('"cost: $ 5"', '"cost: $ 5"'), TokenFlags.None);
    assert.strictEqual(flagsOf('"a$"', '"a$"'), TokenFlags.None);
    assert.strictEqual(flagsOf('@"\n$x\n"@', '@"\n$x\n"@'), TokenFlags.HasExpansion);
    assert.strictEqual(flagsOf("@'\n$x\n'@", "@'\n$x\n'@"), TokenFlags.None);
  });

  const unterminated: [string, string, TokenKind][] = [
    ["'abc", "'abc", TokenKind.VerbatimString],
    ['"abc', '"abc', TokenKind.ExpandableString],
    ['"$(abc"', '"$(abc"', TokenKind.ExpandableString],
    ["@'\nabc\n  '@", "@'\nabc\n  '@", TokenKind.VerbatimHereString],
    ['@"\nabc', '@"\nabc', TokenKind.ExpandableHereString],
    ['${abc', '${abc', TokenKind.Variable],
    ['<# abc', '<# abc', TokenKind.BlockComment],
  ];
  for (const [input, text, kind] of unterminated) {
    it(`unterminated ${JSON.stringify(input)} runs to the end with one error`, () => {
      const result = tokenize(input);
      const token = tokenWithText(input, text, result);
      assert.strictEqual(tokenKindName(token.kind), tokenKindName(kind));
      assert.ok(hasFlag(token, TokenFlags.Unterminated));
      assert.strictEqual(result.errors.length, 1, JSON.stringify(result.errors));
      assertCovers(input, result);
    });
  }

  it('reports an indented here-string footer at its place', () => {
    const input = "@'\nabc\n  '@";
    const [error] = tokenize(input).errors;
    assert.strictEqual(error.start, 7);
    assert.match(error.message, /start of a line/);
  });

  it('marks text after a here-string header', () => {
    // As in PowerShell, the token ends with the header line and what follows is read as code.
    const input = "@' x\n'@";
    const result = tokenize(input);
    const token = tokenWithText(input, "@' x", result);
    assert.ok(hasFlag(token, TokenFlags.InError));
    assert.deepStrictEqual(significant(input), [['VerbatimHereString', "@' x"], ['VerbatimString', "'@"]]);
    assert.match(result.errors[0].message, /after a here-string header/);
    assertCovers(input, result);
  });

  it('marks ${} and an unescaped { as errors', () => {
    for (const input of ['${}', '${a{b}']) {
      const result = tokenize(input);
      assert.strictEqual(result.tokens.at(0)!.kind, TokenKind.Variable);
      assert.ok(hasFlag(result.tokens.at(0)!, TokenFlags.InError), input);
      assert.strictEqual(result.errors.length, 1, input);
    }
  });

  it('marks an unclosed $( at the end of input', () => {
    const input = '$x = $(Get-X';
    const result = tokenize(input);
    assert.ok(hasFlag(tokenWithText(input, '$(', result), TokenFlags.Unterminated));
    assert.strictEqual(result.errors.length, 1);
  });

  it('parameters colon flag', () => {
    assert.strictEqual(flagsOf('X -Enable:$false', '-Enable:'), TokenFlags.ColonAfter);
  });
});

describe('tokenize: fixtures', () => {
  const canonicalTokens: Pair[] = [
    ['Variable', '$adConnector'], ['Assign', '='], ['ExpandableString', '"<CASE SENSITIVE AD CONNECTOR NAME>"'],
    ['Variable', '$azureadConnector'], ['Assign', '='], ['ExpandableString', '"<CASE SENSITIVE AZURE AD CONNECTOR NAME>"'],
    ['Generic', 'Import-Module'], ['Generic', 'adsync'],
    ['Variable', '$c'], ['Assign', '='], ['Generic', 'Get-ADSyncConnector'], ['Parameter', '-Name'], ['Variable', '$adConnector'],
    ['Variable', '$p'], ['Assign', '='], ['Generic', 'New-Object'], ['Generic', 'Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter'],
    ['ExpandableString', '"Microsoft.Synchronize.ForceFullPasswordSync"'], ['Comma', ','], ['Generic', 'String'], ['Comma', ','], ['Generic', 'ConnectorGlobal'], ['Comma', ','],
    ['Variable', '$null'], ['Comma', ','], ['Variable', '$null'], ['Comma', ','], ['Variable', '$null'],
    ['Variable', '$p'], ['Dot', '.'], ['Identifier', 'Value'], ['Assign', '='], ['Number', '1'],
    ['Variable', '$c'], ['Dot', '.'], ['Identifier', 'GlobalParameters'], ['Dot', '.'], ['Identifier', 'Remove'], ['LParen', '('], ['Variable', '$p'], ['Dot', '.'], ['Identifier', 'Name'], ['RParen', ')'],
    ['Variable', '$c'], ['Dot', '.'], ['Identifier', 'GlobalParameters'], ['Dot', '.'], ['Identifier', 'Add'], ['LParen', '('], ['Variable', '$p'], ['RParen', ')'],
    ['Variable', '$c'], ['Assign', '='], ['Generic', 'Add-ADSyncConnector'], ['Parameter', '-Connector'], ['Variable', '$c'],
    ['Generic', 'Set-ADSyncAADPasswordSyncConfiguration'], ['Parameter', '-SourceConnector'], ['Variable', '$adConnector'], ['Parameter', '-TargetConnector'], ['Variable', '$azureadConnector'], ['Parameter', '-Enable'], ['Variable', '$false'],
    ['Generic', 'Set-ADSyncAADPasswordSyncConfiguration'], ['Parameter', '-SourceConnector'], ['Variable', '$adConnector'], ['Parameter', '-TargetConnector'], ['Variable', '$azureadConnector'], ['Parameter', '-Enable'], ['Variable', '$true'],
  ];

  for (const name of ['canonical.ps1', 'canonical-crlf.ps1', 'canonical-cr.ps1']) {
    it(`${name}: canonical script tokens`, () => {
      const input = fixture(name);
      assert.deepStrictEqual(significant(input), canonicalTokens);
      const result = tokenize(input);
      assert.deepStrictEqual(result.errors, []);
      const lineBreaks = result.tokens.toArray().filter((t) => t.kind === TokenKind.NewLine).map((t) => input.slice(t.start, t.end));
      const expectedBreak = name === 'canonical-crlf.ps1' ? '\r\n' : name === 'canonical-cr.ps1' ? '\r' : '\n';
      assert.deepStrictEqual(lineBreaks, new Array(11).fill(expectedBreak));
    });
  }

  it('edge-cases.ps1: selected lines', () => {
    const input = fixture('edge-cases.ps1');
    const tokens = significant(input);
    const has = (kind: string, text: string) => assert.ok(tokens.some(([k, t]) => k === kind && t === text), `${kind} ${JSON.stringify(text)}`);
    has('VerbatimString', '‘contoso.com’');
    has('ExpandableString', '“contoso.onmicrosoft.com - AAD”');
    has('Parameter', '―Enable:');
    has('Generic', "a'b c'd");
    has('VerbatimHereString', "@'\nSet-ADSyncAADPasswordSyncConfiguration -Enable $true\n  '@\n'@");
    has('StopParsing', '--% -Enable $true "unparsed');
    has('EndOfParameters', '--');
    has('Variable', '${a`}b}');
    has('TypeLiteral', '[System.Collections.Generic.List[string]]');
    has('Generic', '10.0.0.1');
    has('Operator', '2>&1');
    has('ExpandableString', '"$("x)")"');
    has('Keyword', 'elseif');
    has('Keyword', 'process');
    // Three real calls; the here-string body and the unterminated block comment are not code.
    assert.strictEqual(tokens.filter(([k, t]) => k === 'Generic' && t === 'Set-ADSyncAADPasswordSyncConfiguration').length, 3);
    const last = tokenize(input).tokens.at(-1)!;
    assert.strictEqual(last.kind, TokenKind.BlockComment);
    assert.ok(hasFlag(last, TokenFlags.Unterminated));
  });
});

describe('tokenize: robustness', () => {
  it('covers every fixture exactly', () => {
    for (const name of fs.readdirSync(fixtureDir).filter((n) => n.endsWith('.ps1'))) {
      const input = fixture(name);
      assertCovers(input);
      assert.strictEqual(tokenize(input).tokens.toArray().map((t) => input.slice(t.start, t.end)).join(''), input);
    }
  });

  it('covers every table input and every prefix of the edge-case file', () => {
    for (const [, input] of cases) assertCovers(input);
    const input = fixture('edge-cases.ps1');
    for (let i = 0; i <= input.length; i += 3) assertCovers(input.slice(0, i));
  });

  it('never throws on odd input', () => {
    const odd = ['', '\0', '\ud800', '\udc00x', '$', '@', '`', '-', '--', '[', ']', ')', '}', '${', '$(', '@"', "@'", '<#', '"`', "'", '"', '0x', '1e', '.', '::', '&', '2>', '@‘ x', '$a:', '-a:', '[a', '[a[', '\u2013', '\u2013\u2013%'];
    for (const input of odd) {
      assertCovers(input);
      for (const other of odd) assertCovers(input + other);
    }
  });

  it('random input from the PowerShell alphabet', () => {
    const alphabet = ['$', '@', '(', ')', '{', '}', '[', ']', "'", '"', '‘', '’', '“', '”', '`', '#', '<', '>', '-', '–', '.', ':', ';', ',', '|', '&', '=', 'a', 'Z', '1', ' ', '\n', '\r', '\ud83d', '%', 'x', '\u00a0'];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 2000; n++) {
      let input = '';
      const length = Math.floor(next() * 40);
      for (let i = 0; i < length; i++) input += alphabet[Math.floor(next() * alphabet.length)];
      assertCovers(input);
    }
  });

  it('handles 10,000 nested sub-expressions without recursion', () => {
    const depth = 10000;
    const code = '$('.repeat(depth) + '1' + ')'.repeat(depth);
    assertCovers(code);
    const inString = '"' + '$("'.repeat(depth) + '")'.repeat(depth) + '"';
    const result = tokenize(inString);
    assert.strictEqual(result.tokens.length, 1);
    assert.strictEqual(result.tokens.at(0)!.kind, TokenKind.ExpandableString);
    assert.strictEqual(result.tokens.at(0)!.end, inString.length);
    assertCovers('"' + '$("'.repeat(depth));
    assertCovers('[a'.repeat(depth) + ']'.repeat(depth));
  });

  it('stays linear on long pathological lines', () => {
    for (const unit of ['[a', '$a.', '"$(', "'", '@"\n', '-', '<#', '`', '1.', '$x[']) {
      const input = unit.repeat(20000);
      assertCovers(input);
    }
  });
});

describe('tokenKindName', () => {
  it('names every kind', () => {
    const expected: [TokenKind, string][] = [
      [TokenKind.Whitespace, 'Whitespace'], [TokenKind.NewLine, 'NewLine'], [TokenKind.LineContinuation, 'LineContinuation'], [TokenKind.LineComment, 'LineComment'],
      [TokenKind.BlockComment, 'BlockComment'], [TokenKind.Variable, 'Variable'], [TokenKind.SplattedVariable, 'SplattedVariable'], [TokenKind.Parameter, 'Parameter'],
      [TokenKind.VerbatimString, 'VerbatimString'], [TokenKind.ExpandableString, 'ExpandableString'], [TokenKind.VerbatimHereString, 'VerbatimHereString'],
      [TokenKind.ExpandableHereString, 'ExpandableHereString'], [TokenKind.Number, 'Number'], [TokenKind.Generic, 'Generic'], [TokenKind.Identifier, 'Identifier'],
      [TokenKind.Keyword, 'Keyword'], [TokenKind.TypeLiteral, 'TypeLiteral'], [TokenKind.LParen, 'LParen'], [TokenKind.RParen, 'RParen'], [TokenKind.LCurly, 'LCurly'],
      [TokenKind.RCurly, 'RCurly'], [TokenKind.LBracket, 'LBracket'], [TokenKind.RBracket, 'RBracket'], [TokenKind.AtParen, 'AtParen'], [TokenKind.AtCurly, 'AtCurly'],
      [TokenKind.DollarParen, 'DollarParen'], [TokenKind.Semicolon, 'Semicolon'], [TokenKind.Comma, 'Comma'], [TokenKind.Dot, 'Dot'], [TokenKind.ColonColon, 'ColonColon'],
      [TokenKind.Pipe, 'Pipe'], [TokenKind.Ampersand, 'Ampersand'], [TokenKind.Assign, 'Assign'], [TokenKind.Operator, 'Operator'], [TokenKind.StopParsing, 'StopParsing'],
      [TokenKind.EndOfParameters, 'EndOfParameters'], [TokenKind.Unknown, 'Unknown'],
    ];
    for (const [kind, name] of expected) assert.strictEqual(tokenKindName(kind), name);
  });
});

describe('tokenizer: a dot at the end of a line', () => {
  it('does not turn the next line\'s command name into a member name', () => {
    const text = 'Set-X -Enable $false.\nSet-Y -Enable $true';
    const kinds = tokenize(text).tokens.toArray().map((t) => [tokenKindName(t.kind), text.slice(t.start, t.end)]);
    assert.deepStrictEqual(kinds.slice(6, 8), [['NewLine', '\n'], ['Generic', 'Set-Y']]);
  });
});

// Each case below is a difference PowerShell's own parser found (test/unit/oracleTokenizer.test.ts).
describe('tokenizer: as PowerShell reads it (found by the tokenizer oracle)', () => {
  it('reads a dot glued to an argument and followed by a space or the line end as a word', () => {
    assert.deepStrictEqual(everything('Set-X -Enable $false.\n').slice(4), [['Variable', '$false'], ['Generic', '.'], ['NewLine', '\n']]);
    assert.deepStrictEqual(significant('Set-X $null. # note').slice(2, 3), [['Generic', '.']]);
  });

  it('still reads a glued dot before a name as member access', () => {
    assert.deepStrictEqual(significant('Set-X $c.Name').slice(1), [['Variable', '$c'], ['Dot', '.'], ['Identifier', 'Name']]);
  });

  it('reads the word after a colon-bound parameter as its argument, even when it starts with a dash', () => {
    assert.deepStrictEqual(significant('Set-X -SourceConnector: -TargetConnector:"x" -Enable: $false'), [
      ['Generic', 'Set-X'],
      ['Parameter', '-SourceConnector:'],
      ['Generic', '-TargetConnector:'],
      ['ExpandableString', '"x"'],
      ['Parameter', '-Enable:'],
      ['Variable', '$false'],
    ]);
  });

  it('reads a dash word where a statement starts as a command name, not a parameter', () => {
    assert.deepStrictEqual(significant('Set-X -A 1 ` \n-B 2'), [['Generic', 'Set-X'], ['Parameter', '-A'], ['Number', '1'], ['Generic', '-B'], ['Number', '2']]);
    assert.deepStrictEqual(significant('$p = -Object X'), [['Variable', '$p'], ['Assign', '='], ['Generic', '-Object'], ['Generic', 'X']]);
  });

  it('reads a dash word after a comma in the arguments as the next array element', () => {
    assert.deepStrictEqual(significant('New-Object X "a", -String, B').slice(2), [['ExpandableString', '"a"'], ['Comma', ','], ['Generic', '-String'], ['Comma', ','], ['Generic', 'B']]);
  });

  it('ends a parameter name at a dot', () => {
    assert.deepStrictEqual(significant('Get-X -Nam.e x').slice(1), [['Parameter', '-Nam'], ['Generic', '.e'], ['Generic', 'x']]);
    assert.deepStrictEqual(significant('Set-X -A.$b').slice(1), [['Parameter', '-A'], ['Generic', '.'], ['Variable', '$b']]);
  });

  it('keeps a backtick glued to a parameter name in the name, escaping what follows', () => {
    assert.deepStrictEqual(everything('Set-X -Target`\r\n-B').slice(2), [['Parameter', '-Target`'], ['NewLine', '\r\n'], ['Generic', '-B']]);
  });

  it('starts a parameter name only with a letter, `_` or `?`: other dash words are words', () => {
    assert.deepStrictEqual(significant('Set-X -$ource 1 -` AAD ->x -[string]y -? -_a').slice(1), [
      ['Generic', '-$ource'], ['Number', '1'], ['Generic', '-` AAD'], ['Generic', '->x'], ['Generic', '-[string]y'], ['Parameter', '-?'], ['Parameter', '-_a'],
    ]);
  });

  it('reads a dot glued to a variable at a statement start as dot-sourcing', () => {
    assert.deepStrictEqual(significant('.$c.Add($p)').slice(0, 4), [['Dot', '.'], ['Variable', '$c'], ['Dot', '.'], ['Identifier', 'Add']]);
  });

  it('ends a parameter name at a bracket', () => {
    assert.deepStrictEqual(significant('Get-X -a[b').slice(1), [['Parameter', '-a'], ['Generic', '[b']]);
  });

  it('reads `--%` glued to a variable as text of that argument, not as stop-parsing', () => {
    assert.deepStrictEqual(significant('Set-X -A $a--% -B 1').slice(1), [['Parameter', '-A'], ['Variable', '$a'], ['Generic', '--%'], ['Parameter', '-B'], ['Number', '1']]);
  });

  it('escapes a line break with a backtick glued to a word: LF joins the next line to the word', () => {
    assert.deepStrictEqual(significant('Write-Output abc`\ndef'), [['Generic', 'Write-Output'], ['Generic', 'abc`\ndef']]);
  });

  it('escapes only the CR of a CRLF with a glued backtick: the LF still ends the statement', () => {
    assert.deepStrictEqual(everything('Write-Output abc`\r\ndef').slice(2), [['Generic', 'abc`\r'], ['NewLine', '\n'], ['Generic', 'def']]);
  });

  it('still continues the line with a backtick after a space', () => {
    assert.deepStrictEqual(everything('Set-X `\n -A 1').map(([kind]) => kind), ['Generic', 'Whitespace', 'LineContinuation', 'Whitespace', 'Parameter', 'Whitespace', 'Number']);
  });
});
