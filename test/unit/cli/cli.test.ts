import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type CliDeps } from '../../../server/src/cli/main';
import { automaticFix, type FixAllResult } from '../../../server/src/engine/fixAll';
import { applyEdits } from '../../../server/src/fixes/applyEdits';
import { lintText, type LintResult } from '../../../server/src/engine/lint';
import type { LintOptions } from '../../../server/src/shared/options';
import type { Rule } from '../../../server/src/rules/rule';
import type { Fix, Severity } from '../../../server/src/shared/types';
import { canonicalScript } from '../../../server/src/fixes/canonicalScript';
import { rules as realRules } from '../../../server/src/rules';
import { adConnector, azureAdConnector, oneLineExportJson, outFile, writeServerConfigExport } from '../../support/connectorExports';

/** Reports every occurrence of a word; with a replacement it is fixable. Runs on any script. */
function wordRule(id: string, word: string, severity: Severity, replacement?: string): Rule {
  return {
    meta: {
      id,
      description: `Flags ${word}.`,
      defaultSeverity: severity,
      fixable: replacement !== undefined,
      appliesToAllScripts: true,
      messages: { found: 'Found {{word}}.' },
    },
    check(context) {
      const text = context.model.text;
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
        const fixes: Fix[] | undefined =
          replacement === undefined ? undefined : [{ title: `Replace with ${replacement}`, edits: [{ start: at, end: at + word.length, text: replacement }], preferred: true }];
        context.report({ messageId: 'found', data: { word }, start: at, end: at + word.length, fixes });
      }
    },
  };
}

const testRules: Rule[] = [wordRule('no-foo', 'foo', 'error', 'bar'), wordRule('no-baz', 'baz', 'warning'), wordRule('no-qux', 'qux', 'information')];

/** fixAll always uses the real registry, so the injected rules get the same loop here. */
function fixWith(ruleSet: readonly Rule[]) {
  return (text: string, options: LintOptions): FixAllResult => {
    let output = text;
    let applied = 0;
    for (let pass = 0; pass < 10; pass++) {
      const fixes = lintText(output, options, ruleSet)
        .problems.map(automaticFix)
        .filter((fix): fix is Fix => fix !== undefined);
      if (fixes.length === 0) break;
      output = applyEdits(output, fixes.flatMap((fix) => fix.edits)).text;
      applied += fixes.length;
    }
    return { output, applied, remaining: lintText(output, options, ruleSet).problems };
  };
}

