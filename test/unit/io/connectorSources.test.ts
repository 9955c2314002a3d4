import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { connectorKind, mergeConnectorNames } from '../../../server/src/io/connectors/connectorKinds';
import { HEAD_LIMIT_BYTES, readConnectorXmlHead } from '../../../server/src/io/connectors/connectorXmlHead';
import { parseConnectorsJson } from '../../../server/src/io/connectors/connectorsJson';
import { chooseDiscoveredSource } from '../../../server/src/io/connectors/discoveredSource';
import { describeCount, describeSource, readConnectorSource } from '../../../server/src/io/connectors/readConnectorSource';
import { resolveSourceSetting } from '../../../server/src/io/connectors/sourceLocation';
import { lintText } from '../../../server/src/engine/lint';
import { defaultOptions } from '../../../server/src/shared/options';
import {
  adConnector,
  azureAdConnector,
  connectorFileName,
  connectorXml,
  encode,
  oneLineExportJson,
  outFile,
  writeServerConfigExport,
  type ExportedConnector,
} from '../../support/connectorExports';

const CONTOSO = adConnector('contoso.com', '5a1b4c2d-0e3f-4a5b-8c7d-9e0f1a2b3c4d');
const FABRIKAM = adConnector('fabrikam.com', '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f');
const AAD = azureAdConnector('contoso.onmicrosoft.com - AAD');

