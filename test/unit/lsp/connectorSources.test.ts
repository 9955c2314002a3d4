import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Connection } from 'vscode-languageserver/node';
import { ConnectorSourceStore } from '../../../server/src/lsp/connectorSourceStore';
import { SettingsStore } from '../../../server/src/lsp/settingsStore';
import { adConnector, azureAdConnector, connectorFileName, writeServerConfigExport } from '../../support/connectorExports';

function fakeConnection(section: unknown) {
  const shown: string[] = [];
  const logged: string[] = [];
  const connection = {
    workspace: { getConfiguration: async () => section },
    console: { warn: (line: string) => logged.push(line), error: (line: string) => logged.push(line) },
    window: { showWarningMessage: async (message: string) => shown.push(message) },
  };
  return { connection: connection as unknown as Connection, shown, logged };
}

const CONTOSO = adConnector('contoso.com', '5a1b4c2d-0e3f-4a5b-8c7d-9e0f1a2b3c4d');
const AAD = azureAdConnector('contoso.onmicrosoft.com - AAD');

describe('lsp connector sources', () => {
  let workspace: string;
  let uri: string;
  beforeEach(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-lsp-connectors-'));
    uri = pathToFileURL(path.join(workspace, 'scripts', 'sync.ps1')).toString();
  });
  afterEach(() => fs.rmSync(workspace, { recursive: true, force: true }));

  function stores(section: unknown) {
    const fake = fakeConnection(section);
    const sources = new ConnectorSourceStore(fake.connection, () => [workspace]);
    return { ...fake, sources, settings: new SettingsStore(fake.connection, () => true, sources) };
  }

  it('uses an export found in the workspace, adds the settings\' names, and says where they come from', async () => {
    const root = writeServerConfigExport(path.join(workspace, 'server-config'), [CONTOSO, AAD]);
    const { sources, settings, shown } = stores({ connectors: { ad: ['fabrikam.com', 'contoso.com'] } });
    assert.deepStrictEqual((await settings.get(uri)).options.connectors, { ad: ['fabrikam.com', 'contoso.com'], azureAd: [] });

    sources.setDiscoveredFiles([path.join(root, 'Connectors', connectorFileName(CONTOSO)), path.join(root, 'Connectors', connectorFileName(AAD))]);
    settings.invalidate(undefined);
    const read = await settings.get(uri);
    assert.deepStrictEqual(read.options.connectors, { ad: ['contoso.com', 'fabrikam.com'], azureAd: ['contoso.onmicrosoft.com - AAD'] });
    assert.strictEqual(read.connectorStatus?.text, 'AD Sync: 2 connectors from server-config + 1 from settings');
    assert.strictEqual(read.connectorStatus?.location, root);
    assert.match(read.options.connectorsFrom ?? '', /^the server configuration export ".*server-config"$/);
    assert.deepStrictEqual(shown, []);
  });

  it('reads adsyncLint.connectorSource relative to the workspace folder, before anything found', async () => {
    writeServerConfigExport(path.join(workspace, 'exports', 'today'), [adConnector('corp.fabrikam.com', '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f'), AAD]);
    const found = writeServerConfigExport(path.join(workspace, 'old'), [CONTOSO]);
    const { sources, settings } = stores({ connectorSource: 'exports/today/Connectors' });
    sources.setDiscoveredFiles([path.join(found, 'Connectors', connectorFileName(CONTOSO))]);
    const read = await settings.get(uri);
    assert.deepStrictEqual(read.options.connectors.ad, ['corp.fabrikam.com']);
    assert.strictEqual(read.connectorStatus?.text, 'AD Sync: 2 connectors from Connectors');
  });

  it('warns once, naming the file, and goes on with the names it could read; reads again after a change', async () => {
    const root = writeServerConfigExport(path.join(workspace, 'server-config'), [CONTOSO]);
    const broken = path.join(root, 'Connectors', connectorFileName(AAD));
    fs.writeFileSync(broken, '<ma-data><name>x</nam>');
    const { sources, settings, shown, logged } = stores({ connectorSource: 'server-config' });
    const first = await settings.get(uri);
    assert.deepStrictEqual(first.options.connectors.ad, ['contoso.com']);
    assert.match(first.connectorStatus?.text ?? '', /^\$\(warning\) AD Sync: 1 connector from server-config$/);
    settings.invalidate(undefined);
    await settings.get(uri);
    assert.strictEqual(shown.length, 1);
    assert.ok(shown[0].includes(broken) && /not well-formed XML/.test(shown[0]), shown[0]);
    assert.strictEqual(logged.length, 1);

    fs.writeFileSync(broken, fs.readFileSync(path.join(root, 'Connectors', connectorFileName(CONTOSO)), 'utf8').replace('<name>contoso.com</name>', '<name>t - AAD</name>').replace('<category>AD</category>', '<category>Extensible2</category>'));
    sources.forgetReadings();
    settings.invalidate(undefined);
    assert.deepStrictEqual((await settings.get(uri)).options.connectors, { ad: ['contoso.com'], azureAd: ['t - AAD'] });
  });

  it('speaks Dutch with adsyncLint.language nl: the status, its tooltip, the warning and where the names came from; back to English without a restart', async () => {
    const root = writeServerConfigExport(path.join(workspace, 'server-config'), [CONTOSO]);
    fs.writeFileSync(path.join(root, 'Connectors', connectorFileName(AAD)), '<ma-data><name>x</nam>');
    const section: Record<string, unknown> = { language: 'nl', connectorSource: 'server-config', connectors: { ad: ['fabrikam.com'] } };
    const { settings, shown, logged } = stores(section);
    const dutch = await settings.get(uri);
    assert.strictEqual(dutch.connectorStatus?.text, '$(warning) AD Sync: 1 connector uit server-config + 1 uit de instellingen');
    assert.deepStrictEqual(dutch.connectorStatus?.tooltip.split('\n'), [
      `1 connector (1 AD, 0 Azure AD) gelezen uit de export van de serverconfiguratie ${path.join(workspace, 'server-config')}.`,
      '1 probleem bij het lezen; zie de uitvoer van "AD Sync Lint".',
      'Klik om de bron te openen of een andere te kiezen.',
    ]);
    assert.match(dutch.connectorStatus?.problems[0] ?? '', /^het connectorbestand ".*" is geen goed gevormde XML: /);
    assert.match(dutch.options.connectorsFrom ?? '', /^de export van de serverconfiguratie ".*server-config"$/);
    assert.strictEqual(shown.length, 1);
    assert.match(shown[0], /^AD Sync Lint: niet alle connectornamen konden worden gelezen uit ".*server-config": het connectorbestand ".*" is geen goed gevormde XML: /);
    assert.match(logged[0], /^het connectorbestand /);

    section.language = 'en';
    settings.invalidate(undefined);
    const english = await settings.get(uri);
    assert.strictEqual(english.connectorStatus?.text, '$(warning) AD Sync: 1 connector from server-config + 1 from settings');
    assert.match(english.connectorStatus?.problems[0] ?? '', /^the connector file ".*" is not well-formed XML: /);
    assert.match(shown[1] ?? '', /^AD Sync Lint: could not read every connector name from /);
  });

  it('says in Dutch that there are no names, or only the settings\' names, or a relative path with no workspace folder', async () => {
    const none = stores({ language: 'nl' });
    const empty = await none.settings.get(uri);
    assert.strictEqual(empty.connectorStatus?.text, 'AD Sync: geen connectornamen');
    assert.match(empty.connectorStatus?.tooltip ?? '', /^Geen connectornamen: kies de map die Get-ADSyncServerConfiguration schreef/);
    const configured = stores({ language: 'nl', connectors: { ad: ['contoso.com', 'fabrikam.com'] } });
    const fromSettings = await configured.settings.get(uri);
    assert.strictEqual(fromSettings.connectorStatus?.text, 'AD Sync: 2 connectors uit de instellingen');
    assert.match(fromSettings.connectorStatus?.tooltip ?? '', /^Connectornamen uit de instelling adsyncLint\.connectors\.\n/);

    const fake = fakeConnection({ language: 'nl', connectorSource: 'exports' });
    const noFolder = new ConnectorSourceStore(fake.connection, () => []);
    const status = await new SettingsStore(fake.connection, () => true, noFolder).get(uri);
    assert.match(status.connectorStatus?.problems[0] ?? '', /^"adsyncLint\.connectorSource" is het relatieve pad "exports", maar er is geen werkruimtemap geopend/);
    assert.match(fake.shown[0], /^AD Sync Lint: niet alle connectornamen konden worden gelezen uit "exports": "adsyncLint\.connectorSource" is het relatieve pad/);
  });

  it('says when there are no names at all, and keeps today\'s settings-only behaviour', async () => {
    const none = stores({});
    const empty = await none.settings.get(uri);
    assert.deepStrictEqual(empty.options.connectors, { ad: [], azureAd: [] });
    assert.strictEqual(empty.options.connectorsFrom, undefined);
    assert.strictEqual(empty.connectorStatus?.text, 'AD Sync: no connector names');
    const configured = stores({ connectors: { ad: ['contoso.com'] } });
    assert.strictEqual((await configured.settings.get(uri)).connectorStatus?.text, 'AD Sync: 1 connector from settings');
  });
});
