import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { cliMessages } from '../../../server/src/cli/cliMessages';
import { concurrencyMessages } from '../../../server/src/cli/concurrency';
import { xmlHeadMessages } from '../../../server/src/io/connectors/connectorXmlHead';
import { jsonMessages } from '../../../server/src/io/connectors/connectorsJson';
import { SOURCE_DESCRIPTIONS, sourceMessages, UNKNOWN_SOURCE_DESCRIPTION } from '../../../server/src/io/connectors/readConnectorSource';
import { exportMessages } from '../../../server/src/io/connectors/serverConfigExport';
import { connectorSourceMessages } from '../../../server/src/lsp/connectorSourceStore';
import { engineMessages } from '../../../server/src/shared/engineMessages';
import { placeholdersOf, type Translatable } from '../../../server/src/shared/locale';
import { FS_ERROR_REASONS } from '../../../server/src/io/fsErrors';
import { ENCODING_LABELS } from '../../../server/src/io/textEncoding';
import { lintText } from '../../../server/src/engine/lint';
import { CMDLET_HOVERS, FORCE_FULL_HOVER } from '../../../server/src/lsp/hover';
import { lspMessages } from '../../../server/src/lsp/lspMessages';
import { normalizeOptions } from '../../../server/src/shared/options';
import { ruleIds, rules } from '../../../server/src/rules';
import { PASTED_CHARACTERS } from '../../../server/src/rules/support/nameChecks';
import { listFixtures, readConfig } from '../../support/fixtureMarkers';

const ROOT = path.resolve(__dirname, '../../../..');

function readJson<T>(relative: string): T {
  return JSON.parse(fs.readFileSync(path.join(ROOT, relative), 'utf8')) as T;
}

/** Why `text` is not a complete translation, or undefined when it is. */
function translationProblem(text: Translatable | undefined): string | undefined {
  if (text === undefined) return 'missing';
  if (typeof text === 'string') return 'has no Dutch text (write it as { en, nl })';
  if (!text.en.trim()) return 'has an empty English text';
  if (!text.nl.trim()) return 'has an empty Dutch text';
  const en = placeholdersOf(text.en);
  const nl = placeholdersOf(text.nl);
  if (en.join() !== nl.join()) return `has placeholders {{${en.join('}}, {{')}}} in English but {{${nl.join('}}, {{')}}} in Dutch`;
  return undefined;
}

function checkAll(where: string, texts: Record<string, Translatable> | undefined): string[] {
  return Object.entries(texts ?? {}).flatMap(([id, text]) => {
    const problem = translationProblem(text);
    return problem ? [`${where}.${id} ${problem}`] : [];
  });
}

/** `{0}`-style placeholders of VS Code's l10n and package.nls texts. */
function indexedPlaceholders(text: string): string {
  return [...text.matchAll(/\{(\d+)\}/g)].map((match) => match[1]).sort().join();
}

/** Every `%key%` the manifest uses, with where it is used. */
function manifestKeys(value: unknown, where: string, found: Map<string, string>): void {
  if (typeof value === 'string') {
    const match = /^%([^%]+)%$/.exec(value);
    if (match) found.set(match[1], where);
  } else if (Array.isArray(value)) value.forEach((item, index) => manifestKeys(item, `${where}[${index}]`, found));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) manifestKeys(item, `${where}.${key}`, found);
}

/** The manifest's texts a user reads: each must be a `%key%`, not English written in place. */
function userFacingManifestTexts(manifest: Record<string, unknown>): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [['description', manifest.description], ['displayName', manifest.displayName]];
  const contributes = manifest.contributes as { configuration: { title: unknown; properties: Record<string, unknown> }; commands: Array<{ title: unknown; category?: unknown }> };
  out.push(['configuration.title', contributes.configuration.title]);
  const walk = (where: string, schema: Record<string, unknown>): void => {
    for (const key of ['markdownDescription', 'description']) if (schema[key] !== undefined) out.push([`${where}.${key}`, schema[key]]);
    ((schema.enumDescriptions as unknown[]) ?? []).forEach((text, index) => out.push([`${where}.enumDescriptions[${index}]`, text]));
    for (const [child, childSchema] of Object.entries((schema.properties as Record<string, Record<string, unknown>>) ?? {})) walk(`${where}.${child}`, childSchema);
  };
  for (const [name, schema] of Object.entries(contributes.configuration.properties)) walk(name, schema as Record<string, unknown>);
  for (const command of contributes.commands) {
    out.push([`command ${String(command.title)}.title`, command.title]);
    if (command.category !== undefined) out.push([`command ${String(command.title)}.category`, command.category]);
  }
  return out;
}

