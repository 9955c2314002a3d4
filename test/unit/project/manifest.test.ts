import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_MAX_FILE_SIZE } from '../../../server/src/shared/options';
import { ruleIds } from '../../../server/src/rules';
import { serverCommandIds } from '../../../server/src/lsp/commandIds';
import { normalizeSettings } from '../../../server/src/lsp/settings';

function findRepoRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'adsync-lint') return dir;
  }
  return process.cwd();
}

interface SettingSchema {
  type: string;
  default: unknown;
  markdownDescription?: string;
  enum?: unknown[];
  enumDescriptions?: string[];
  scope?: string;
  properties?: Record<string, SettingSchema>;
}

/** The manifest as VS Code shows it in English: each `%key%` replaced from package.nls.json. */
function withEnglishTexts(value: unknown, nls: Record<string, string>): unknown {
  if (typeof value === 'string') return /^%[^%]+%$/.test(value) ? nls[value.slice(1, -1)] ?? value : value;
  if (Array.isArray(value)) return value.map((item) => withEnglishTexts(item, nls));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withEnglishTexts(item, nls)]));
  return value;
}

const root = findRepoRoot();
const manifest = withEnglishTexts(
  JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')),
  JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8')),
) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const settings: Record<string, SettingSchema> = manifest.contributes.configuration.properties;

function matchesType(value: unknown, type: string): boolean {
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  if (type === 'array') return Array.isArray(value);
  return typeof value === type;
}