class Capture {
  text = '';
  constructor(public isTTY = false) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let tmp: string;

function injected(overrides: Partial<CliDeps> = {}, ruleSet: readonly Rule[] = testRules): Partial<CliDeps> {
  return {
    cwd: tmp,
    env: {},
    rules: ruleSet,
    lint: (text: string, options: LintOptions): LintResult => lintText(text, options, ruleSet),
    fix: fixWith(ruleSet),
    packageInfo: { name: 'adsync-lint', version: '9.8.7' },
    // The machine's own language must not decide what the tests read.
    systemLocale: () => 'en-US',
    ...overrides,
  };
}

async function run(argv: string[], overrides: Partial<CliDeps> = {}, ruleSet: readonly Rule[] = testRules): Promise<Run> {
  const stdout = new Capture(false);
  const stderr = new Capture(false);
  const code = await main(argv, injected({ stdout, stderr, ...overrides }, ruleSet));
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function write(relative: string, content: string | Buffer): string {
  const file = path.join(tmp, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

function encode(text: string, encoding: 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be'): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8bom':
      return Buffer.from(`\ufeff${text}`, 'utf8');
    case 'utf16le':
      return Buffer.from(`\ufeff${text}`, 'utf16le');
    case 'utf16be':
      return Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
  }
}

const ENCODINGS = ['utf8', 'utf8bom', 'utf16le', 'utf16be'] as const;

describe('adsync-lint CLI', () => {
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-lint-cli-'));
  });

  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('exit codes and stylish output', () => {
    it('exits 0 and prints nothing for a clean script', async () => {
      write('clean.ps1', 'Get-Process\r\n');
      assert.deepStrictEqual(await run(['clean.ps1']), { code: 0, stdout: '', stderr: '' });
    });

    it('exits 1 on errors and prints problems grouped by file with a summary', async () => {
      write('a.ps1', 'Write-Host foo\nbaz\n');
      write('b.ps1', 'qux\n');
      const result = await run(['a.ps1', 'b.ps1']);
      assert.strictEqual(result.code, 1);
      assert.strictEqual(result.stderr, '');
      assert.strictEqual(
        result.stdout,
        [
          'a.ps1',
          '  1:12  error    Found foo.  no-foo',
          '  2:1   warning  Found baz.  no-baz',
          '',
          'b.ps1',
          '  1:1  info  Found qux.  no-qux',
          '',
          '\u2716 3 problems (1 error, 1 warning, 1 info)',
          '  1 error and 0 warnings potentially fixable with the `--fix` option.',
          '',
        ].join('\n'),
      );
    });

    it('exits 0 with warnings only, and 1 once they exceed --max-warnings', async () => {
      write('w.ps1', 'baz\nbaz\n');
      assert.strictEqual((await run(['w.ps1'])).code, 0);
      assert.strictEqual((await run(['w.ps1', '--max-warnings', '2'])).code, 0);
      const over = await run(['w.ps1', '--max-warnings=1']);
      assert.strictEqual(over.code, 1);
      assert.match(over.stderr, /found 2 warnings, more than --max-warnings 1 allows/);
      assert.match(over.stdout, /\u2716 2 problems \(0 errors, 2 warnings\)/);
    });

    it('--quiet reports errors only and does not count warnings', async () => {
      write('q.ps1', 'baz\nfoo\n');
      const result = await run(['--quiet', 'q.ps1', '--max-warnings', '0', '--format', 'json']);
      assert.strictEqual(result.code, 1);
      const [entry] = JSON.parse(result.stdout) as Array<{ diagnostics: Array<{ rule: string }> }>;
      assert.deepStrictEqual(
        entry.diagnostics.map((d) => d.rule),
        ['no-foo'],
      );
      write('w.ps1', 'baz\n');
      assert.deepStrictEqual(await run(['-q', 'w.ps1', '--max-warnings', '0']), { code: 0, stdout: '', stderr: '' });
    });

    it('colours output only for a terminal without NO_COLOR, unless --color/--no-color says otherwise', async () => {
      write('a.ps1', 'foo\n');
      const colored = (result: Run) => result.stdout.includes('\u001b[');
      assert.ok(!colored(await run(['a.ps1'])));
      assert.ok(colored(await captureTty([], {})));
      assert.ok(!colored(await captureTty(['--no-color'], {})));
      assert.ok(!colored(await captureTty([], { NO_COLOR: '1' })));
      assert.ok(colored(await captureTty([], { NO_COLOR: '' })), 'an empty NO_COLOR does not count (no-color.org)');
      assert.ok(colored(await run(['--color', 'a.ps1'])));

      async function captureTty(extra: string[], env: Record<string, string>): Promise<Run> {
        const stdout = new Capture(true);
        const stderr = new Capture(false);
        const code = await main([...extra, 'a.ps1'], injected({ stdout, stderr, env }));
        return { code, stdout: stdout.text, stderr: stderr.text };
      }
    });

    it('prints --help and --version (from package.json) and exits 0', async () => {
      const help = await run(['--help']);
      assert.strictEqual(help.code, 0);
      assert.match(help.stdout, /Usage: adsync-lint \[options\] <files\|dirs\|globs\.\.\.>/);
      assert.deepStrictEqual(await run(['--version']), { code: 0, stdout: '9.8.7\n', stderr: '' });
      const pkg = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as { version: string };
      const stdout = new Capture();
      assert.strictEqual(await main(['-v'], { stdout, stderr: new Capture() }), 0);
      assert.strictEqual(stdout.text, `${pkg.version}\n`);
    });

    it('exits 2 with a message on bad usage', async () => {
      write('a.ps1', 'foo\n');
      const cases: Array<[string[], RegExp]> = [
        [[], /no files to lint/],
        [['--bogus', 'a.ps1'], /Unknown option --bogus/],
        [['--format', 'xml', 'a.ps1'], /--format must be one of stylish, json, sarif, not "xml"/],
        [['--max-warnings', 'many', 'a.ps1'], /--max-warnings needs a whole number/],
        [['--max-file-size', '0', 'a.ps1'], /--max-file-size needs a whole number of at least 1/],
        [['a.ps1', '--format'], /--format needs a value/],
        [['--fix=yes', 'a.ps1'], /--fix takes no value/],
      ];
      for (const [argv, message] of cases) {
        const result = await run(argv);
        assert.strictEqual(result.code, 2, argv.join(' '));
        assert.strictEqual(result.stdout, '', argv.join(' '));
        assert.match(result.stderr, message);
      }
    });
  });

  describe('--rule and --connectors', () => {
    it('--rule changes levels; an unknown id or level exits 2 listing the valid ids', async () => {
      write('a.ps1', 'foo baz\n');
      assert.strictEqual((await run(['--rule', 'no-foo=off', 'a.ps1'])).code, 0);
      assert.strictEqual((await run(['--rule', 'no-foo=off', '--rule=no-baz=error', 'a.ps1'])).code, 1);
      const json = await run(['--rule', 'no-foo=warn', '--format', 'json', 'a.ps1']);
      assert.strictEqual(JSON.parse(json.stdout)[0].diagnostics[0].severity, 'warning');

      const unknown = await run(['--rule', 'no-such=error', 'a.ps1']);
      assert.strictEqual(unknown.code, 2);
      assert.match(unknown.stderr, /unknown rule "no-such"\. Valid rule ids: no-foo, no-baz, no-qux\./);
      const level = await run(['--rule', 'no-foo=loud', 'a.ps1']);
      assert.strictEqual(level.code, 2);
      assert.match(level.stderr, /the level must be off, info, warning or error, not "loud"/);
      const shape = await run(['--rule', 'no-foo', 'a.ps1']);
      assert.strictEqual(shape.code, 2);
      assert.match(shape.stderr, /Valid rule ids: no-foo, no-baz, no-qux/);
    });

    it('--connectors passes the names to the rules, accepting a BOM', async () => {
      write('a.ps1', 'Get-Process\n');
      write('connectors.json', Buffer.from('\ufeff{ "ad": ["contoso.com", "fabrikam.com"], "azureAd": ["contoso.onmicrosoft.com - AAD"] }', 'utf8'));
      const seen: LintOptions[] = [];
      const result = await run(['--connectors', 'connectors.json', 'a.ps1'], {
        lint: (text, options) => {
          seen.push(options);
          return lintText(text, options, testRules);
        },
      });
      assert.strictEqual(result.code, 0, result.stderr);
      assert.deepStrictEqual(seen[0].connectors, { ad: ['contoso.com', 'fabrikam.com'], azureAd: ['contoso.onmicrosoft.com - AAD'] });
    });

    it('--connectors exits 2 naming the file and the problem, and still lints', async () => {
      write('a.ps1', 'foo\n');
      write('broken.json', '{ "ad": [');
      write('list.json', '["contoso.com"]');
      write('typo.json', '{ "aad": ["contoso.com"] }');
      write('values.json', '{ "ad": ["contoso.com", 3], "azureAd": {} }');
      const cases: Array<[string, RegExp]> = [
        ['missing.json', /cannot read the connector source "missing\.json": no such file or directory \(ENOENT\)/],
        ['broken.json', /the connectors file "broken\.json" is not valid JSON/],
        ['list.json', /the connectors file "list\.json" holds neither the output of "Get-ADSyncConnector/],
        ['typo.json', /the connectors file "typo\.json" has an unknown key "aad"; expected "ad" and "azureAd"/],
        ['values.json', /"ad" holds a value that is not a connector name \(3\); it was ignored\.\n.*"azureAd" should be a list of connector names; it was ignored\./],
      ];
      for (const [file, message] of cases) {
        const result = await run(['--connectors', file, 'a.ps1']);
        assert.strictEqual(result.code, 2, file);
        assert.match(result.stdout, /1:1 {2}error {2}Found foo\./, file);
        assert.match(result.stderr, message);
      }
    });

    it('--connectors reads a server configuration export folder and the one-line JSON export', async () => {
      const script = canonicalScript({ adConnector: 'Contoso.com', azureAdConnector: 'contoso.onmicrosoft.com - AAD' });
      write('scripts/sync.ps1', script);
      writeServerConfigExport(path.join(tmp, 'server-config'), [adConnector('contoso.com', '5a1b4c2d-0e3f-4a5b-8c7d-9e0f1a2b3c4d'), azureAdConnector('contoso.onmicrosoft.com - AAD')]);
      write('connectors.json', outFile(oneLineExportJson([{ Name: 'contoso.com', Type: 'AD' }, { Name: 'contoso.onmicrosoft.com - AAD', Type: 'Extensible2' }], '5.1'), '5.1'));
      for (const [source, said] of [
        ['server-config', /^adsync-lint: read 2 connectors \(1 AD, 1 Azure AD\) from the server configuration export "server-config"\.$/m],
        ['connectors.json', /^adsync-lint: read 2 connectors \(1 AD, 1 Azure AD\) from the Get-ADSyncConnector export "connectors\.json"\.$/m],
      ] as const) {
        const result = await run(['--connectors', source, '--format', 'json', 'scripts/sync.ps1'], {}, realRules);
        assert.strictEqual(result.code, 1, result.stderr);
        assert.match(result.stderr, said);
        const [file] = JSON.parse(result.stdout);
        assert.ok(file.diagnostics.length > 0 && file.diagnostics.every((d: { rule: string }) => d.rule === 'connector-name'), result.stdout);
        assert.match(file.diagnostics[0].message, /differs only in case from your connector "contoso\.com"/);
      }
      const fixed = await run(['--connectors', 'server-config', '--fix', 'scripts/sync.ps1'], {}, realRules);
      assert.strictEqual(fixed.code, 0, fixed.stdout + fixed.stderr);
      assert.strictEqual(fs.readFileSync(path.join(tmp, 'scripts/sync.ps1'), 'utf8'), script.replace('"Contoso.com"', '"contoso.com"'));
    });

    it('--connectors names a broken connector file, exits 2, and lints with the names it could read', async () => {
      write('scripts/sync.ps1', canonicalScript({ adConnector: 'Contoso.com', azureAdConnector: 'contoso.onmicrosoft.com - AAD' }));
      writeServerConfigExport(path.join(tmp, 'export'), [adConnector('contoso.com', '5a1b4c2d-0e3f-4a5b-8c7d-9e0f1a2b3c4d')]);
      write('export/Connectors/Connector_{b891884f-051e-4a83-95af-2544101c9083}.xml', '<ma-data><name>broken</ma-data>');
      const result = await run(['--connectors', 'export', 'scripts/sync.ps1'], {}, realRules);
      assert.strictEqual(result.code, 2);
      assert.match(result.stderr, /the connector file "export[\\/]Connectors[\\/]Connector_\{b891884f-051e-4a83-95af-2544101c9083\}\.xml" is not well-formed XML/);
      assert.match(result.stdout, /differs only in case from your connector "contoso\.com"/);
    });

    it('--connectors uses the names a half-broken file still holds, and says what it read', async () => {
      write('a.ps1', 'Get-Process\n');
      write('values.json', '{ "ad": ["contoso.com", 3], "azureAd": {} }');
      const seen: LintOptions[] = [];
      const result = await run(['--connectors', 'values.json', 'a.ps1'], {
        lint: (text, options) => {
          seen.push(options);
          return lintText(text, options, testRules);
        },
      });
      assert.strictEqual(result.code, 2);
      assert.deepStrictEqual(seen[0].connectors, { ad: ['contoso.com'], azureAd: [] });
      assert.match(result.stderr, /read 1 connector \(1 AD, 0 Azure AD\) from the connector names file "values\.json"\./);
    });
  });

  describe('JSON output and encodings', () => {
    it('prints exactly the documented JSON schema, with UTF-16 columns and CRLF/LF/CR lines', async () => {
      write('dir/a.ps1', 'x\r\ny\rz\n# \u{1F600} foo\r\n');
      write('b.ps1', 'Get-Process\n');
      const result = await run(['--format', 'json', 'dir/a.ps1', 'b.ps1']);
      assert.strictEqual(result.code, 1);
      assert.deepStrictEqual(JSON.parse(result.stdout), [
        {
          file: 'dir/a.ps1',
          diagnostics: [{ rule: 'no-foo', severity: 'error', message: 'Found foo.', line: 4, column: 6, endLine: 4, endColumn: 9, fixable: true }],
        },
        { file: 'b.ps1', diagnostics: [] },
      ]);
      assert.ok(result.stdout.endsWith('\n'));
    });

    it('shows severities as error, warning and information and fixable as false for rules without fixes', async () => {
      write('a.ps1', 'baz qux\n');
      const [entry] = JSON.parse((await run(['--format', 'json', 'a.ps1'])).stdout);
      assert.deepStrictEqual(
        entry.diagnostics.map((d: { severity: string; fixable: boolean; column: number }) => [d.severity, d.fixable, d.column]),
        [
          ['warning', false, 1],
          ['information', false, 5],
        ],
      );
    });

    for (const encoding of ENCODINGS) {
      it(`reads ${encoding} and reports the same columns (the BOM is not a column)`, async () => {
        write('e.ps1', encode('\u00e9\u{1F600} foo\r\n  baz', encoding));
        const [entry] = JSON.parse((await run(['--format', 'json', 'e.ps1'])).stdout);
        assert.deepStrictEqual(
          entry.diagnostics.map((d: { rule: string; line: number; column: number; endColumn: number }) => [d.rule, d.line, d.column, d.endColumn]),
          [
            ['no-foo', 1, 5, 8],
            ['no-baz', 2, 3, 6],
          ],
        );
      });
    }

    it('lists a skipped file with empty diagnostics and a "skipped" message, and notes it in stylish', async () => {
      write('big.ps1', 'foo '.repeat(5));
      write('tiny-limit.ps1', 'foo '.repeat(5));
      write('binary.ps1', Buffer.from([0x4d, 0x5a, 0x00, 0x00, 0x66, 0x6f, 0x6f]));
      const result = await run(['--format', 'json', '--max-file-size', '10', 'big.ps1', 'binary.ps1']);
      assert.strictEqual(result.code, 0, result.stderr);
      const entries = JSON.parse(result.stdout) as Array<{ file: string; diagnostics: unknown[]; skipped?: string }>;
      assert.deepStrictEqual(
        entries.map((e) => [e.file, e.diagnostics, Object.keys(e)]),
        [
          ['big.ps1', [], ['file', 'diagnostics', 'skipped']],
          ['binary.ps1', [], ['file', 'diagnostics', 'skipped']],
        ],
      );
      assert.match(entries[0].skipped ?? '', /did not check this file.*over the/);
      assert.match(entries[1].skipped ?? '', /binary/);

      // Far over the limit, the file is not even read.
      const [tiny] = JSON.parse((await run(['--format', 'json', '--max-file-size', '1', 'tiny-limit.ps1'])).stdout);
      assert.match(tiny.skipped, /did not check this file: it is 1 KB, over the 1 KB limit/);

      const stylish = await run(['--max-file-size', '10', 'big.ps1']);
      assert.strictEqual(stylish.code, 0);
      assert.match(stylish.stdout, /^big\.ps1\n {2}warning {2}adsync-lint did not check this file/);
      assert.match(stylish.stdout, /1 file not checked/);
    });
  });

  describe('unreadable input', () => {
    it('reports a missing path with exit 2 and still lints the other files', async () => {
      write('a.ps1', 'foo\n');
      const result = await run(['--format', 'json', 'missing.ps1', 'a.ps1']);
      assert.strictEqual(result.code, 2);
      assert.strictEqual(result.stderr, 'adsync-lint: missing.ps1: no such file or directory (ENOENT)\n');
      assert.deepStrictEqual(
        JSON.parse(result.stdout).map((e: { file: string; diagnostics: unknown[] }) => [e.file, e.diagnostics.length]),
        [['a.ps1', 1]],
      );
    });

    it('reports a file it cannot read with exit 2 and still lints the other files', async function () {
      let unreadable: string;
      if (process.platform !== 'win32' && process.getuid?.() !== 0) {
        unreadable = write('locked.ps1', 'foo\n');
        fs.chmodSync(unreadable, 0o000);
      } else if (fs.existsSync('/proc/self/mem')) {
        // Permissions do not stop root; this file exists but every read of it fails.
        unreadable = '/proc/self/mem';
      } else {
        this.skip();
      }
      write('b.ps1', 'baz\n');
      const result = await run(['--format', 'json', unreadable, 'b.ps1']);
      assert.strictEqual(result.code, 2);
      assert.match(result.stderr, new RegExp(`^adsync-lint: ${unreadable.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: cannot read the file: .+\\n$`));
      assert.deepStrictEqual(
        JSON.parse(result.stdout).map((e: { file: string }) => e.file),
        ['b.ps1'],
      );
    });

    it('exits 2 when a rule throws, naming the rule and the file, and keeps the other rules', async () => {
      const broken: Rule = {
        meta: { id: 'broken', description: 'Throws.', defaultSeverity: 'error', fixable: false, appliesToAllScripts: true, messages: {} },
        check() {
          throw new Error('boom');
        },
      };
      write('a.ps1', 'baz\n');
      const result = await run(['a.ps1'], {}, [...testRules, broken]);
      assert.strictEqual(result.code, 2);
      assert.match(result.stderr, /a\.ps1: rule "broken" failed, so the file was only partly checked: boom/);
      assert.match(result.stdout, /Found baz\./);
    });
  });

  describe('finding files', () => {
    function tree() {
      for (const file of ['dir/a.ps1', 'dir/sub/b.psm1', 'dir/sub/e.ps1', 'dir/sub/c.txt', 'dir/sub/deep/D.PS1', 'dir/node_modules/x.ps1', 'dir/.git/y.ps1', 'dir/.hidden/h.ps1']) {
        write(file, 'Get-Process\n');
      }
    }

    async function files(argv: string[], cwd = tmp): Promise<string[]> {
      const result = await run(['--format', 'json', ...argv], { cwd });
      assert.strictEqual(result.code, 0, result.stderr);
      return JSON.parse(result.stdout).map((entry: { file: string }) => entry.file);
    }

    it('walks directories for .ps1 and .psm1, skipping node_modules and .git, joined to the path as given', async () => {
      tree();
      assert.deepStrictEqual(await files(['dir']), ['dir/.hidden/h.ps1', 'dir/a.ps1', 'dir/sub/b.psm1', 'dir/sub/deep/D.PS1', 'dir/sub/e.ps1'].map(path.normalize));
      assert.deepStrictEqual(await files(['.'], path.join(tmp, 'dir', 'sub')), ['b.psm1', path.normalize('deep/D.PS1'), 'e.ps1']);
    });

    it('expands *, ** and ? itself, without a shell', async () => {
      tree();
      assert.deepStrictEqual(await files(['dir/*.ps1']), [path.normalize('dir/a.ps1')]);
      assert.deepStrictEqual(await files(['dir/**/*.ps1']), ['dir/a.ps1', 'dir/sub/e.ps1'].map(path.normalize));
      assert.deepStrictEqual(await files(['**/?.psm1'], path.join(tmp, 'dir')), [path.normalize('sub/b.psm1')]);
      assert.deepStrictEqual(await files(['dir/sub/*']), ['dir/sub/b.psm1', 'dir/sub/c.txt', 'dir/sub/e.ps1'].map(path.normalize));
      assert.deepStrictEqual(await files(['dir/s?b/**']), ['dir/sub/b.psm1', 'dir/sub/c.txt', 'dir/sub/deep/D.PS1', 'dir/sub/e.ps1'].map(path.normalize));
    });

    it('lints a file named twice only once', async () => {
      tree();
      assert.deepStrictEqual(await files(['dir/a.ps1', 'dir/*.ps1', path.join(tmp, 'dir', 'a.ps1')]), [path.normalize('dir/a.ps1')]);
    });

    it('exits 2 for a glob that matches nothing', async () => {
      tree();
      const result = await run(['dir/*.nope', 'dir/a.ps1']);
      assert.strictEqual(result.code, 2);
      assert.strictEqual(result.stderr, 'adsync-lint: dir/*.nope: no files match this pattern\n');
    });

    it('does not loop forever on a symlink cycle', async function () {
      tree();
      try {
        fs.symlinkSync(path.join(tmp, 'dir'), path.join(tmp, 'dir', 'sub', 'loop'), 'dir');
      } catch {
        this.skip();
      }
      const found = await files(['dir']);
      assert.strictEqual(found.length, 5);
    });
  });

  describe('--fix', () => {
    const before = 'foo = 1\r\nWrite-Host "\u00e9\u{1F600}" foo\r\nbaz\r\n';
    const after = 'bar = 1\r\nWrite-Host "\u00e9\u{1F600}" bar\r\nbaz\r\n';

    for (const encoding of ENCODINGS) {
      it(`rewrites ${encoding} in place keeping the encoding, BOM and CRLF`, async () => {
        const file = write('fix.ps1', encode(before, encoding));
        fs.chmodSync(file, 0o640);
        const inode = fs.statSync(file).ino;
        const result = await run(['--fix', '--format', 'json', 'fix.ps1']);
        assert.strictEqual(result.code, 0, result.stderr);
        assert.ok(fs.readFileSync(file).equals(encode(after, encoding)), fs.readFileSync(file).toString('hex'));
        // Only the remaining warning is reported, at its place in the fixed text.
        assert.deepStrictEqual(JSON.parse(result.stdout)[0].diagnostics.map((d: { rule: string; line: number }) => [d.rule, d.line]), [['no-baz', 3]]);
        // A rename from a temporary file gives a new inode; nothing is left behind next to it.
        if (process.platform !== 'win32') {
          assert.notStrictEqual(fs.statSync(file).ino, inode);
          assert.strictEqual(fs.statSync(file).mode & 0o777, 0o640);
        }
        assert.deepStrictEqual(fs.readdirSync(tmp), ['fix.ps1']);
      });
    }

    it('writes nothing without --fix, and nothing when no fix changes the text', async () => {
      const fixable = write('fixable.ps1', before);
      const clean = write('clean.ps1', 'baz\n');
      const stamp = new Date('2020-01-01T00:00:00Z');
      fs.utimesSync(clean, stamp, stamp);
      const inode = fs.statSync(fixable).ino;

      assert.strictEqual((await run(['fixable.ps1'])).code, 1);
      assert.strictEqual(fs.readFileSync(fixable, 'utf8'), before);
      assert.strictEqual(fs.statSync(fixable).ino, inode);

      assert.strictEqual((await run(['--fix', 'clean.ps1'])).code, 0);
      assert.strictEqual(fs.statSync(clean).mtimeMs, stamp.getTime());
    });

    it('does not write a file whose bytes are not valid in its encoding, and says why', async () => {
      const bytes = Buffer.concat([Buffer.from('foo # caf', 'latin1'), Buffer.from([0xe9]), Buffer.from('\r\n', 'latin1')]);
      const file = write('ansi.ps1', bytes);
      const result = await run(['--fix', 'ansi.ps1']);
      assert.strictEqual(result.code, 1);
      assert.ok(fs.readFileSync(file).equals(bytes));
      assert.match(result.stderr, /ansi\.ps1: not fixed: the file is not valid UTF-8/);
    });

    it('follows a symlink and rewrites its target, leaving the link a link', async function () {
      const target = write('real.ps1', 'foo\n');
      const link = path.join(tmp, 'link.ps1');
      try {
        fs.symlinkSync(target, link);
      } catch {
        this.skip();
      }
      assert.strictEqual((await run(['--fix', 'link.ps1'])).code, 0);
      assert.ok(fs.lstatSync(link).isSymbolicLink());
      assert.strictEqual(fs.readFileSync(target, 'utf8'), 'bar\n');
    });
  });

  describe('real rules, end to end', () => {
    // Assertions here hold whatever the real rules report, so they stay true as rules are added.
    const ordinary = 'param([string]$Name)\r\nGet-Service -Name $Name | Select-Object Status\r\n';
    const passwordSync = [
      'Import-Module ADSync',
      '$adConnector  = "contoso.com"',
      '$aadConnector = "contoso.onmicrosoft.com - AAD"',
      'Set-ADSyncScheduler -SyncCycleEnabled $false',
      '$c = Get-ADSyncConnector -Name $adConnector',
      '$p = New-Object Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter "Microsoft.Synchronize.ForceFullPasswordSync", String, ConnectorGlobal, $null, $null, $null',
      '$p.Value = 1',
      '$c.GlobalParameters.Remove($p.Name)',
      '$c.GlobalParameters.Add($p)',
      '$c = Add-ADSyncConnector -Connector $c',
      'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $aadConnector -Enable $false',
      'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $aadConnector -Enable $true',
      '',
    ].join('\r\n');

    async function real(argv: string[]): Promise<Run> {
      const stdout = new Capture();
      const stderr = new Capture();
      const code = await main(argv, { stdout, stderr, cwd: tmp, env: {}, systemLocale: () => 'en-US' });
      return { code, stdout: stdout.text, stderr: stderr.text };
    }

    it('exits 0 with no output for an ordinary script', async () => {
      write('ordinary.ps1', ordinary);
      assert.deepStrictEqual(await real(['ordinary.ps1']), { code: 0, stdout: '', stderr: '' });
    });

    it('prints JSON of the documented shape for a password-sync script in every encoding, with the same diagnostics', async () => {
      for (const encoding of ENCODINGS) write(`sync-${encoding}.ps1`, encode(passwordSync, encoding));
      const result = await real(['--format', 'json', '.']);
      assert.notStrictEqual(result.code, 2, result.stderr);
      const entries = JSON.parse(result.stdout) as Array<{ file: string; diagnostics: Array<Record<string, unknown>> }>;
      assert.deepStrictEqual(
        entries.map((e) => e.file),
        ENCODINGS.map((encoding) => `sync-${encoding}.ps1`).sort(),
      );
      for (const entry of entries) {
        assert.deepStrictEqual(Object.keys(entry), ['file', 'diagnostics']);
        assert.deepStrictEqual(entry.diagnostics, entries[0].diagnostics, entry.file);
        for (const d of entry.diagnostics) {
          assert.deepStrictEqual(Object.keys(d), ['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fixable']);
          assert.ok(['error', 'warning', 'information'].includes(d.severity as string));
          for (const key of ['line', 'column', 'endLine', 'endColumn']) assert.ok(Number.isInteger(d[key]) && (d[key] as number) >= 1, key);
        }
      }
    });

    it('--fix keeps each encoding, its BOM and CRLF line endings', async () => {
      for (const encoding of ENCODINGS) write(`sync-${encoding}.ps1`, encode(passwordSync, encoding));
      const result = await real(['--fix', '.']);
      assert.notStrictEqual(result.code, 2, result.stderr);
      for (const encoding of ENCODINGS) {
        const bytes = fs.readFileSync(path.join(tmp, `sync-${encoding}.ps1`));
        const bom = { utf8: '', utf8bom: 'efbbbf', utf16le: 'fffe', utf16be: 'feff' }[encoding];
        assert.ok(bytes.toString('hex').startsWith(bom) && (encoding !== 'utf8' || bytes[0] !== 0xef), encoding);
        const text = encoding.startsWith('utf16')
          ? Buffer.from(encoding === 'utf16be' ? Buffer.from(bytes).swap16() : bytes).toString('utf16le').slice(1)
          : bytes.toString('utf8').replace(/^\ufeff/, '');
        assert.ok(!/[^\r]\n|\r(?!\n)/.test(text), `${encoding}: every line ends in CRLF`);
        assert.ok(!text.includes('\ufffd'), encoding);
      }
      assert.deepStrictEqual(fs.readdirSync(tmp).sort(), ENCODINGS.map((encoding) => `sync-${encoding}.ps1`).sort());
    });
  });
});