/**
 * Text the scan below lets stay as it is, each with why: it is no sentence a user reads in
 * adsync-lint's language (code, names, what a bug in adsync-lint reports), or it is not ours to change.
 */
const IN_PLACE_ALLOWED: Record<string, string> = {
  'tokenizer/tokenizer.ts': 'lexer errors, kept for debugging; no user sees them',
  'model/syntax/': 'the parser: names and patterns of PowerShell',
  'engine/lint.ts': 'a rule\'s broken report, for whoever writes rules (a bug in adsync-lint)',
  'fixes/canonicalScript.ts': 'the PowerShell script itself',
  'io/connectors/connectorKinds.ts': 'a connector type as Azure AD Connect writes it',
};
const IN_PLACE_NAMES = new Set(['AD Sync Lint', 'Azure AD']);

/** Every string literal or template of two words or more, outside `{ en, nl }` texts, `ClientText.t` keys and imports. */
function writtenInPlace(roots: readonly string[]): { scanned: number; sentences: string[] } {
  const sentences: string[] = [];
  let scanned = 0;
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : []));
  for (const root of roots) {
    for (const file of walk(root)) {
      const relative = path.relative(root, file).split(path.sep).join('/');
      if (Object.keys(IN_PLACE_ALLOWED).some((allowed) => relative.startsWith(allowed))) continue;
      scanned++;
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        let text: string | undefined;
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
        else if (ts.isTemplateExpression(node)) text = node.head.text + node.templateSpans.map((span) => '${…}' + span.literal.text).join('');
        if (text === undefined || !/[A-Za-z]{2,} +[A-Za-z]{2,}/.test(text) || IN_PLACE_NAMES.has(text)) {
          ts.forEachChild(node, visit);
          return;
        }
        const parent = node.parent;
        const translated = ts.isPropertyAssignment(parent) && ['en', 'nl'].includes(parent.name.getText());
        const clientKey = ts.isCallExpression(parent) && parent.arguments[0] === node && parent.expression.getText().endsWith('.t');
        if (!translated && !clientKey && !ts.isImportDeclaration(parent)) {
          sentences.push(`${relative}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${JSON.stringify(text)}`);
        }
      };
      visit(source);
    }
  }
  return { scanned, sentences };
}

