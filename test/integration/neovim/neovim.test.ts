import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixAll } from '../../../server/src/engine/fixAll';
import { defaultOptions } from '../../../server/src/shared/options';

/**
 * A second, real LSP client: headless Neovim (its built-in client, no plugins) against
 * `adsync-lint-server --stdio`. scripts/test.sh installs Debian's `neovim` when it is missing;
 * Debian 12 has 0.7, the oldest this must work with. Needs `npm run build`.
 */
const ROOT = path.resolve(__dirname, '../../../..');
const HARNESS = path.join(ROOT, 'test', 'integration', 'neovim', 'quickFix.lua');
const SERVER_BIN = path.join(ROOT, 'bin', 'adsync-lint-server.js');
const SCRIPT = path.join(ROOT, 'test', 'integration', 'workspace', 'missing-force-full.ps1');
const RULE = 'force-full-password-sync';
/** vim.diagnostic.severity.WARN: the rule's level comes from the settings Neovim sends. */
const NEOVIM_WARN = 2;

interface SeenDiagnostic {
  code: string;
  lnum: number;
  severity: number;
  message: string;
  source: string;
}

interface HarnessResult {
  steps: string[];
  nvim: string;
  error?: string;
  client_started?: boolean;
  got_diagnostics?: boolean;
  before?: SeenDiagnostic[];
  chosen?: string | null;
  offered?: string[];
  edited?: boolean;
  fixed?: boolean;
  after?: SeenDiagnostic[];
  text?: string;
}

type SettingsVia = 'init_options' | 'settings';

function runHarness(scriptPath: string, resultPath: string, settingsVia: SettingsVia): HarnessResult {
  const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${HARNESS}`], {
    cwd: path.dirname(scriptPath),
    encoding: 'utf8',
    timeout: 90_000,
    env: {
      ...process.env,
      ADSYNC_NVIM_NODE: process.execPath,
      ADSYNC_NVIM_SERVER: SERVER_BIN,
      ADSYNC_NVIM_SCRIPT: scriptPath,
      ADSYNC_NVIM_RESULT: resultPath,
      ADSYNC_NVIM_RULE: RULE,
      ADSYNC_NVIM_SETTINGS_VIA: settingsVia,
    },
  });
  if (run.error) throw new Error(`could not run nvim: ${run.error.message}`);
  if (!fs.existsSync(resultPath)) throw new Error(`nvim exited ${run.status} without a result:\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(fs.readFileSync(resultPath, 'utf8')) as HarnessResult;
}

for (const settingsVia of ['init_options', 'settings'] as const) describe(`Neovim as the LSP client (headless), settings in ${settingsVia}`, function () {
  this.timeout(120_000);
  let dir: string;
  let result: HarnessResult;
  const original = fs.readFileSync(SCRIPT, 'utf8');

  before(function () {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.ok(!version.error && version.status === 0, 'nvim is not installed: scripts/test.sh installs Debian\'s "neovim" (as root)');
    assert.ok(fs.existsSync(path.join(ROOT, 'server', 'out', 'server.js')), 'server/out/server.js is missing: run `npm run build` first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-lint-nvim-'));
    const copy = path.join(dir, 'enable-password-sync.ps1');
    fs.writeFileSync(copy, original);
    result = runHarness(copy, path.join(dir, 'result.json'), settingsVia);
    assert.strictEqual(result.error, undefined, `the Neovim harness failed after ${result.steps.join(' > ')}: ${result.error}`);
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gets the diagnostics, with the level from the settings Neovim sends', () => {
    assert.ok(result.client_started, 'Neovim could not start the server');
    assert.ok(result.got_diagnostics, `no ${RULE} diagnostic within 30 s; saw ${JSON.stringify(result.before)}`);
    const diagnostic = result.before?.find((d) => d.code === RULE);
    assert.ok(diagnostic);
    assert.strictEqual(diagnostic.source, 'adsync-lint');
    assert.strictEqual(diagnostic.severity, NEOVIM_WARN);
    assert.match(diagnostic.message, /ForceFullPasswordSync/);
  });

  it('applies the preferred quick fix through Neovim\'s code action menu', () => {
    assert.ok(result.offered && result.offered.length > 1, `offered: ${JSON.stringify(result.offered)}`);
    assert.ok(typeof result.chosen === 'string', `no preferred fix among ${JSON.stringify(result.offered)}`);
    assert.ok(result.edited, 'the buffer did not change');
  });

  it('leaves the buffer as the engine fixes it, and the problem gone', () => {
    const expected = fixAll(original, defaultOptions()).output;
    assert.notStrictEqual(expected, original);
    assert.strictEqual(result.text, expected);
    assert.ok(result.fixed, `still reported after the fix: ${JSON.stringify(result.after)}`);
    assert.deepStrictEqual(result.after, []);
  });
});