describe('extension manifest', () => {
  it('activates on PowerShell and targets VS Code ^1.100.0', () => {
    assert.deepStrictEqual(manifest.activationEvents, ['onLanguage:powershell']);
    assert.strictEqual(manifest.engines.vscode, '^1.100.0');
    assert.strictEqual(manifest.main, './client/out/extension.js');
  });

  it('describes every setting, with a default of its type', () => {
    assert.strictEqual(manifest.contributes.configuration.title, 'AD Sync Lint');
    const names = Object.keys(settings);
    assert.deepStrictEqual(names.sort(), ['adsyncLint.connectorSource', 'adsyncLint.connectors', 'adsyncLint.enable', 'adsyncLint.language', 'adsyncLint.maxFileSize', 'adsyncLint.rules', 'adsyncLint.run', 'adsyncLint.trace.server']);
    for (const [name, schema] of Object.entries(settings)) {
      assert.ok(schema.markdownDescription && schema.markdownDescription.length > 10, `${name} needs a markdownDescription`);
      assert.ok(matchesType(schema.default, schema.type), `${name}'s default should be a ${schema.type}`);
      assert.ok(schema.scope, `${name} needs a scope`);
      if (schema.enum) {
        assert.ok(schema.enum.includes(schema.default), `${name}'s default should be one of its enum values`);
        assert.strictEqual(schema.enumDescriptions?.length, schema.enum.length, `${name} needs one enumDescription per value`);
      }
      for (const [child, childSchema] of Object.entries(schema.properties ?? {})) {
        assert.ok(childSchema.markdownDescription, `${name}.${child} needs a markdownDescription`);
      }
    }
  });

  it('has the defaults the server assumes', () => {
    const { settings: defaults } = normalizeSettings({}, ruleIds);
    assert.strictEqual(settings['adsyncLint.enable'].default, defaults.enable);
    assert.strictEqual(settings['adsyncLint.run'].default, defaults.run);
    assert.strictEqual(settings['adsyncLint.language'].default, 'auto');
    assert.strictEqual(defaults.options.locale, 'en');
    assert.strictEqual(settings['adsyncLint.maxFileSize'].default, DEFAULT_MAX_FILE_SIZE);
    assert.deepStrictEqual(settings['adsyncLint.connectors'].default, { ad: [], azureAd: [] });
    assert.strictEqual(settings['adsyncLint.connectorSource'].default, '');
    assert.strictEqual(normalizeSettings({ connectorSource: '' }, ruleIds).settings.connectorSource, undefined);
  });

  it('names only registered rules in adsyncLint.rules, and all of them', () => {
    const schemaRules = Object.keys(settings['adsyncLint.rules'].properties ?? {});
    for (const id of schemaRules) assert.ok(ruleIds.includes(id), `adsyncLint.rules names "${id}", which is not a registered rule (registered: ${ruleIds.join(', ') || 'none'})`);
    for (const id of ruleIds) assert.ok(schemaRules.includes(id), `rule "${id}" is missing from the adsyncLint.rules schema`);
  });

  it('contributes only commands the server handles, shown in PowerShell editors', () => {
    const commands: { command: string; title: string; category?: string }[] = manifest.contributes.commands;
    // The client handles this one itself: it opens a file or a folder picker, which is the editor's business.
    const clientCommandIds = ['adsyncLint.chooseConnectorSource'];
    for (const { command } of commands) assert.ok(serverCommandIds.includes(command) || clientCommandIds.includes(command), `${command} is contributed but not handled`);
    const titles = commands.map(({ title, category }) => (category ? `${category}: ${title}` : title));
    assert.ok(titles.includes('AD Sync Lint: Fix all auto-fixable problems'));
    assert.ok(titles.includes('AD Sync Lint: Insert password sync script'));
    assert.ok(titles.includes('AD Sync Lint: Insert the password sync script for every forest'));
    for (const entry of manifest.contributes.menus.commandPalette as { command: string; when: string }[]) {
      assert.ok(commands.some(({ command }) => command === entry.command), `palette entry ${entry.command} is not a contributed command`);
      assert.ok(entry.when === 'editorLangId == powershell' || entry.when === 'false');
    }
  });

  it('offers the snippets from the client (VS Code cannot translate contributed snippets) from a file that parses', () => {
    assert.strictEqual(manifest.contributes.snippets, undefined);
    assert.strictEqual(manifest.l10n, './l10n');
    const snippets = JSON.parse(fs.readFileSync(path.join(root, 'snippets/powershell.json'), 'utf8'));
    assert.ok(Object.keys(snippets).length >= 2);
  });

  it('declares what it supports in restricted and virtual workspaces', () => {
    assert.strictEqual(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.ok(['limited', true, false].includes(manifest.capabilities.virtualWorkspaces.supported));
  });

  it('names no web page that does not exist', () => {
    for (const key of ['homepage', 'repository', 'bugs']) assert.strictEqual(manifest[key], undefined, `package.json ${key}`);
  });

  it('ships the rule pages (English and Dutch) in the package', () => {
    const lines = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split(/\r?\n/).map((line) => line.trim());
    for (const pattern of ['!docs/rules/*.md', '!docs/rules/nl/*.md']) assert.ok(lines.includes(pattern), `.vscodeignore should keep ${pattern}`);
    for (const id of ruleIds) {
      assert.ok(fs.existsSync(path.join(root, 'docs/rules', `${id}.md`)), `docs/rules/${id}.md`);
      assert.ok(fs.existsSync(path.join(root, 'docs/rules/nl', `${id}.md`)), `docs/rules/nl/${id}.md`);
    }
  });

  it('keeps sources, tests and node_modules out of the package', () => {
    const lines = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split(/\r?\n/).map((line) => line.trim());
    for (const pattern of ['**/*.ts', 'test/**', 'node_modules/**']) assert.ok(lines.includes(pattern), `.vscodeignore should list ${pattern}`);
    assert.ok(lines.includes('!client/out/extension.js') && lines.includes('!server/out/server.js'), 'the two bundles must stay in');
    assert.ok(!lines.some((line) => line.startsWith('snippets')), 'the snippets must stay in');
  });

  it('documents every setting in docs/settings.md', () => {
    const doc = fs.readFileSync(path.join(root, 'docs/settings.md'), 'utf8');
    for (const name of Object.keys(settings)) assert.ok(doc.includes(`\`${name}\``), `docs/settings.md should describe ${name}`);
  });
});
