import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * `adsync-lint --fix` with a real rule fix on a UTF-16 LE file with CRLF line ends: the file
 * comes back in the same encoding (BOM included) and line ends, fixed exactly like the rule
 * fixture's .fixed.ps1. Runs the built CLI (`npm run build`), as a user would.
 */
const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'bin', 'adsync-lint.js');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'rules', 'password-sync-toggle', 'reversed-crlf');

describe('robustness: --fix on a UTF-16 LE CRLF script', () => {
  it('fixes the reversed toggle and keeps the encoding, the BOM and CRLF', () => {
    assert.ok(fs.existsSync(path.join(ROOT, 'server', 'out', 'cli.js')), 'server/out/cli.js is missing: run `npm run build` first');
    const before = fs.readFileSync(FIXTURE + '.ps1', 'utf8');
    const expected = fs.readFileSync(FIXTURE + '.fixed.ps1', 'utf8');
    assert.ok(before.includes('\r\n') && !/[^\r]\n/.test(before), 'the fixture should be CRLF only');
    assert.notStrictEqual(before, expected);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-lint-utf16-'));
    try {
      const file = path.join(dir, 'script.ps1');
      fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(before, 'utf16le')]));
      try {
        execFileSync(process.execPath, [CLI, '--fix', file], { stdio: 'pipe' });
      } catch (error) {
        // Exit 1 just means problems remain after fixing; anything else is a failure.
        if ((error as { status?: number }).status !== 1) throw error;
      }
      const bytes = fs.readFileSync(file);
      assert.deepStrictEqual([...bytes.subarray(0, 2)], [0xff, 0xfe], 'the UTF-16 LE BOM is gone');
      assert.strictEqual(bytes.subarray(2).toString('utf16le'), expected);
      assert.deepStrictEqual(fs.readdirSync(dir), ['script.ps1'], 'a temporary file was left behind');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
