import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cliLocale } from '../../../server/src/cli/cliLocale';
import { main, type CliDeps } from '../../../server/src/cli/main';

const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'bin', 'adsync-lint.js');

/** The docs' script with the placeholder left in: connector-name reports it. */
const SCRIPT = [
  '$adConnector = "<CASE SENSITIVE AD CONNECTOR NAME>"',
  '$azureadConnector = "contoso.onmicrosoft.com - AAD"',
  'Import-Module adsync',
  '$c = Get-ADSyncConnector -Name $adConnector',
  '$p = New-Object Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter "Microsoft.Synchronize.ForceFullPasswordSync", String, ConnectorGlobal, $null, $null, $null',
  '$p.Value = 1',
  '$c.GlobalParameters.Remove($p.Name)',
  '$c.GlobalParameters.Add($p)',
  '$c = Add-ADSyncConnector -Connector $c',
  'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $azureadConnector -Enable $false',
  'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $azureadConnector -Enable $true',
  '',
].join('\n');

const DUTCH_PLACEHOLDER = /De naam van de AD-connector is nog de tijdelijke aanduiding/;
const ENGLISH_PLACEHOLDER = /The AD connector name is still the docs' placeholder/;

let tmp: string;

async function run(argv: string[], deps: Partial<CliDeps> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    cwd: tmp,
    env: {},
    systemLocale: () => 'en-US',
    ...deps,
  });
  return { code, stdout, stderr };
}

