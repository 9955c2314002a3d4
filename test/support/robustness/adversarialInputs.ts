/**
 * Inputs built to hit worst cases: deep nesting, constructs left open at the very start, huge
 * lines, long runs of escapes, and thousands of the calls the rules correlate. Each is about
 * 100 KB (the long line 1 MB, the swapped toggles 540 KB), far beyond any real password-sync script.
 */
export interface AdversarialInput {
  name: string;
  text: string;
}

const TOGGLE = 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $azureadConnector -Enable ';

export function adversarialInputs(): AdversarialInput[] {
  return [
    { name: '10,000 nested $(', text: '$x = ' + '$('.repeat(10_000) + '1' + ')'.repeat(10_000) },
    { name: '10,000 unclosed $(', text: '$x = ' + '$('.repeat(10_000) },
    { name: 'unterminated here-string at the start', text: '@"\n' + (TOGGLE + '$true\n').repeat(900) },
    { name: 'unterminated block comment at the start', text: '<#\n' + (TOGGLE + '$true\n').repeat(900) },
    { name: '1 MB single line', text: ('$c.GlobalParameters.Add($p); ' + TOGGLE + '$false; ').repeat(6_500).slice(0, 1_000_000) },
    { name: '50,000 backticks', text: TOGGLE + '`'.repeat(50_000) + ' $true' },
    { name: '50,000 backtick line continuations', text: TOGGLE.trimEnd() + ' `\n'.repeat(33_000) + '$true' },
    { name: 'deeply nested @( and {', text: '$x = ' + '@({'.repeat(20_000) + '}'.repeat(20_000) },
    { name: '10,000 -Enable parameters', text: TOGGLE + '$true ' + '-Enable $false '.repeat(10_000) },
    { name: '2,000 toggle calls', text: ('$adConnector = "contoso.com"\n' + TOGGLE + '$true\n' + TOGGLE + '$false\n').repeat(400) + (TOGGLE + '$true\n').repeat(800) },
    { name: '3,000 ForceFullPasswordSync chains', text: Array.from({ length: 3_000 }, (_, i) => `$c${i} = Get-ADSyncConnector -Name "f${i}.com"\n$c${i}.GlobalParameters.Add($p)\n`).join('') + TOGGLE + '$true\n' },
    { name: '1 MB connector-name string literal', text: `$adConnector = "<${'A'.repeat(1_000_000)}>"\n${TOGGLE}$false\n${TOGGLE}$true\n` },
    // 540 KB: at this size quadratic work (a fix looking through every call) takes seconds.
    { name: '4,000 toggles with swapped connectors', text: 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector "contoso.onmicrosoft.com - AAD" -TargetConnector "contoso.com" -Enable $false\n'.repeat(4_000) },
    // Each expression piped into ForEach-Object is read again for its value; read again at every
    // level, this once took time exponential in the nesting (60 levels: hours).
    { name: '60 nested expressions piped into ForEach-Object', text: nestedPipedExpressions(60) + TOGGLE + '$true\n' },
    { name: '5,000 unassigned variables with similar names', text: Array.from({ length: 5_000 }, (_, i) => `$adConnector${i} = "c${i}.com"\n`).join('') + TOGGLE + '$true\n' },
  ];
}

function nestedPipedExpressions(depth: number): string {
  let text = '$x';
  for (let i = 0; i < depth; i++) text = `@({ ${text} | % { $_ } }) | % { $_ }`;
  return text + '\n';
}

/** Milliseconds one call of `run` takes, the best of `repeats` (the least disturbed by other work). */
export function bestTime(run: () => void, repeats = 3): number {
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}
