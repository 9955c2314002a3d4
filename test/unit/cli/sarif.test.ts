import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../server/src/cli/main';
import { lintText } from '../../../server/src/engine/lint';
import { connectorName as realConnectorName } from '../../../server/src/rules/connectorName';
import type { Rule } from '../../../server/src/rules/rule';

type Json = Record<string, unknown>;

/**
 * Checks the parts of the SARIF 2.1.0 schema that consumers (GitHub code scanning, the VS Code
 * SARIF viewer) rely on; returns one line per violation so a failure says what is wrong.
 */
function validateSarif(log: unknown): string[] {
  const errors: string[] = [];
  const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
  const expect = (condition: boolean, where: string, what: string) => {
    if (!condition) errors.push(`${where}: ${what}`);
  };
  const positiveInt = (value: unknown) => Number.isInteger(value) && (value as number) >= 1;
  const message = (value: unknown, where: string) => expect(isObject(value) && typeof value.text === 'string' && value.text.length > 0, where, 'message needs a non-empty text');
  const absoluteUri = (value: unknown) => typeof value === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(value);
  const region = (value: unknown, where: string) => {
    if (!isObject(value)) return expect(false, where, 'region must be an object');
    expect(positiveInt(value.startLine), where, 'startLine must be an integer >= 1');
    expect(positiveInt(value.startColumn), where, 'startColumn must be an integer >= 1');
    expect(positiveInt(value.endLine) && (value.endLine as number) >= (value.startLine as number), where, 'endLine must be >= startLine');
    expect(positiveInt(value.endColumn), where, 'endColumn must be an integer >= 1');
    if (value.endLine === value.startLine) expect((value.endColumn as number) >= (value.startColumn as number), where, 'endColumn must be >= startColumn on one line');
  };
  const artifactLocation = (value: unknown, where: string, baseIds: Json) => {
    if (!isObject(value)) return expect(false, where, 'artifactLocation must be an object');
    const uri = value.uri;
    expect(typeof uri === 'string' && uri.length > 0, where, 'uri must be a string');
    if (value.uriBaseId !== undefined) {
      expect(typeof value.uriBaseId === 'string' && value.uriBaseId in baseIds, where, 'uriBaseId must be declared in originalUriBaseIds');
      expect(typeof uri === 'string' && !absoluteUri(uri) && !uri.startsWith('/'), where, 'uri with a base must be relative');
    }
    expect(typeof uri === 'string' && !uri.includes('\\') && !/[ #?]/.test(uri), where, 'uri must use forward slashes and be percent-encoded');
  };
  const physicalLocation = (value: unknown, where: string, baseIds: Json) => {
    if (!isObject(value)) return expect(false, where, 'physicalLocation must be an object');
    artifactLocation(value.artifactLocation, `${where}.artifactLocation`, baseIds);
    if (value.region !== undefined) region(value.region, `${where}.region`);
  };

  if (!isObject(log)) return ['log must be an object'];
  expect(typeof log.$schema === 'string' && absoluteUri(log.$schema), '$schema', 'must be a URI');
  expect(log.version === '2.1.0', 'version', 'must be "2.1.0"');
  if (!Array.isArray(log.runs) || log.runs.length !== 1) return [...errors, 'runs must hold exactly one run'];
  const run = log.runs[0] as unknown;
  if (!isObject(run)) return [...errors, 'runs[0] must be an object'];
  const baseIds = isObject(run.originalUriBaseIds) ? run.originalUriBaseIds : {};
  for (const [id, base] of Object.entries(baseIds)) {
    expect(isObject(base) && absoluteUri(base.uri) && String(base.uri).endsWith('/'), `originalUriBaseIds.${id}`, 'uri must be absolute and end with /');
  }

  const driver = isObject(run.tool) && isObject(run.tool.driver) ? run.tool.driver : undefined;
  if (!driver) return [...errors, 'runs[0].tool.driver is required'];
  expect(typeof driver.name === 'string' && driver.name.length > 0, 'driver.name', 'is required');
  expect(typeof driver.version === 'string', 'driver.version', 'must be a string');
  if (driver.informationUri !== undefined) expect(absoluteUri(driver.informationUri), 'driver.informationUri', 'must be an absolute URI');
  const rules = Array.isArray(driver.rules) ? (driver.rules as unknown[]) : [];
  expect(Array.isArray(driver.rules), 'driver.rules', 'must be an array');
  rules.forEach((rule, i) => {
    const where = `driver.rules[${i}]`;
    if (!isObject(rule)) return expect(false, where, 'must be an object');
    expect(typeof rule.id === 'string' && rule.id.length > 0, where, 'id is required');
    message(rule.shortDescription, `${where}.shortDescription`);
    message(rule.fullDescription, `${where}.fullDescription`);
    if (rule.helpUri !== undefined) expect(absoluteUri(rule.helpUri), where, 'helpUri must be an absolute URI');
    // Code scanning shows the help inline: without a link, the text must be there.
    const help = rule.help;
    expect(isObject(help) && typeof help.text === 'string' && help.text.length > 0 && typeof help.markdown === 'string', where, 'help.text and help.markdown are required');
    const level = isObject(rule.defaultConfiguration) ? rule.defaultConfiguration.level : undefined;
    expect(['none', 'note', 'warning', 'error'].includes(level as string), where, 'defaultConfiguration.level must be a SARIF level');
  });
  const ruleIds = rules.map((rule) => (isObject(rule) ? rule.id : undefined));
  expect(new Set(ruleIds).size === ruleIds.length, 'driver.rules', 'ids must be unique');

  if (run.invocations !== undefined) {
    expect(Array.isArray(run.invocations), 'invocations', 'must be an array');
    for (const invocation of (run.invocations as unknown[]) ?? []) {
      expect(isObject(invocation) && typeof invocation.executionSuccessful === 'boolean', 'invocations[]', 'executionSuccessful is required');
    }
  }

  if (!Array.isArray(run.results)) return [...errors, 'runs[0].results must be an array'];
  run.results.forEach((result: unknown, i: number) => {
    const where = `results[${i}]`;
    if (!isObject(result)) return expect(false, where, 'must be an object');
    message(result.message, `${where}.message`);
    expect(typeof result.ruleId === 'string', where, 'ruleId must be a string');
    if (result.ruleIndex !== undefined) {
      expect(Number.isInteger(result.ruleIndex) && ruleIds[result.ruleIndex as number] === result.ruleId, where, 'ruleIndex must point at the rule with ruleId');
    }
    expect(['none', 'note', 'warning', 'error'].includes(result.level as string), where, 'level must be a SARIF level');
    const locations = Array.isArray(result.locations) ? result.locations : [];
    expect(locations.length >= 1, where, 'needs a location');
    locations.forEach((location: unknown, j: number) => physicalLocation(isObject(location) ? location.physicalLocation : undefined, `${where}.locations[${j}].physicalLocation`, baseIds));
    for (const [j, related] of ((result.relatedLocations as unknown[]) ?? []).entries()) {
      const rwhere = `${where}.relatedLocations[${j}]`;
      if (!isObject(related)) return expect(false, rwhere, 'must be an object');
      expect(Number.isInteger(related.id) && (related.id as number) >= 0, rwhere, 'id must be an integer >= 0');
      message(related.message, `${rwhere}.message`);
      physicalLocation(related.physicalLocation, `${rwhere}.physicalLocation`, baseIds);
    }
    for (const [j, fix] of ((result.fixes as unknown[]) ?? []).entries()) {
      const fwhere = `${where}.fixes[${j}]`;
      if (!isObject(fix) || !Array.isArray(fix.artifactChanges) || fix.artifactChanges.length === 0) return expect(false, fwhere, 'needs artifactChanges');
      if (fix.description !== undefined) message(fix.description, `${fwhere}.description`);
      for (const change of fix.artifactChanges as unknown[]) {
        if (!isObject(change) || !Array.isArray(change.replacements) || change.replacements.length === 0) return expect(false, fwhere, 'artifactChange needs replacements');
        artifactLocation(change.artifactLocation, `${fwhere}.artifactLocation`, baseIds);
        for (const replacement of change.replacements as unknown[]) {
          if (!isObject(replacement)) return expect(false, fwhere, 'replacement must be an object');
          region(replacement.deletedRegion, `${fwhere}.deletedRegion`);
          if (replacement.insertedContent !== undefined) {
            expect(isObject(replacement.insertedContent) && typeof replacement.insertedContent.text === 'string', fwhere, 'insertedContent needs text');
          }
        }
      }
    }
  });
  return errors;
}

/** The installed page the SARIF log must carry inline for the rule with this id. */
const connectorNamePage = fs.readFileSync(path.resolve(__dirname, '../../../../docs/rules/connector-name.md'), 'utf8');

const related: Rule = {
  meta: {
    id: 'connector-name',
    description: 'The connector name must be a real connector.',
    defaultSeverity: 'error',
    fixable: true,
    appliesToAllScripts: true,
    messages: { placeholder: '"{{name}}" is a placeholder.' },
  },
  check(context) {
    const text = context.model.text;
    const at = text.indexOf('<AD connector>');
    if (at === -1) return;
    const first = text.indexOf('$adConnector');
    context.report({
      messageId: 'placeholder',
      data: { name: '<AD connector>' },
      start: at,
      end: at + '<AD connector>'.length,
      related: first === -1 ? [] : [{ start: first, end: first + '$adConnector'.length, message: 'The variable is used here.' }],
      fixes: [{ title: 'Use contoso.com', edits: [{ start: at, end: at + '<AD connector>'.length, text: 'contoso.com' }], preferred: true }],
    });
  },
};

const toggle: Rule = {
  meta: { id: 'password-sync-toggle', description: 'Disable then enable password sync.', defaultSeverity: 'warning', fixable: false, appliesToAllScripts: true, messages: { info: 'Toggle here.' } },
  check(context) {
    const at = context.model.text.indexOf('Set-ADSyncAADPasswordSyncConfiguration');
    if (at !== -1) context.report({ messageId: 'info', start: at, end: at + 'Set-ADSyncAADPasswordSyncConfiguration'.length });
  },
};

const informational: Rule = {
  meta: { id: 'notes', description: 'Notes.', defaultSeverity: 'information', fixable: false, appliesToAllScripts: true, messages: { note: 'Note.' } },
  check(context) {
    if (context.model.text.startsWith('#')) context.report({ messageId: 'note', start: 0, end: 1 });
  },
};

describe('adsync-lint CLI: SARIF output', () => {
  let tmp: string;
  const ruleSet = [toggle, related, informational];

  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-lint-sarif-'));
  });

  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function sarif(argv: string[], rules: readonly Rule[] = ruleSet): Promise<{ code: number; log: Json; stderr: string }> {
    let out = '';
    let err = '';
    const code = await main(['--format', 'sarif', ...argv], {
      stdout: { write: (chunk: string) => (out += chunk) },
      stderr: { write: (chunk: string) => (err += chunk) },
      cwd: tmp,
      env: {},
      rules,
      lint: (text, options) => lintText(text, options, rules),
      packageInfo: { name: 'adsync-lint', version: '1.2.3' },
      systemLocale: () => 'en-US',
    });
    return { code, log: JSON.parse(out) as Json, stderr: err };
  }

  const script = '# sync\r\n$adConnector = "<AD connector>"\r\nSet-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector\r\n';

  it('is valid SARIF 2.1.0 with rules, results, related locations and fixes', async () => {
    fs.mkdirSync(path.join(tmp, 'my scripts'));
    fs.writeFileSync(path.join(tmp, 'my scripts', 'enable sync.ps1'), script);
    const { code, log } = await sarif(['my scripts']);
    assert.strictEqual(code, 1);
    assert.deepStrictEqual(validateSarif(log), []);

    const run = (log.runs as Json[])[0];
    const driver = (run.tool as Json).driver as Json;
    assert.deepStrictEqual(
      { name: driver.name, version: driver.version, informationUri: driver.informationUri },
      { name: 'adsync-lint', version: '1.2.3', informationUri: undefined },
    );
    assert.deepStrictEqual((driver.rules as Json[])[1], {
      id: 'connector-name',
      shortDescription: { text: 'The connector name must be a real connector.' },
      fullDescription: { text: 'The connector name must be a real connector. Fixable with --fix.' },
      help: { text: connectorNamePage, markdown: connectorNamePage },
      defaultConfiguration: { level: 'error' },
      properties: { fixable: true },
    });
    assert.deepStrictEqual(
      (driver.rules as Json[]).map((rule) => (rule.defaultConfiguration as Json).level),
      ['warning', 'error', 'note'],
    );

    const results = run.results as Json[];
    assert.deepStrictEqual(
      results.map((r) => [r.ruleId, r.ruleIndex, r.level]),
      [
        ['notes', 2, 'note'],
        ['connector-name', 1, 'error'],
        ['password-sync-toggle', 0, 'warning'],
      ],
    );
    const location = { uri: 'my%20scripts/enable%20sync.ps1', uriBaseId: '%SRCROOT%' };
    assert.deepStrictEqual(results[1], {
      ruleId: 'connector-name',
      level: 'error',
      message: { text: '"<AD connector>" is a placeholder.' },
      locations: [{ physicalLocation: { artifactLocation: location, region: { startLine: 2, startColumn: 17, endLine: 2, endColumn: 31 } } }],
      ruleIndex: 1,
      relatedLocations: [
        { id: 0, message: { text: 'The variable is used here.' }, physicalLocation: { artifactLocation: location, region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 13 } } },
      ],
      fixes: [
        {
          description: { text: 'Use contoso.com' },
          artifactChanges: [
            {
              artifactLocation: location,
              replacements: [{ deletedRegion: { startLine: 2, startColumn: 17, endLine: 2, endColumn: 31 }, insertedContent: { text: 'contoso.com' } }],
            },
          ],
        },
      ],
    });
    assert.strictEqual(run.columnKind, 'utf16CodeUnits');
    assert.match(String(((run.originalUriBaseIds as Json)['%SRCROOT%'] as Json).uri), /^file:\/\/.*\/$/);
  });

  it('links nowhere: the pages travel inline, and only the schema is a web address', async () => {
    fs.writeFileSync(path.join(tmp, 'a.ps1'), script);
    const { log } = await sarif(['a.ps1']);
    const text = JSON.stringify(log);
    assert.deepStrictEqual(text.match(/https?:\/\/[^"\\]+/g), ['https://json.schemastore.org/sarif-2.1.0.json']);
  });

  it('speaks Dutch with --locale nl: descriptions, messages and the Dutch pages', async () => {
    fs.writeFileSync(path.join(tmp, 'a.ps1'), script);
    const { log } = await sarif(['--locale', 'nl', 'a.ps1'], [realConnectorName]);
    const rule = ((((log.runs as Json[])[0].tool as Json).driver as Json).rules as Json[])[0];
    const dutchPage = fs.readFileSync(path.resolve(__dirname, '../../../../docs/rules/nl/connector-name.md'), 'utf8');
    assert.deepStrictEqual(rule.help, { text: dutchPage, markdown: dutchPage });
    assert.match(String((rule.fullDescription as Json).text), /^Connectornamen moeten .* Op te lossen met --fix\.$/);
    const result = ((log.runs as Json[])[0].results as Json[])[0];
    assert.match(String((result.message as Json).text), /tijdelijke aanduiding/);
  });

  it('reports unreadable input as a failed invocation', async () => {
    fs.writeFileSync(path.join(tmp, 'a.ps1'), script);
    const { code, log, stderr } = await sarif(['a.ps1', 'gone.ps1'], [toggle]);
    assert.strictEqual(code, 2);
    assert.match(stderr, /gone\.ps1: no such file or directory/);
    assert.deepStrictEqual(validateSarif(log), []);
    const run = (log.runs as Json[])[0];
    const invocation = (run.invocations as Json[])[0];
    assert.strictEqual(invocation.executionSuccessful, false);
    assert.deepStrictEqual(invocation.toolExecutionNotifications, [{ level: 'error', message: { text: 'gone.ps1: no such file or directory (ENOENT)' } }]);
  });

  it('the validator rejects logs that break the schema', () => {
    const good = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'x', version: '1', informationUri: 'https://x.test', rules: [{ id: 'r', shortDescription: { text: 'a' }, fullDescription: { text: 'a' }, help: { text: 'a', markdown: 'a' }, defaultConfiguration: { level: 'error' } }] } },
          results: [{ ruleId: 'r', ruleIndex: 0, level: 'error', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a.ps1' }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } } }] }],
        },
      ],
    };
    assert.deepStrictEqual(validateSarif(good), []);
    // The mutations break the log on purpose, so it is handled untyped.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const broken = (mutate: (log: any) => void): string[] => {
      const copy = JSON.parse(JSON.stringify(good));
      mutate(copy);
      return validateSarif(copy);
    };
    assert.notDeepStrictEqual(broken((log) => (log.version = '2.0.0')), []);
    assert.notDeepStrictEqual(broken((log) => (log.runs[0].results[0].ruleIndex = 3)), []);
    assert.notDeepStrictEqual(broken((log) => (log.runs[0].results[0].level = 'info')), []);
    assert.notDeepStrictEqual(broken((log) => (log.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0)), []);
    assert.notDeepStrictEqual(broken((log) => (log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'my dir\\a.ps1')), []);
    assert.notDeepStrictEqual(broken((log) => delete log.runs[0].tool.driver.rules[0].help), []);
    assert.notDeepStrictEqual(broken((log) => delete log.runs[0].results[0].message), []);
  });
});