describe('connector sources', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-connectors-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (relative: string, content: string | Buffer): string => {
    const full = path.join(dir, relative);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
    return full;
  };

  describe('server configuration export', () => {
    for (const [label, style] of [
      ['UTF-8 with BOM and CRLF', { bom: true, crlf: true }],
      ['UTF-8 without BOM, LF', {}],
      ['UTF-16 LE with BOM and CRLF', { utf16: true, crlf: true }],
    ] as const) {
      it(`reads the export's root folder and its Connectors folder (${label})`, () => {
        const root = writeServerConfigExport(path.join(dir, 'server-config'), [FABRIKAM, AAD, CONTOSO], style);
        for (const location of [root, path.join(root, 'Connectors')]) {
          const reading = readConnectorSource(location);
          assert.deepStrictEqual(reading.problems, [], location);
          assert.strictEqual(reading.kind, 'server-config');
          // The export's file names (by GUID) set the order, not the names.
          assert.deepStrictEqual({ ad: [...reading.names.ad].sort(), azureAd: reading.names.azureAd }, { ad: ['contoso.com', 'fabrikam.com'], azureAd: ['contoso.onmicrosoft.com - AAD'] });
        }
      });
    }

    it('reads one Connector_{guid}.xml file, and an export of a single connector', () => {
      const root = writeServerConfigExport(path.join(dir, 'one'), [AAD]);
      const file = path.join(root, 'Connectors', connectorFileName(AAD));
      assert.deepStrictEqual(readConnectorSource(file).names, { ad: [], azureAd: ['contoso.onmicrosoft.com - AAD'] });
      assert.deepStrictEqual(readConnectorSource(root).names, { ad: [], azureAd: ['contoso.onmicrosoft.com - AAD'] });
    });

    it('resolves a relative location against the working folder and names it as given', () => {
      writeServerConfigExport(path.join(dir, 'export'), [CONTOSO]);
      const reading = readConnectorSource('export', dir);
      assert.deepStrictEqual(reading.names.ad, ['contoso.com']);
      assert.strictEqual(reading.location, 'export');
    });

    it('reads only the head of a multi-megabyte AD connector file', () => {
      const big = adConnector('corp.contoso.com', '11111111-2222-4333-8444-555555555555', 6 * 1024 * 1024);
      const root = writeServerConfigExport(path.join(dir, 'big'), [big, AAD]);
      const file = path.join(root, 'Connectors', connectorFileName(big));
      assert.ok(fs.statSync(file).size > 6 * 1024 * 1024);
      // A broken tail proves the parser never got there.
      fs.appendFileSync(file, '<<< not xml &undefined; </wrong>');
      const reading = readConnectorSource(root);
      assert.deepStrictEqual(reading.problems, []);
      assert.deepStrictEqual(reading.names, { ad: ['corp.contoso.com'], azureAd: ['contoso.onmicrosoft.com - AAD'] });
    });

    it('unescapes XML entities in names and keeps their exact case', () => {
      const odd = adConnector('R&D.Contoso.COM', '22222222-3333-4444-8555-666666666666');
      const root = writeServerConfigExport(path.join(dir, 'odd'), [odd]);
      assert.deepStrictEqual(readConnectorSource(root).names.ad, ['R&D.Contoso.COM']);
    });

    it('leaves out connectors to other systems', () => {
      const ldap: ExportedConnector = { guid: '33333333-4444-4555-8666-777777777777', name: 'HR LDAP', category: 'Extensible2', subtype: 'Generic LDAP (Microsoft)' };
      const root = writeServerConfigExport(path.join(dir, 'mixed'), [CONTOSO, AAD, ldap]);
      const reading = readConnectorSource(root);
      assert.deepStrictEqual(reading.problems, []);
      assert.deepStrictEqual(reading.names, { ad: ['contoso.com'], azureAd: ['contoso.onmicrosoft.com - AAD'] });
    });

    it('names each broken file and still reads the others', () => {
      const root = writeServerConfigExport(path.join(dir, 'broken'), [CONTOSO, AAD]);
      write('broken/Connectors/Connector_{aaaaaaaa-0000-4000-8000-000000000001}.xml', '<ma-data>\n  <id>{X}</id>\n  <name>bad.com</nam>\n');
      write('broken/Connectors/Connector_{aaaaaaaa-0000-4000-8000-000000000002}.xml', '<mv-data><name>x</name></mv-data>');
      write('broken/Connectors/Connector_{aaaaaaaa-0000-4000-8000-000000000003}.xml', '<ma-data>\n  <format-version>1</format-version>\n  <schema />\n</ma-data>');
      write('broken/Connectors/Connector_{aaaaaaaa-0000-4000-8000-000000000004}.xml', '');
      const reading = readConnectorSource(root);
      assert.deepStrictEqual(reading.names, { ad: ['contoso.com'], azureAd: ['contoso.onmicrosoft.com - AAD'] });
      const about = (guidEnd: string) => reading.problems.find((problem) => problem.includes(`000${guidEnd}}.xml`));
      assert.match(about('1') ?? '', /is not well-formed XML: .*/);
      assert.match(about('2') ?? '', /is not a connector export: its root element is <mv-data>, not <ma-data>/);
      assert.match(about('3') ?? '', /has no <name> in its header/);
      assert.match(about('4') ?? '', /is not well-formed XML: .*root element/);
      assert.strictEqual(reading.problems.length, 4);
      assert.ok(reading.problems.every((problem) => problem.includes(path.join(root, 'Connectors'))));
    });

    it('refuses a hostile file: a DTD, an external entity, an entity bomb, an undefined entity', () => {
      const root = writeServerConfigExport(path.join(dir, 'hostile'), [CONTOSO]);
      const laughs = '<!DOCTYPE ma-data [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<ma-data><name>&c;</name><category>AD</category></ma-data>';
      const external = '<?xml version="1.0"?>\n<!DOCTYPE ma-data [<!ENTITY xxe SYSTEM "http://example.invalid/secret">]>\n<ma-data><name>&xxe;</name><category>AD</category></ma-data>';
      const undefinedEntity = '<ma-data><name>&xxe;</name><category>AD</category><subtype /></ma-data>';
      write('hostile/Connectors/Connector_{bbbbbbbb-0000-4000-8000-000000000001}.xml', laughs);
      write('hostile/Connectors/Connector_{bbbbbbbb-0000-4000-8000-000000000002}.xml', external);
      write('hostile/Connectors/Connector_{bbbbbbbb-0000-4000-8000-000000000003}.xml', undefinedEntity);
      const reading = readConnectorSource(root);
      assert.deepStrictEqual(reading.names, { ad: ['contoso.com'], azureAd: [] });
      assert.strictEqual(reading.problems.length, 3, reading.problems.join('\n'));
      assert.match(reading.problems[0], /declares a DTD/);
      assert.match(reading.problems[1], /declares a DTD/);
      assert.match(reading.problems[2], /not well-formed XML: .*undefined entity/);
    });

    it('gives up on a file that shows no header in its first megabyte', () => {
      const root = writeServerConfigExport(path.join(dir, 'late'), [CONTOSO]);
      const late = `<ma-data>\n<!-- ${'x'.repeat(HEAD_LIMIT_BYTES + 1024)} -->\n<name>late.com</name><category>AD</category></ma-data>`;
      write('late/Connectors/Connector_{cccccccc-0000-4000-8000-000000000001}.xml', late);
      const reading = readConnectorSource(root);
      assert.deepStrictEqual(reading.names.ad, ['contoso.com']);
      assert.match(reading.problems[0], /shows no connector header in its first 1024 KB/);
    });

    it('says so when a folder holds no connector files, or cannot be read', () => {
      fs.mkdirSync(path.join(dir, 'empty', 'Connectors'), { recursive: true });
      const empty = readConnectorSource(path.join(dir, 'empty'));
      assert.deepStrictEqual(empty.names, { ad: [], azureAd: [] });
      assert.match(empty.problems[0], /holds no Connectors\/Connector_\{guid\}\.xml files/);
      const missing = readConnectorSource(path.join(dir, 'nowhere'));
      assert.match(missing.problems[0], /cannot read the connector source ".*nowhere": no such file or directory \(ENOENT\)/);
    });
  });

  describe('the one-line Get-ADSyncConnector export', () => {
    const connectors = [
      { Name: 'contoso.com', Type: 'AD' },
      { Name: 'fabrikam.com', Type: 'AD' },
      { Name: 'contoso.onmicrosoft.com - AAD', Type: 'Extensible2' },
    ];

    it('reads Windows PowerShell 5.1 output: UTF-16 LE, BOM, CRLF, its own spacing', () => {
      const text = oneLineExportJson(connectors, '5.1');
      assert.ok(text.includes('"Name":  "contoso.com"'));
      const file = write('connectors.json', outFile(text, '5.1'));
      assert.deepStrictEqual(fs.readFileSync(file).subarray(0, 2), Buffer.from([0xff, 0xfe]));
      const reading = readConnectorSource(file);
      assert.deepStrictEqual(reading.problems, []);
      assert.strictEqual(reading.kind, 'connector-list');
      assert.deepStrictEqual(reading.names, { ad: ['contoso.com', 'fabrikam.com'], azureAd: ['contoso.onmicrosoft.com - AAD'] });
    });

    it('reads PowerShell 7 output (UTF-8) and a single connector written as an object', () => {
      const file = write('connectors.json', outFile(oneLineExportJson(connectors, '7'), '7'));
      assert.deepStrictEqual(readConnectorSource(file).names.ad, ['contoso.com', 'fabrikam.com']);
      const one = write('one.json', outFile(oneLineExportJson([{ Name: 'contoso.com', Type: 'AD' }], '5.1'), '5.1'));
      assert.ok(!oneLineExportJson([{ Name: 'x', Type: 'AD' }], '5.1').trimStart().startsWith('['));
      assert.deepStrictEqual(readConnectorSource(one).names, { ad: ['contoso.com'], azureAd: [] });
    });

    it('tells Azure AD apart by the " - AAD" suffix when Type is missing or a number', () => {
      const reading = parseConnectorsJson(JSON.stringify([{ Name: 'contoso.com' }, { Name: 'contoso.onmicrosoft.com - AAD', Type: 3 }]), 'x.json');
      assert.deepStrictEqual(reading.names, { ad: ['contoso.com'], azureAd: ['contoso.onmicrosoft.com - AAD'] });
    });

    it('skips an entry without a name, naming the file and the entry', () => {
      const reading = parseConnectorsJson(JSON.stringify([{ Name: 'contoso.com', Type: 'AD' }, { Type: 'AD' }]), 'c.json');
      assert.deepStrictEqual(reading.names.ad, ['contoso.com']);
      assert.deepStrictEqual(reading.problems, ['the connectors file "c.json": entry 2 has no "Name"; it was skipped.']);
    });
  });

  describe('the names file and broken JSON', () => {
    it('reads { "ad": [...], "azureAd": [...] } with a BOM', () => {
      const file = write('names.json', Buffer.from('\ufeff{ "ad": ["contoso.com"], "azureAd": ["contoso.onmicrosoft.com - AAD"] }', 'utf8'));
      const reading = readConnectorSource(file);
      assert.strictEqual(reading.kind, 'names-file');
      assert.deepStrictEqual(reading.names, { ad: ['contoso.com'], azureAd: ['contoso.onmicrosoft.com - AAD'] });
    });

    it('names the file for invalid JSON, another shape, an empty file, and a source with no connector', () => {
      const cases: Array<[string, string, RegExp]> = [
        ['broken.json', '{ "ad": [', /the connectors file "broken\.json" is not valid JSON/],
        ['strings.json', '["contoso.com"]', /the connectors file "strings\.json" holds neither the output of "Get-ADSyncConnector/],
        ['empty.json', '', /the connectors file "empty\.json" is empty\./],
        ['none.json', '{ "ad": [], "azureAd": [] }', /the connector source "none\.json" names no AD or Azure AD connector\./],
      ];
      for (const [name, content, message] of cases) {
        write(name, content);
        const reading = readConnectorSource(name, dir);
        assert.strictEqual(reading.problems.length, 1, name);
        assert.match(reading.problems[0], message);
      }
    });

    it('keeps the names of a half-right names file', () => {
      const reading = parseConnectorsJson('{ "ad": ["contoso.com", 3], "aad": ["x"] }', 'n.json');
      assert.deepStrictEqual(reading.names, { ad: ['contoso.com'], azureAd: [] });
      assert.strictEqual(reading.problems.length, 2);
    });
  });

  describe('kinds, merging, discovery and locations', () => {
    it('tells the kinds apart by type, subtype, the Azure AD identifier and the suffix', () => {
      assert.strictEqual(connectorKind({ name: 'corp', type: 'AD' }), 'ad');
      assert.strictEqual(connectorKind({ name: 'x', type: 'Extensible2', id: '{B891884F-051E-4A83-95AF-2544101C9083}', subtype: '' }), 'azureAd');
      assert.strictEqual(connectorKind({ name: 'x', type: 'Extensible2', subtype: 'Windows Azure Active Directory (Microsoft)' }), 'azureAd');
      assert.strictEqual(connectorKind({ name: 'x', type: 'Extensible2' }), 'azureAd');
      assert.strictEqual(connectorKind({ name: 'HR', type: 'Extensible2', subtype: 'Generic SQL' }), undefined);
      assert.strictEqual(connectorKind({ name: 't - AAD' }), 'azureAd');
      assert.strictEqual(connectorKind({ name: 'contoso.com' }), 'ad');
    });

    it('merges names, the first source first, each once', () => {
      assert.deepStrictEqual(mergeConnectorNames({ ad: ['a.com'], azureAd: ['t - AAD'] }, { ad: ['b.com', 'a.com'], azureAd: [] }), { ad: ['a.com', 'b.com'], azureAd: ['t - AAD'] });
    });

    it('prefers an export among found files, else a connectors.json of the one-line shape only', () => {
      const root = writeServerConfigExport(path.join(dir, 'z-export'), [CONTOSO]);
      const names = write('a/connectors.json', '{ "ad": ["x.com"] }');
      const list = write('b/connectors.json', oneLineExportJson([{ Name: 'contoso.com', Type: 'AD' }], '7'));
      const xml = path.join(root, 'Connectors', connectorFileName(CONTOSO));
      assert.strictEqual(chooseDiscoveredSource([names, list, xml]), root);
      assert.strictEqual(chooseDiscoveredSource([names, list]), list);
      assert.strictEqual(chooseDiscoveredSource([names]), undefined);
      assert.strictEqual(chooseDiscoveredSource([]), undefined);
    });

    it('resolves the setting against the document\'s workspace folder', () => {
      const a = path.join(dir, 'a');
      const b = path.join(dir, 'b');
      assert.strictEqual(resolveSourceSetting('export', [a, b], path.join(b, 'x.ps1')), path.join(b, 'export'));
      assert.strictEqual(resolveSourceSetting('export', [a, b], undefined), path.join(a, 'export'));
      assert.strictEqual(resolveSourceSetting(path.join(dir, 'abs'), [a], undefined), path.join(dir, 'abs'));
      assert.strictEqual(resolveSourceSetting('export', [], undefined), undefined);
    });
  });

  it('never throws on any bytes in a connector file or any JSON value', () => {
    const file = path.join(dir, 'Connector_{fuzz}.xml');
    const header = connectorXml(CONTOSO).slice(0, 400);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.nat(header.length), (noise, cut) => {
        fs.writeFileSync(file, Buffer.concat([Buffer.from(header.slice(0, cut)), noise]));
        const reading = readConnectorXmlHead(file);
        assert.ok('record' in reading ? typeof reading.record.name === 'string' : reading.error.includes(file));
      }),
      { seed: 14, numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const reading = parseConnectorsJson(JSON.stringify(value) ?? '', 'f.json');
        assert.ok(Array.isArray(reading.names.ad) && Array.isArray(reading.names.azureAd));
        assert.ok(reading.kind !== undefined || reading.problems.length > 0);
      }),
      { seed: 14, numRuns: 500 },
    );
  });

  describe('in Dutch', () => {
    /** Each way a source can be wrong, with what the Dutch reader is told; every io message appears once. */
    const cases: Array<[string, () => string, RegExp]> = [
      ['a missing source', () => path.join(dir, 'nowhere'), /^kan de connectorbron ".*nowhere" niet lezen: bestand of map bestaat niet \(ENOENT\)$/],
      ['a folder without connector files', () => {
        fs.mkdirSync(path.join(dir, 'empty', 'Connectors'), { recursive: true });
        return path.join(dir, 'empty');
      }, /^de map ".*empty" bevat geen bestanden Connectors\/Connector_\{guid\}\.xml; geef de map op die Get-ADSyncServerConfiguration -Path schreef, of de map Connectors daarin\.$/],
      ['broken XML', () => write('x/Connector_{1}.xml', '<ma-data><name>x</nam>'), /^het connectorbestand ".*Connector_\{1\}\.xml" is geen goed gevormde XML: /],
      ['a DTD', () => write('x/Connector_{2}.xml', '<!DOCTYPE ma-data>\n<ma-data><name>x</name></ma-data>'), /^het connectorbestand ".*" declareert een DTD, wat connectorexports nooit doen; het is niet gelezen\.$/],
      ['another XML file', () => write('x/Connector_{3}.xml', '<mv-data><name>x</name></mv-data>'), /^het bestand ".*" is geen connectorexport: het hoofdelement is <mv-data>, niet <ma-data>\.$/],
      ['a header without a name', () => write('x/Connector_{4}.xml', '<ma-data><format-version>1</format-version><schema /></ma-data>'), /^het connectorbestand ".*" heeft geen <name> in de header\.$/],
      ['no header in the first megabyte', () => write('x/Connector_{5}.xml', `<ma-data>\n<!-- ${'x'.repeat(HEAD_LIMIT_BYTES + 1024)} -->`), /^het connectorbestand ".*" toont geen connectorheader in de eerste 1024 KB\.$/],
      ['a huge JSON file', () => {
        const file = write('huge.json', '{}');
        fs.truncateSync(file, 9 * 1024 * 1024);
        return file;
      }, /^het connectorbestand ".*huge\.json" is groter dan 8 MB, veel meer dan een lijst met connectornamen; het is niet gelezen\.$/],
      ['an empty JSON file', () => write('empty.json', ''), /^het connectorbestand ".*empty\.json" is leeg\.$/],
      ['invalid JSON', () => write('broken.json', '{ "ad": ['), /^het connectorbestand ".*broken\.json" is geen geldige JSON: /],
      ['JSON of another shape', () => write('strings.json', '["contoso.com"]'), /^het connectorbestand ".*strings\.json" bevat niet de uitvoer van "Get-ADSyncConnector \| Select-Object Name, Type \| ConvertTo-Json" en ook geen object zoals /],
      ['an entry without a name', () => write('list.json', '[{ "Name": "contoso.com", "Type": "AD" }, { "Type": "AD" }]'), /^het connectorbestand ".*list\.json": item 2 heeft geen "Name"; het is overgeslagen\.$/],
      ['an unknown key', () => write('keys.json', '{ "ad": ["contoso.com"], "aad": ["x"] }'), /^het connectorbestand ".*keys\.json" heeft een onbekende sleutel "aad"; verwacht: "ad" en "azureAd"\.$/],
      ['a name that is not a string', () => write('values.json', '{ "ad": ["contoso.com", 3] }'), /^het connectorbestand ".*values\.json": "ad" bevat een waarde die geen connectornaam is \(3\); die is genegeerd\.$/],
      ['no connector at all', () => write('none.json', '{ "ad": [], "azureAd": [] }'), /^de connectorbron ".*none\.json" noemt geen AD-connector en geen Azure AD-connector\.$/],
    ];

    for (const [what, source, dutch] of cases) {
      it(`says what is wrong with ${what}, and the same in English as before`, () => {
        const location = source();
        const nl = readConnectorSource(location, dir, 'nl');
        const en = readConnectorSource(location, dir);
        assert.strictEqual(nl.problems.length, 1, nl.problems.join('\n'));
        assert.match(nl.problems[0], dutch);
        assert.strictEqual(en.problems.length, 1);
        assert.notStrictEqual(en.problems[0], nl.problems[0]);
        assert.deepStrictEqual(nl.names, en.names);
      });
    }

    it('counts and names the source in Dutch', () => {
      assert.strictEqual(describeCount({ ad: ['a', 'b'], azureAd: ['c - AAD'] }, 'nl'), '3 connectors (2 AD, 1 Azure AD)');
      assert.strictEqual(describeCount({ ad: ['a'], azureAd: [] }, 'nl'), '1 connector (1 AD, 0 Azure AD)');
      assert.strictEqual(describeSource('server-config', 'export', 'nl'), 'de export van de serverconfiguratie "export"');
      assert.strictEqual(describeSource('connector-list', 'c.json', 'nl'), 'de export van Get-ADSyncConnector "c.json"');
      assert.strictEqual(describeSource('names-file', 'n.json', 'nl'), 'het bestand met connectornamen "n.json"');
      assert.strictEqual(describeSource(undefined, 'x', 'nl'), 'de connectorbron "x"');
      assert.strictEqual(describeSource('server-config', 'export', 'en'), 'the server configuration export "export"');
    });

    it('never shortens a long path in a message', () => {
      const deep = path.join(dir, 'a'.repeat(120), 'b'.repeat(120), 'c'.repeat(120), 'connectors.json');
      for (const locale of ['en', 'nl'] as const) assert.ok(readConnectorSource(deep, dir, locale).problems[0].includes(deep), locale);
    });
  });

  it('writes no file while reading', () => {
    const root = writeServerConfigExport(path.join(dir, 'ro'), [CONTOSO, AAD]);
    const before = listTree(dir);
    readConnectorSource(root);
    readConnectorSource(path.join(dir, 'missing.json'));
    assert.deepStrictEqual(listTree(dir), before);
  });

  it('builds files shaped like the real ones', () => {
    const xml = connectorXml(AAD);
    assert.ok(xml.startsWith('<ma-data>\n  <format-version>1</format-version>\n  <id>{B891884F-051E-4A83-95AF-2544101C9083}</id>\n  <name>contoso.onmicrosoft.com - AAD</name>\n  <category>Extensible2</category>'));
    assert.strictEqual(connectorFileName(AAD), 'Connector_{b891884f-051e-4a83-95af-2544101c9083}.xml');
    assert.deepStrictEqual(encode('a\nb', { crlf: true, bom: true }), Buffer.from('\ufeffa\r\nb', 'utf8'));
  });
});

