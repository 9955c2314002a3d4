import * as fc from 'fast-check';
import { canonicalScriptLines, FORCE_FULL_PASSWORD_SYNC_LINES } from '../../../server/src/fixes/canonicalScript';

/**
 * Scripts shaped like the ones users write: the canonical password-sync script's lines and
 * variants of them (typographic dashes and quotes, reversed or missing toggles, splats, line
 * continuations), nested in loops, functions and if blocks, among comments, suppression
 * directives and here-strings. Random text rarely gets past the tokenizer into the rules; these
 * reach the rules and their fixes.
 */

const AD_NAMES = ['contoso.com', 'Contoso.com', 'fabrikam.local', '<CASE SENSITIVE AD CONNECTOR NAME>', '', 'contoso\u2013com', 'contoso.onmicrosoft.com - AAD'];
const AAD_NAMES = [
  'contoso.onmicrosoft.com - AAD', 'contoso.onmicrosoft.com \u2013 AAD', 'contoso.onmicrosoft.com - Entra ID',
  '<CASE SENSITIVE AZURE AD CONNECTOR NAME>', '&lt;CASE SENSITIVE AZURE AD CONNECTOR NAME&gt;', 'contoso.com', 'contoso.onmicrosoft.com\u00A0- AAD',
];

const names = fc.record({ adConnector: fc.constantFrom(...AD_NAMES), azureAdConnector: fc.constantFrom(...AAD_NAMES) });

/** Textual variants a pasted or hand-edited line goes through. */
const VARIANTS: ((line: string) => string)[] = [
  (line) => line,
  (line) => line.replace(/ -([A-Z])/g, ' \u2013$1'),
  (line) => line.replace(/ -([A-Z])/g, ' \u2014$1'),
  (line) => line.replace(/"([^"]*)"/g, '\u201C$1\u201D'),
  (line) => line.replace(/"([^"$`]*)"/g, "'$1'"),
  (line) => line.replace('$false', '$true'),
  (line) => line.replace('$true', '$false'),
  (line) => line.replace('-Enable $', '-Enable:$'),
  (line) => line.replace(/ -TargetConnector \S+/, ''),
  (line) => line.replace(/ -(Source|Target)Connector/g, ' `\n    -$1Connector'),
  (line) => line.replace(/-Enable \$(true|false)/, '-Enable ([bool]1)'),
  (line) => line.replace('$p.Value = 1', '$p.Value = 0'),
  (line) => line.replace('$adConnector', '$adConnecter'),
  (line) => line + ' # trailing comment',
  (line) => line + ' <# adsync-lint-disable-line #>',
  (line) => '    ' + line,
  (line) => line.toLowerCase(),
  (line) => '# ' + line,
];

const canonicalLine = fc
  .tuple(names, fc.nat(), fc.constantFrom(...VARIANTS))
  .map(([n, index, variant]) => {
    const lines = canonicalScriptLines(n);
    return variant(lines[index % lines.length]);
  });

const toggle = (value: '$true' | '$false', how: 'named' | 'splat' | 'colon') =>
  how === 'splat'
    ? `Set-ADSyncAADPasswordSyncConfiguration @sync -Enable ${value}`
    : `Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $azureadConnector -Enable${how === 'colon' ? ':' : ' '}${value}`;

const otherLine = fc.oneof(
  fc.constantFrom(
    '$sync = @{ SourceConnector = $adConnector; TargetConnector = $azureadConnector }',
    '$sync = @{ SourceConnector = $adConnector; TargetConnector = $azureadConnector; Enable = $false }',
    'Set-ADSyncAADPasswordSyncConfiguration @sync',
    '$forests = @("contoso.com", "fabrikam.com")',
    '$c = Get-ADSyncConnector -Name "contoso.com"',
    'Get-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector',
    'Write-Host "Done: $($c.Name) $(Get-Date)"',
    '$x = $(1; $(2; @(3, @{ a = { $_ } })))',
    '& "Set-ADSyncAADPasswordSyncConfiguration" -Enable $true',
    'Start-ADSyncSyncCycle -PolicyType Initial',
    'Set-ADSyncAADPasswordSyncConfiguration --% -SourceConnector x -Enable $true',
    'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $_ -TargetConnector $azureadConnector -Enable $false',
    'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $_.Name -TargetConnector $azureadConnector -Enable $true',
    '',
  ),
  fc.tuple(fc.constantFrom<'$true' | '$false'>('$true', '$false'), fc.constantFrom<'named' | 'splat' | 'colon'>('named', 'splat', 'colon')).map(([v, how]) => toggle(v, how)),
  fc.constantFrom(...FORCE_FULL_PASSWORD_SYNC_LINES),
);