describe('adsync-lint CLI in Dutch', () => {
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-lint-locale-'));
    fs.writeFileSync(path.join(tmp, 'script.ps1'), SCRIPT);
  });

  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('picks --locale, then LC_ALL, LC_MESSAGES and LANG, then the system language; English otherwise', () => {
    assert.strictEqual(cliLocale('nl', { LANG: 'en_US.UTF-8' }, () => 'en-US'), 'nl');
    assert.strictEqual(cliLocale(undefined, { LANG: 'nl_NL.UTF-8' }, () => 'en-US'), 'nl');
    assert.strictEqual(cliLocale(undefined, { LANG: 'nl_BE.UTF-8' }, () => 'en-US'), 'nl');
    assert.strictEqual(cliLocale(undefined, { LC_MESSAGES: 'nl_NL', LANG: 'en_US.UTF-8' }, () => 'en-US'), 'nl');
    assert.strictEqual(cliLocale(undefined, { LC_ALL: 'C', LANG: 'nl_NL.UTF-8' }, () => 'nl-NL'), 'en');
    assert.strictEqual(cliLocale(undefined, {}, () => 'nl-NL'), 'nl');
    assert.strictEqual(cliLocale(undefined, {}, () => 'de-DE'), 'en');
    assert.strictEqual(cliLocale(undefined, { LANG: 'fr_FR.UTF-8' }, () => 'nl-NL'), 'en');
    assert.strictEqual(cliLocale(undefined, {}, () => undefined), 'en');
  });

  it('--locale nl: Dutch messages, summary and the Dutch page of each rule reported', async () => {
    const { code, stdout } = await run(['--locale', 'nl', '--no-color', 'script.ps1']);
    assert.strictEqual(code, 1);
    assert.match(stdout, DUTCH_PLACEHOLDER);
    assert.match(stdout, /fout/);
    assert.match(stdout, /\u2716 1 probleem \(1 fout, 0 waarschuwingen\)/);
    assert.match(stdout, /Documentatie van de regels/);
    const page = path.join(ROOT, 'docs', 'rules', 'nl', 'connector-name.md');
    assert.ok(stdout.includes(`connector-name: ${page}`), stdout);
    assert.doesNotMatch(stdout, ENGLISH_PLACEHOLDER);
  });

  it('LANG=nl_NL.UTF-8 gives Dutch; LC_ALL=en_US wins over it', async () => {
    assert.match((await run(['script.ps1'], { env: { LANG: 'nl_NL.UTF-8' } })).stdout, DUTCH_PLACEHOLDER);
    assert.match((await run(['script.ps1'], { env: { LANG: 'nl_NL.UTF-8', LC_ALL: 'en_US.UTF-8' } })).stdout, ENGLISH_PLACEHOLDER);
  });

  it('stays English by default, and lists the English page', async () => {
    const { stdout } = await run(['--no-color', 'script.ps1']);
    assert.match(stdout, ENGLISH_PLACEHOLDER);
    assert.ok(stdout.includes(`connector-name: ${path.join(ROOT, 'docs', 'rules', 'connector-name.md')}`), stdout);
  });

  it('--help in Dutch names --locale and --explain', async () => {
    const dutch = await run(['--help', '--locale=nl']);
    assert.strictEqual(dutch.code, 0);
    assert.match(dutch.stdout, /^adsync-lint \S+\nControleert de PowerShell-scripts/);
    assert.match(dutch.stdout, /--locale <en\|nl>/);
    assert.match(dutch.stdout, /--explain <regel>/);
    assert.match((await run(['--help'])).stdout, /Usage: adsync-lint/);
  });

  it('says usage errors in Dutch, and refuses an unknown --locale', async () => {
    const unknown = await run(['--locale', 'nl', '--format', 'xml', 'script.ps1']);
    assert.strictEqual(unknown.code, 2);
    assert.match(unknown.stderr, /--format moet een van stylish, json, sarif zijn, niet "xml"/);
    assert.match(unknown.stderr, /Voer "adsync-lint --help" uit/);
    const badLocale = await run(['--locale', 'klingon', 'script.ps1']);
    assert.strictEqual(badLocale.code, 2);
    assert.match(badLocale.stderr, /--locale must be en or nl, not "klingon"/);
  });

  it('--locale nl: a connector source read in part is reported, summed up and named in Dutch', async () => {
    fs.writeFileSync(path.join(tmp, 'connectors.json'), '[{ "Name": "contoso.com", "Type": "AD" }, { "Type": "AD" }]');
    fs.writeFileSync(path.join(tmp, 'other.ps1'), SCRIPT.replace('<CASE SENSITIVE AD CONNECTOR NAME>', 'corp.contoso.com'));
    const dutch = await run(['--locale', 'nl', '--no-color', '--connectors', 'connectors.json', 'other.ps1']);
    assert.strictEqual(dutch.code, 2);
    assert.strictEqual(dutch.stderr, [
      'adsync-lint: het connectorbestand "connectors.json": item 2 heeft geen "Name"; het is overgeslagen.',
      'adsync-lint: 1 connector (1 AD, 0 Azure AD) gelezen uit de export van Get-ADSyncConnector "connectors.json".',
      '',
    ].join('\n'));
    assert.match(dutch.stdout, /"corp\.contoso\.com" is niet een van uw AD-connectors \("contoso\.com", uit de export van Get-ADSyncConnector "connectors\.json"\)/);
    const english = await run(['--no-color', '--connectors', 'connectors.json', 'other.ps1']);
    assert.strictEqual(english.stderr, [
      'adsync-lint: the connectors file "connectors.json": entry 2 has no "Name"; it was skipped.',
      'adsync-lint: read 1 connector (1 AD, 0 Azure AD) from the Get-ADSyncConnector export "connectors.json".',
      '',
    ].join('\n'));

    const missing = await run(['--locale', 'nl', '--connectors', 'nowhere', 'script.ps1']);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /^adsync-lint: kan de connectorbron "nowhere" niet lezen: bestand of map bestaat niet \(ENOENT\)\n/);
    const empty = await run(['--locale', 'nl', '--connectors=', 'script.ps1']);
    assert.match(empty.stderr, /^adsync-lint: --connectors heeft het pad nodig van een map met een export van de serverconfiguratie of van een JSON-bestand\.\n/);
  });

  it('--locale nl: a bad --concurrency is refused in Dutch', async () => {
    for (const value of ['many', '0']) {
      const { code, stderr } = await run(['--locale', 'nl', '--concurrency', value, 'script.ps1']);
      assert.strictEqual(code, 2);
      assert.strictEqual(stderr, `adsync-lint: --concurrency moet een aantal threads, auto of off zijn, niet "${value}".\nVoer "adsync-lint --help" uit voor het gebruik.\n`);
    }
    assert.match((await run(['--concurrency', 'many', 'script.ps1'])).stderr, /^adsync-lint: --concurrency must be a number of threads, auto or off, not "many"\.\n/);
  });

  it('--explain prints the installed page, in Dutch when asked', async () => {
    const english = await run(['--explain', 'password-sync-toggle']);
    assert.strictEqual(english.code, 0);
    assert.strictEqual(english.stdout, fs.readFileSync(path.join(ROOT, 'docs', 'rules', 'password-sync-toggle.md'), 'utf8'));
    const dutch = await run(['--explain', 'password-sync-toggle'], { env: { LANG: 'nl_NL.UTF-8' } });
    assert.strictEqual(dutch.stdout, fs.readFileSync(path.join(ROOT, 'docs', 'rules', 'nl', 'password-sync-toggle.md'), 'utf8'));
    const unknown = await run(['--explain', 'no-such-rule']);
    assert.strictEqual(unknown.code, 2);
    assert.match(unknown.stderr, /unknown rule "no-such-rule"/);
  });

  it('the built command reads LANG=nl_NL.UTF-8 from its environment', () => {
    assert.ok(fs.existsSync(path.join(ROOT, 'server', 'out', 'cli.js')), 'server/out/cli.js is missing: run `npm run build` first');
    let stdout = '';
    try {
      execFileSync(process.execPath, [CLI, path.join(tmp, 'script.ps1')], { env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'nl_NL.UTF-8' }, stdio: 'pipe' });
    } catch (error) {
      assert.strictEqual((error as { status?: number }).status, 1);
      stdout = String((error as { stdout?: Buffer }).stdout);
    }
    assert.match(stdout, DUTCH_PLACEHOLDER);
  });
});