function listTree(root: string): string[] {
  return fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).sort().map((entry) => `${entry}:${fs.statSync(path.join(root, entry)).mtimeMs}`);
}

describe('connector-name with the server\'s names', () => {
  const names = { ad: ['contoso.com', 'fabrikam.com', 'corp.contoso.com', 'emea.contoso.com', 'CORP'], azureAd: ['contoso.onmicrosoft.com - AAD'] };
  const lint = (script: string) => lintText(script, { ...defaultOptions(), connectors: names, connectorsFrom: 'the server configuration export "server-config"' }).problems.filter((p) => p.ruleId === 'connector-name');

  it('offers the three closest names for an unknown one, and says where the names come from', () => {
    const [problem] = lint('Set-ADSyncAADPasswordSyncConfiguration -SourceConnector "contoso.co" -TargetConnector "contoso.onmicrosoft.com - AAD" -Enable $true\n');
    assert.deepStrictEqual(problem.fixes.map((fix) => fix.title), ['Use connector name "contoso.com"', 'Use connector name "corp.contoso.com"', 'Use connector name "emea.contoso.com"']);
    assert.ok(problem.fixes[0].preferred);
    assert.match(problem.message, /from the server configuration export "server-config"\)/);
  });

  it('offers the Azure AD name where two forest names are passed and swapping cannot help', () => {
    const [problem] = lint('Set-ADSyncAADPasswordSyncConfiguration -SourceConnector "contoso.com" -TargetConnector "CORP" -Enable $true\n');
    assert.match(problem.message, /-TargetConnector takes the Azure AD connector/);
    assert.deepStrictEqual(problem.fixes.map((fix) => [fix.title, fix.preferred]), [['Use connector name "contoso.onmicrosoft.com - AAD"', true]]);
  });

  it('stays as today without names: "CORP" as -TargetConnector is not judged', () => {
    const script = 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector "contoso.com" -TargetConnector "CORP" -Enable $true\n';
    assert.deepStrictEqual(lintText(script, defaultOptions()).problems.filter((p) => p.ruleId === 'connector-name'), []);
  });
});
