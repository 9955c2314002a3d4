import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createDotSourceReader, isSafeDotSourcePath, MAX_DOT_SOURCED_SIZE } from '../../../server/src/io/dotSourceReader';

describe('dot-sourced files: what may be opened', () => {
  it('never opens a UNC, device or URL path, nor a PowerShell drive', () => {
    for (const written of ['\\\\fileserver\\scripts\\names.ps1', '//fileserver/scripts/names.ps1', '\\\\.\\pipe\\x', '\\\\?\\C:\\x.ps1', 'https://example.invalid/x.ps1', 'file://server/x.ps1', '~\\names.ps1', 'Env:\\names', 'HKLM:\\Software']) {
      assert.strictEqual(isSafeDotSourcePath(written), false, written);
    }
  });

  it('opens relative paths', () => {
    for (const written of ['.\\settings.ps1', 'settings.ps1', '..\\shared\\names.ps1', './names.ps1']) assert.strictEqual(isSafeDotSourcePath(written), true, written);
  });
});

describe('dot-sourced files: reading', () => {
  let folder: string;
  let script: string;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-lint-dot-'));
    script = path.join(folder, 'main.ps1');
    fs.writeFileSync(script, '. .\\settings.ps1\n');
    fs.writeFileSync(path.join(folder, 'settings.ps1'), '$adConnector = "contoso.com"\n');
    fs.writeFileSync(path.join(folder, 'utf16.ps1'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('$a = "b"\r\n', 'utf16le')]));
    fs.writeFileSync(path.join(folder, 'huge.ps1'), '#'.repeat(MAX_DOT_SOURCED_SIZE + 1));
    fs.mkdirSync(path.join(folder, 'folder.ps1'));
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('reads a file beside the script, written with backslashes, in any encoding PowerShell writes', () => {
    const read = createDotSourceReader(script);
    assert.strictEqual(read('.\\settings.ps1'), '$adConnector = "contoso.com"\n');
    assert.strictEqual(read('utf16.ps1'), '$a = "b"\r\n');
  });

  it('prefers the text open in the editor', () => {
    const read = createDotSourceReader(script, (absolute) => (absolute === path.join(folder, 'settings.ps1') ? '$adConnector = "unsaved.com"' : undefined));
    assert.strictEqual(read('.\\settings.ps1'), '$adConnector = "unsaved.com"');
  });

  it('gives nothing for a missing file, a folder, a huge file, the script itself or an unsafe path', () => {
    const read = createDotSourceReader(script);
    for (const written of ['.\\missing.ps1', '.\\folder.ps1', '.\\huge.ps1', '.\\main.ps1', '\\\\server\\share\\settings.ps1']) {
      assert.strictEqual(read(written), undefined, written);
    }
  });
});