const comment = fc.oneof(
  fc.constantFrom(
    '# Enable password hash sync for Azure AD DS',
    '<# block comment\nSet-ADSyncAADPasswordSyncConfiguration -Enable $true\n#>',
    '<# unterminated block comment',
    '# adsync-lint-disable-next-line connector-name',
    '# adsync-lint-disable password-sync-toggle, force-full-password-sync',
    '# adsync-lint-disable-next-line conector-name',
    '# adsync-lint-enable',
    '# adsync-lint-disable-line not-a-rule -- reason',
  ),
);

const hereString = fc.tuple(fc.boolean(), fc.array(canonicalLine, { maxLength: 3 })).map(([expandable, body]) =>
  expandable ? `$doc = @"\n${body.join('\n')}\n"@` : `$doc = @'\n${body.join('\n')}\n'@`,
);

const simpleLine = fc.oneof(
  { arbitrary: canonicalLine, weight: 8 },
  { arbitrary: otherLine, weight: 4 },
  { arbitrary: comment, weight: 2 },
  { arbitrary: hereString, weight: 1 },
);

function indent(body: string): string {
  return body.split('\n').map((line) => '    ' + line).join('\n');
}

const { block } = fc.letrec<{ statement: string; block: string }>((tie) => ({
  statement: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: simpleLine, weight: 10 },
    { arbitrary: tie('block').map((body) => `foreach ($adConnector in $forests) {\n${indent(body)}\n}`), weight: 1 },
    { arbitrary: tie('block').map((body) => `function Enable-Sync {\n    param([string] $adConnector, $azureadConnector)\n${indent(body)}\n}`), weight: 1 },
    { arbitrary: tie('block').map((body) => `if ($true) {\n${indent(body)}\n} else {\n}`), weight: 1 },
    { arbitrary: tie('block').map((body) => `$forests | ForEach-Object {\n${indent(body)}\n}`), weight: 1 },
    { arbitrary: tie('block').map((body) => `@("contoso.com", "contoso\u2013com") | % {\n${indent(body)}\n}`), weight: 1 },
    { arbitrary: tie('block').map((body) => `"<CASE SENSITIVE AD CONNECTOR NAME>", $adConnector | ForEach-Object {\n${indent(body)}\n}`), weight: 1 },
  ),
  block: fc.array(tie('statement'), { maxLength: 14 }).map((lines) => lines.join('\n')),
}));

const LINE_ENDS = ['\n', '\r\n', '\r'];

/**
 * A whole script with one line-end style (most files), or mixed ones, optionally with a BOM
 * and with or without a final line break.
 */
export const scriptText: fc.Arbitrary<string> = fc
  .record({
    body: block,
    eol: fc.constantFrom(...LINE_ENDS),
    // Only used when `mixed`: the line ends to cycle through.
    mixed: fc.boolean(),
    mixEnds: fc.array(fc.constantFrom(...LINE_ENDS), { minLength: 1, maxLength: 8 }),
    bom: fc.boolean(),
    finalBreak: fc.boolean(),
  })
  .map((shape) => {
    let i = 0;
    const body = shape.body.replace(/\n/g, () => (shape.mixed ? shape.mixEnds[i++ % shape.mixEnds.length] : shape.eol));
    return (shape.bom ? '\uFEFF' : '') + body + (shape.finalBreak ? shape.eol : '');
  });
