import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MIN_FILES_PER_THREAD, parseConcurrency, workerCount } from '../../../server/src/cli/concurrency';
import { main } from '../../../server/src/cli/main';
import { parseArgs } from '../../../server/src/cli/args';

/** `--concurrency`: the same output from worker threads as from one thread, --fix, crashes. */
const ROOT = path.resolve(__dirname, '../../../..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'rules');
const CRASHING_WORKER = path.join(ROOT, 'out', 'test', 'support', 'crashingLintWorker.js');

class Capture {
  text = '';
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

async function run(argv: string[], cwd: string, workerScript?: string) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(argv, { stdout, stderr, cwd, env: {}, ...(workerScript ? { workerScript } : {}) });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const CRASH_ME = '# crash-me\nSet-ADSyncAADPasswordSyncConfiguration -Enable $true\n';

/** Runs with the test worker that crashes, as `how` says, on every file holding `# crash-me`. */
async function runCrashing(how: string, argv: string[], cwd: string) {
  process.env.ADSYNC_TEST_CRASH = how;
  try {
    return await run(argv, cwd, CRASHING_WORKER);
  } finally {
    delete process.env.ADSYNC_TEST_CRASH;
  }
}

/** Every rule fixture script (broken, fixed and good ones), a few times over, in subfolders. */
function copyFixtures(into: string, copies: number): number {
  const scripts: string[] = [];
  for (const rule of fs.readdirSync(FIXTURES).sort()) {
    for (const name of fs.readdirSync(path.join(FIXTURES, rule)).sort()) if (name.endsWith('.ps1')) scripts.push(path.join(FIXTURES, rule, name));
  }
  let count = 0;
  for (let copy = 0; copy < copies; copy++) {
    const dir = path.join(into, `copy-${copy}`);
    fs.mkdirSync(dir, { recursive: true });
    for (const script of scripts) {
      fs.copyFileSync(script, path.join(dir, `${path.basename(path.dirname(script))}-${path.basename(script)}`));
      count++;
    }
  }
  return count;
}

function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[path.relative(dir, path.join(entry.parentPath, entry.name))] = fs.readFileSync(path.join(entry.parentPath, entry.name), 'latin1');
  }
  return files;
}

