import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditors, extensionPath, hasCode, openUntitled, sleep, waitForDiagnostics } from './helpers';

/**
 * The editor keeps working when the language server dies: the client restarts it, and the open
 * script is linted again. The server is a child node process of the extension host running
 * server/out/server.js with --node-ipc; the test finds it through /proc (Linux, where the host
 * runs) and kills it the way a crash or an out-of-memory kill would.
 */

const TOGGLE = 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector "contoso.com" -TargetConnector "contoso.onmicrosoft.com - AAD" -Enable ';
const REVERSED = `${TOGGLE}$true\n${TOGGLE}$false\n`;

function serverPids(): number[] {
  const serverScript = path.join(extensionPath(), 'server', 'out', 'server.js');
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // The process ended while we looked, or is not ours to read.
    }
    if (args.includes(serverScript) && args.some((arg) => arg.startsWith('--node-ipc'))) pids.push(Number(entry));
  }
  return pids;
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(200);
  }
}

describe('language server restart', function () {
  this.timeout(90_000);
  afterEach(closeAllEditors);

  it('publishes diagnostics again after the server process is killed', async () => {
    const editor = await openUntitled(REVERSED);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, hasCode('password-sync-toggle'));

    const [pid] = await waitFor('the language server process', () => {
      const pids = serverPids();
      return pids.length === 1 ? pids : undefined;
    });
    process.kill(pid, 'SIGKILL');
    await waitFor(`server process ${pid} to end`, () => (serverPids().includes(pid) ? undefined : true));

    const restarted = await waitFor('a restarted language server', () => {
      const pids = serverPids().filter((p) => p !== pid);
      return pids.length > 0 ? pids[0] : undefined;
    });
    assert.notStrictEqual(restarted, pid);

    // The restarted server lints the open document when it is synced again; an edit makes
    // sure a fresh version is linted, so stale diagnostics cannot pass the test.
    const edited = await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), '# edited after the restart\n'));
    assert.ok(edited, 'the edit was not applied');
    const diagnostics = await waitForDiagnostics(uri, (found) => found.some((d) => d.code !== undefined && d.range.start.line === 2 && hasCode('password-sync-toggle')([d])));
    assert.ok(diagnostics.length > 0);
  });
});
