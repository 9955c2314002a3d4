import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { placeholdersOf, templateOf } from '../../../server/src/shared/locale';
import { MAX_MESSAGE_LENGTH } from '../../../server/src/shared/excerpt';
import { lintText } from '../../../server/src/engine/lint';
import { defaultOptions } from '../../../server/src/shared/options';
import { rules } from '../../../server/src/rules';

const ROOT = path.resolve(__dirname, '../../../..');
const RULES_DIR = path.join(ROOT, 'server/src/rules');
const NOT_RULES = new Set(['index.ts', 'rule.ts']);

function camelCase(id: string): string {
  return id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

describe('rule metadata', () => {
  it('registers every rule file, one rule a file named after its id', () => {
    const files = fs.readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f)).sort();
    const expected = rules.map((rule) => camelCase(rule.meta.id) + '.ts').sort();
    assert.deepStrictEqual(files, expected);
  });

  it('leaves every message, in every language, room for values of 40 characters each', () => {
    // Past the budget the values are cut, and a message that says what to type must not cut a name.
    for (const rule of rules) {
      for (const texts of [rule.meta.messages, rule.meta.fixTitles ?? {}, rule.meta.relatedMessages ?? {}]) {
        for (const [id, text] of Object.entries(texts)) {
          for (const locale of ['en', 'nl'] as const) {
            const template = templateOf(text, locale);
            const fixed = placeholdersOf(template).reduce((rest, name) => rest.split(`{{${name}}}`).join(''), template);
            const room = MAX_MESSAGE_LENGTH - fixed.length;
            const wanted = 40 * template.split('{{').length - 40;
            assert.ok(room >= wanted, `${rule.meta.id}/${id} (${locale}): ${fixed.length} characters of text leave ${room} for its values`);
          }
        }
      }
    }
  });

  it('keeps the variables of a Dutch instruction whole', () => {
    const script = [
      '$azureadConnectorName = "contoso.onmicrosoft.com - AAD"',
      '$fabrikamForestConnector = "fabrikam.com"',
      'Import-Module adsync',
      '$c = Get-ADSyncConnector -Name $fabrikamForestConnector',
      '$p = New-Object Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter "Microsoft.Synchronize.ForceFullPasswordSync", String, ConnectorGlobal, $null, $null, $null',
      '$p.Value = 1',
      '$c.GlobalParameters.Remove($p.Name)',
      '$c.GlobalParameters.Add($p)',
      '$c = Add-ADSyncConnector -Connector $c',
      '',
    ].join('\n');
    const [problem] = lintText(script, { ...defaultOptions(), locale: 'nl' }).problems.filter((p) => p.messageId === 'missingToggle');
    assert.ok(problem, 'no missing-toggle report');
    assert.ok(
      problem.message.includes('-SourceConnector $fabrikamForestConnector -TargetConnector $azureadConnectorName -Enable $false'),
      problem.message,
    );
  });

  it('has unique ids and a message for every messageId', () => {
    const ids = rules.map((rule) => rule.meta.id);
    assert.strictEqual(new Set(ids).size, ids.length);
    for (const rule of rules) {
      assert.ok(Object.keys(rule.meta.messages).length > 0, rule.meta.id);
      assert.ok(templateOf(rule.meta.description, 'en').endsWith('.'), `${rule.meta.id}: description is one sentence`);
    }
  });

  for (const rule of rules) {
    it(`documents ${rule.meta.id} in docs/rules with a header that matches its metadata`, () => {
      const doc = fs.readFileSync(path.join(ROOT, 'docs/rules', `${rule.meta.id}.md`), 'utf8').split('\n');
      assert.strictEqual(doc[0], `# ${rule.meta.id}`);
      assert.strictEqual(doc[2], `> ${templateOf(rule.meta.description, 'en')}`);
      assert.ok(doc.includes(`- Default severity: **${rule.meta.defaultSeverity}**`), 'severity line');
      assert.ok(doc.includes(`- Fixable: **${rule.meta.fixable ? 'yes' : 'no'}**`), 'fixable line');
      for (const messageId of Object.keys(rule.meta.messages)) {
        if (Object.keys(rule.meta.messages).length > 1) assert.ok(doc.join('\n').includes('`' + messageId + '`'), `doc names message ${messageId}`);
      }
    });
  }

  it('keeps the README rule table equal to the metadata', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));
    const rows = table.split('\n').filter((line) => line.startsWith('| [`'));
    const expected = rules.map(
      (rule) =>
        `| [\`${rule.meta.id}\`](docs/rules/${rule.meta.id}.md) | ${rule.meta.defaultSeverity} | ${rule.meta.fixable ? 'yes' : 'no'} | ${templateOf(rule.meta.description, 'en')} |`,
    );
    assert.deepStrictEqual(rows, expected);
  });

  for (const rule of rules) {
    const name = camelCase(rule.meta.id);
    it(`reads ${rule.meta.id} as ESLint rules read: the rule object right after the imports, meta first, then the check`, () => {
      const statements = fs.readFileSync(path.join(RULES_DIR, `${name}.ts`), 'utf8').split('\n').filter((line) => /^\S/.test(line) && !line.startsWith('}'));
      const firstAfterImports = statements.find((line) => !line.startsWith('import '));
      assert.strictEqual(firstAfterImports, `export const ${name}: Rule = {`);
      assert.deepStrictEqual(Object.keys(rule), ['meta', 'check']);
    });

    it(`tests ${rule.meta.id} in its own RuleTester file`, () => {
      const test = fs.readFileSync(path.join(ROOT, 'test/unit/rules', `${name}.test.ts`), 'utf8');
      assert.ok(test.includes(`runRuleTests('${rule.meta.id}'`), `test/unit/rules/${name}.test.ts runs runRuleTests('${rule.meta.id}', …)`);
    });
  }

  it('lists every rule in the adsyncLint.rules setting schema', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const properties = manifest.contributes.configuration.properties['adsyncLint.rules'].properties;
    assert.deepStrictEqual(Object.keys(properties).sort(), rules.map((rule) => rule.meta.id).sort());
  });
});