describe('translations: every text the product shows has its Dutch, with the same placeholders', () => {
  it('the check itself catches a missing Dutch text and differing placeholders', () => {
    assert.strictEqual(translationProblem('English only'), 'has no Dutch text (write it as { en, nl })');
    assert.match(translationProblem({ en: 'Use {{name}}', nl: 'Gebruik {{naam}}' }) ?? '', /placeholders/);
    assert.strictEqual(translationProblem({ en: 'Use {{name}}', nl: '' }), 'has an empty Dutch text');
    assert.strictEqual(translationProblem({ en: 'Use {{name}}', nl: '{{name}} gebruiken' }), undefined);
  });

  it("each rule's description, messages, fix titles and related messages", () => {
    const problems = rules.flatMap((rule) => [
      ...checkAll(`${rule.meta.id}`, { description: rule.meta.description }),
      ...checkAll(`${rule.meta.id}.messages`, rule.meta.messages),
      ...checkAll(`${rule.meta.id}.fixTitles`, rule.meta.fixTitles),
      ...checkAll(`${rule.meta.id}.relatedMessages`, rule.meta.relatedMessages),
    ]);
    assert.deepStrictEqual(problems, []);
  });

  it('every fix title and related message the rule code asks for is declared in a rule\'s meta', () => {
    const problems: string[] = [];
    const dirs = [path.join(ROOT, 'server/src/rules'), path.join(ROOT, 'server/src/rules/support')];
    let asked = 0;
    for (const dir of dirs) {
      for (const name of fs.readdirSync(dir).filter((file) => file.endsWith('.ts'))) {
        const source = fs.readFileSync(path.join(dir, name), 'utf8');
        // A rule file asks its own meta; a support file, the meta of whichever rule calls it.
        const owner = rules.find((rule) => name === `${rule.meta.id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}.ts`);
        for (const [, kind, id] of source.matchAll(/context\.(fixTitle|relatedMessage)\('([^']+)'/g)) {
          asked++;
          const candidates = owner ? [owner] : rules;
          const declared = candidates.some((rule) => (kind === 'fixTitle' ? rule.meta.fixTitles : rule.meta.relatedMessages)?.[id] !== undefined);
          if (!declared) problems.push(`${name}: ${kind} "${id}" is not declared`);
        }
      }
    }
    assert.ok(asked > 10, `only ${asked} texts asked for: the scan is broken`);
    assert.deepStrictEqual(problems, []);
  });

  it('no rule writes a fix title or a related message in place, where it could not be translated', () => {
    const problems: string[] = [];
    for (const dir of [path.join(ROOT, 'server/src/rules'), path.join(ROOT, 'server/src/rules/support')]) {
      for (const name of fs.readdirSync(dir).filter((file) => file.endsWith('.ts'))) {
        const source = fs.readFileSync(path.join(dir, name), 'utf8');
        for (const match of source.matchAll(/\b(title|message):\s*(['"`])/g)) problems.push(`${name}: ${match[0]}…`);
      }
    }
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(problems, []);
  });

  it("the engine's, the language server's and the command line's own texts", () => {
    const problems = [
      ...checkAll('engineMessages', engineMessages),
      ...checkAll('lspMessages', lspMessages),
      ...checkAll('cliMessages', cliMessages),
      ...checkAll('concurrencyMessages', concurrencyMessages),
      ...checkAll('connectorSourceMessages', connectorSourceMessages),
      ...checkAll('sourceMessages', sourceMessages),
      ...checkAll('SOURCE_DESCRIPTIONS', { ...SOURCE_DESCRIPTIONS, unknown: UNKNOWN_SOURCE_DESCRIPTION }),
      ...checkAll('jsonMessages', jsonMessages),
      ...checkAll('exportMessages', exportMessages),
      ...checkAll('xmlHeadMessages', xmlHeadMessages),
      ...checkAll('PASTED_CHARACTERS', Object.fromEntries(Object.entries(PASTED_CHARACTERS).map(([character, { name }]) => [character, name]))),
      ...checkAll('FS_ERROR_REASONS', FS_ERROR_REASONS),
      ...checkAll('ENCODING_LABELS', ENCODING_LABELS),
      ...checkAll('hover', Object.fromEntries(Object.entries({ ...CMDLET_HOVERS, ForceFullPasswordSync: FORCE_FULL_HOVER }).map(([key, hover]) => [key, hover.body]))),
    ];
    assert.deepStrictEqual(problems, []);
  });

  it('no server or client code writes a sentence in place, outside a { en, nl } text or the client\'s ClientText.t', () => {
    const found = writtenInPlace([path.join(ROOT, 'server/src'), path.join(ROOT, 'client/src')]);
    assert.ok(found.scanned > 100, `only ${found.scanned} files scanned: the scan is broken`);
    assert.deepStrictEqual(found.sentences, []);
  });

  it('the scan for sentences written in place finds one', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'out', 'in-place-'));
    try {
      fs.writeFileSync(path.join(dir, 'said.ts'), [
        "export const ok = { en: 'Two words', nl: 'Twee woorden' };",
        'export const bad = (n: number) => `read ${n} connector names`;',
        "export const name = 'adsyncLint.connectorSource';",
      ].join('\n'));
      assert.deepStrictEqual(writtenInPlace([dir]).sentences, ['said.ts:2 "read ${…} connector names"']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('setting descriptions, enum descriptions and command titles (package.nls.json and package.nls.nl.json)', () => {
    const manifest = readJson<Record<string, unknown>>('package.json');
    const english = readJson<Record<string, string>>('package.nls.json');
    const dutch = readJson<Record<string, string>>('package.nls.nl.json');
    const problems: string[] = [];
    for (const [where, text] of userFacingManifestTexts(manifest)) {
      if (typeof text !== 'string' || !/^%[^%]+%$/.test(text)) problems.push(`${where} is written in place (${JSON.stringify(text)}); use a %key% from package.nls.json`);
    }
    const used = new Map<string, string>();
    manifestKeys(manifest, 'package.json', used);
    for (const [key, where] of used) {
      if (!english[key]?.trim()) problems.push(`${where}: %${key}% has no English text in package.nls.json`);
      if (!dutch[key]?.trim()) problems.push(`${where}: %${key}% has no Dutch text in package.nls.nl.json`);
      else if (indexedPlaceholders(english[key] ?? '') !== indexedPlaceholders(dutch[key])) problems.push(`${key}: placeholders differ`);
    }
    for (const key of Object.keys(dutch)) if (!(key in english)) problems.push(`package.nls.nl.json has ${key}, which package.nls.json lacks`);
    for (const key of Object.keys(english)) if (!used.has(key)) problems.push(`package.nls.json has ${key}, which package.json never uses`);
    assert.deepStrictEqual(problems, []);
  });

  it("the client's own texts and the snippets' descriptions (l10n/bundle.l10n.nl.json)", () => {
    const bundle = readJson<Record<string, string>>('l10n/bundle.l10n.nl.json');
    const wanted = new Set<string>();
    const clientDir = path.join(ROOT, 'client/src');
    for (const file of fs.readdirSync(clientDir).filter((name) => name.endsWith('.ts'))) {
      const source = fs.readFileSync(path.join(clientDir, file), 'utf8');
      for (const [, text] of source.matchAll(/\.t\('((?:[^'\\]|\\.)*)'/g)) wanted.add(text.replace(/\\'/g, "'"));
    }
    assert.ok(wanted.size > 0, 'found no client texts: the scan is broken');
    const snippets = readJson<Record<string, { description: string }>>('snippets/powershell.json');
    for (const snippet of Object.values(snippets)) wanted.add(snippet.description);
    const problems: string[] = [];
    for (const text of wanted) {
      if (!bundle[text]?.trim()) problems.push(`no Dutch for ${JSON.stringify(text)}`);
      else if (indexedPlaceholders(text) !== indexedPlaceholders(bundle[text])) problems.push(`placeholders differ for ${JSON.stringify(text)}`);
    }
    assert.deepStrictEqual(problems, []);
  });

  it('a Dutch page for every rule, with the Dutch description and every message id', () => {
    for (const rule of rules) {
      const page = fs.readFileSync(path.join(ROOT, 'docs/rules/nl', `${rule.meta.id}.md`), 'utf8');
      const lines = page.split('\n');
      assert.strictEqual(lines[0], `# ${rule.meta.id}`);
      const description = rule.meta.description;
      assert.strictEqual(lines[2], `> ${typeof description === 'string' ? description : description.nl}`, `${rule.meta.id}: description line`);
      assert.ok(lines.includes(`- Standaardernst: **${rule.meta.defaultSeverity}**`), `${rule.meta.id}: severity line`);
      assert.ok(lines.includes(`- Automatisch op te lossen: **${rule.meta.fixable ? 'ja' : 'nee'}**`), `${rule.meta.id}: fixable line`);
      if (Object.keys(rule.meta.messages).length > 1) {
        for (const id of Object.keys(rule.meta.messages)) assert.ok(page.includes('`' + id + '`'), `${rule.meta.id}: the Dutch page names ${id}`);
      }
    }
  });

  it('a Dutch lint of every fixture reports the same problems and fixes, in Dutch', () => {
    let compared = 0;
    for (const file of listFixtures(path.join(ROOT, 'test/fixtures/rules'))) {
      const text = fs.readFileSync(file, 'utf8');
      const english = normalizeOptions(readConfig(text), ruleIds).options;
      const en = lintText(text, english);
      const nl = lintText(text, { ...english, locale: 'nl' });
      assert.deepStrictEqual(nl.problems.map((p) => [p.messageId, p.start, p.fixes.length, p.related.length]), en.problems.map((p) => [p.messageId, p.start, p.fixes.length, p.related.length]), file);
      nl.problems.forEach((problem, index) => {
        const rule = rules.find((candidate) => candidate.meta.id === problem.ruleId)!;
        const template = rule.meta.messages[problem.messageId];
        if (typeof template !== 'string' && template.en !== template.nl) assert.notStrictEqual(problem.message, en.problems[index].message, `${file}: ${problem.messageId} stayed English`);
        compared++;
      });
    }
    assert.ok(compared > 20, `only ${compared} problems compared`);
  });
});