describe('CLI --concurrency', function () {
  this.timeout(60_000);
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-lint-threads-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('the option', () => {
    it('takes a number, auto or off, and says what is wrong otherwise', () => {
      assert.deepStrictEqual(parseConcurrency('4'), { kind: 'threads', count: 4 });
      assert.deepStrictEqual(parseConcurrency(' AUTO '), { kind: 'auto' });
      assert.deepStrictEqual(parseConcurrency('off'), { kind: 'off' });
      assert.deepStrictEqual(parseConcurrency('1'), { kind: 'off' });
      for (const bad of ['0', '-2', '1.5', 'many', '']) assert.match(String(parseConcurrency(bad)), /--concurrency must be/, bad);
      const parsed = parseArgs(['--concurrency', 'lots', 'a.ps1'], []);
      assert.ok(!parsed.ok && parsed.message.includes('"lots"'));
    });

    it('defaults to auto, which uses threads only when there are enough files for each', () => {
      const parsed = parseArgs(['a.ps1'], []);
      assert.ok(parsed.ok);
      assert.deepStrictEqual(parsed.args.concurrency, { kind: 'auto' });
      const auto = { kind: 'auto' } as const;
      assert.strictEqual(workerCount(auto, 10, 8), 0);
      assert.strictEqual(workerCount(auto, 2 * MIN_FILES_PER_THREAD - 1, 8), 0);
      assert.strictEqual(workerCount(auto, 2 * MIN_FILES_PER_THREAD, 8), 2);
      // A thread per two cores: on two cores, one thread.
      assert.strictEqual(workerCount(auto, 10_000, 8), 4);
      assert.strictEqual(workerCount(auto, 10_000, 5), 2);
      assert.strictEqual(workerCount(auto, 10_000, 4), 2);
      assert.strictEqual(workerCount(auto, 10_000, 3), 0);
      assert.strictEqual(workerCount(auto, 10_000, 2), 0);
      assert.strictEqual(workerCount(auto, 10_000, 1), 0);
      assert.strictEqual(workerCount({ kind: 'threads', count: 8 }, 3, 2), 3);
      assert.strictEqual(workerCount({ kind: 'threads', count: 8 }, 1, 2), 0);
      assert.strictEqual(workerCount({ kind: 'off' }, 10_000, 8), 0);
    });
  });

  it('prints the same output, in the same order, with the same exit code on any number of threads', async () => {
    const files = copyFixtures(dir, 3);
    assert.ok(files > 200);
    for (const format of ['stylish', 'json', 'sarif']) {
      const one = await run(['--format', format, '--concurrency', 'off', '.'], dir);
      assert.strictEqual(one.code, 1, one.stderr);
      assert.ok(one.stdout.length > 1000);
      for (const threads of ['2', '5']) {
        const many = await run(['--format', format, '--concurrency', threads, '.'], dir);
        assert.strictEqual(many.code, one.code, `${format} on ${threads} threads`);
        assert.strictEqual(many.stdout, one.stdout, `${format} on ${threads} threads`);
        assert.strictEqual(many.stderr, one.stderr, `${format} on ${threads} threads`);
      }
    }
  });

  it('--fix writes the same files on threads as on one thread', async () => {
    const oneDir = path.join(dir, 'one');
    const manyDir = path.join(dir, 'many');
    copyFixtures(oneDir, 2);
    copyFixtures(manyDir, 2);
    const before = readTree(oneDir);
    const one = await run(['--fix', '--format', 'json', '--concurrency', 'off', '.'], oneDir);
    const many = await run(['--fix', '--format', 'json', '--concurrency', '3', '.'], manyDir);
    const after = readTree(oneDir);
    assert.notDeepStrictEqual(after, before, 'nothing was fixed');
    assert.deepStrictEqual(readTree(manyDir), after);
    assert.strictEqual(many.code, one.code);
    assert.strictEqual(many.stdout.split(manyDir).join('<dir>'), one.stdout.split(oneDir).join('<dir>'));
    assert.deepStrictEqual(
      fs.readdirSync(manyDir, { recursive: true }).filter((name) => String(name).endsWith('.tmp')),
      [],
      'a temporary file was left behind',
    );
  });

  for (const how of ['exit', 'throw']) {
    it(`reports a worker that crashes (${how}) as a failure for its file, lints the others and exits 2`, async () => {
      copyFixtures(dir, 1);
      const crashing = ['a', 'b'].map((name) => path.join(dir, 'copy-0', `crash-me-${name}.ps1`));
      for (const file of crashing) fs.writeFileSync(file, CRASH_ME);
      const expected = await run(['--format', 'json', '--concurrency', 'off', '.'], dir);

      const crashed = await runCrashing(how, ['--format', 'json', '--concurrency', '2', '.'], dir);
      assert.strictEqual(crashed.code, 2, crashed.stderr);
      const reason = how === 'exit' ? 'exit code 70' : 'simulated crash in the engine';
      for (const file of crashing) {
        const display = path.relative(dir, file);
        assert.ok(crashed.stderr.includes(`${display}: adsync-lint crashed while checking this file, so it was not checked: `), crashed.stderr);
      }
      assert.strictEqual(crashed.stderr.split(reason).length - 1, 2, crashed.stderr);
      const withoutCrashed = (JSON.parse(expected.stdout) as Array<{ file: string }>).filter((result) => !result.file.includes('crash-me'));
      assert.deepStrictEqual(JSON.parse(crashed.stdout), withoutCrashed);
    });
  }

  it('says in Dutch that a worker crashed on a file, with --locale nl', async () => {
    fs.mkdirSync(path.join(dir, 'scripts'));
    fs.copyFileSync(path.join(ROOT, 'examples', 'reversed-toggle.ps1'), path.join(dir, 'scripts', 'fine.ps1'));
    fs.writeFileSync(path.join(dir, 'scripts', 'crash-me.ps1'), CRASH_ME);
    const crashed = await runCrashing('exit', ['--locale', 'nl', '--format', 'json', '--concurrency', '2', '.'], dir);
    assert.strictEqual(crashed.code, 2, crashed.stderr);
    const display = path.join('scripts', 'crash-me.ps1');
    assert.ok(
      crashed.stderr.includes(`${display}: adsync-lint is vastgelopen tijdens het controleren van dit bestand, dus het is niet gecontroleerd: de worker-thread is gestopt (afsluitcode 70)`),
      crashed.stderr,
    );
    assert.ok(!crashed.stderr.includes('crashed while checking'), crashed.stderr);
  });

  it('finishes when there are more threads than files', async () => {
    for (const name of ['a', 'b', 'c']) fs.copyFileSync(path.join(ROOT, 'examples', 'reversed-toggle.ps1'), path.join(dir, `${name}.ps1`));
    const expected = await run(['--format', 'json', '--concurrency', 'off', '.'], dir);
    for (let attempt = 0; attempt < 3; attempt++) {
      const many = await run(['--format', 'json', '--concurrency', '16', '.'], dir);
      assert.strictEqual(many.stdout, expected.stdout);
    }
  });

  it('lints in this thread with a lint function the caller gives, however many files there are', async () => {
    for (let i = 0; i < 2 * MIN_FILES_PER_THREAD; i++) fs.writeFileSync(path.join(dir, `script-${i}.ps1`), 'Get-Date\n');
    let calls = 0;
    const stdout = new Capture();
    const code = await main(['--format', 'json', '.'], {
      stdout,
      stderr: new Capture(),
      cwd: dir,
      env: {},
      cores: 8,
      lint: () => {
        calls++;
        return { problems: [], ruleFailures: [], isPasswordSyncScript: false };
      },
    });
    assert.strictEqual(code, 0);
    assert.strictEqual(calls, 2 * MIN_FILES_PER_THREAD);
  });

  it('lints in this thread when no worker can start', async () => {
    copyFixtures(dir, 1);
    const expected = await run(['--format', 'json', '--concurrency', 'off', '.'], dir);
    const broken = await run(['--format', 'json', '--concurrency', '2', '.'], dir, path.join(dir, 'no-such-worker.js'));
    assert.strictEqual(broken.code, expected.code, broken.stderr);
    assert.strictEqual(broken.stdout, expected.stdout);
  });
});
