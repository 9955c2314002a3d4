import * as fc from 'fast-check';

/**
 * Random text: characters and fragments PowerShell gives meaning to (so the tokenizer's
 * interesting states are reached often), and arbitrary UTF-16 (so nothing assumes well-formed
 * Unicode: lone surrogates, NUL, BOMs, CR-only line ends).
 */

const POWERSHELL_CHARS = [
  ...'$@(){}[];,.:=+-*/%!&|<>#`\'"?^_~ \t\n\r',
  ...'aAeElnNsStTvV019xX',
  // Typographic dashes and quotes that come with scripts pasted from web pages.
  '\u2013', '\u2014', '\u2015', '\u2018', '\u2019', '\u201A', '\u201B', '\u201C', '\u201D', '\u201E',
  '\u00A0', '\u200B', '\uFEFF',
];

const POWERSHELL_FRAGMENTS = [
  '$(', '@(', '@{', '${', '}', '$true', '$false', '$null', '$_', '$$', '$env:X', '$script:x',
  '@"\n', '\n"@', "@'\n", "\n'@", '<#', '#>', '--%', '--', '`\n', '`\r\n', '`', '2>&1', '::', '..',
  '-Enable', '-Enable:', '-SourceConnector', '-TargetConnector', '-Name', '\u2013Enable',
  'Set-ADSyncAADPasswordSyncConfiguration', 'Get-ADSyncConnector', 'Add-ADSyncConnector',
  'New-Object', 'Import-Module adsync', '.GlobalParameters.Add(', '.GlobalParameters.Remove(',
  '"Microsoft.Synchronize.ForceFullPasswordSync"', '.Value = 1', 'foreach', 'function', 'param', 'if', 'in',
  '[string]', '[Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter]',
  '"contoso.com"', '"contoso.onmicrosoft.com - AAD"', '"<CASE SENSITIVE AD CONNECTOR NAME>"',
  '# adsync-lint-disable-next-line ', '# adsync-lint-disable ', 'connector-name', 'password-sync-toggl',
  '0x1F', '1.5e3', '10MB', '\r\n', '\r',
];

export const powerShellChar: fc.Arbitrary<string> = fc.constantFrom(...POWERSHELL_CHARS);

const powerShellUnit: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: powerShellChar, weight: 4 },
  { arbitrary: fc.constantFrom(...POWERSHELL_FRAGMENTS), weight: 2 },
);

/** Text over PowerShell's alphabet: single characters and whole fragments. */
export function powerShellText(maxLength = 120): fc.Arbitrary<string> {
  return fc.array(powerShellUnit, { maxLength }).map((units) => units.join(''));
}

/**
 * Any UTF-16 code unit, with the awkward ones (lone surrogates, BOM, CR) picked often. NUL is
 * rare here on purpose: a text holding one is skipped as binary, so it would stop the linter
 * from seeing the rest; `withNul` puts one in where that is the point.
 */
export const anyCodeUnit: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), weight: 3 },
  { arbitrary: fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFEFF', '\uFFFE', '\r', '\u2028', '\u0085'), weight: 1 },
  { arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((code) => String.fromCodePoint(code)), weight: 1 },
  { arbitrary: powerShellUnit, weight: 3 },
);

export function unicodeText(maxLength = 120): fc.Arbitrary<string> {
  return fc.array(anyCodeUnit, { maxLength }).map((units) => units.join(''));
}

/** Text with a NUL character somewhere (a binary file, or a script with one stray NUL). */
export function withNul(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(base, fc.nat()).map(([text, at]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + '\0' + text.slice(i);
  });
}
