import * as assert from 'assert';
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import * as rpc from 'vscode-languageserver-protocol/node';

/**
 * `adsync-lint-server`, the bundled server as an editor other than VS Code starts it, driven by a
 * plain JSON-RPC client: no VS Code client library, no middleware. Needs `npm run build`.
 */
const ROOT = path.resolve(__dirname, '../../../..');
const SERVER_BIN = path.join(ROOT, 'bin', 'adsync-lint-server.js');
const SCRIPT_PATH = path.join(ROOT, 'test', 'integration', 'workspace', 'missing-force-full.ps1');
/** The placeholders break connector-name; the missing ForceFullPasswordSync lines break another rule. */
const SCRIPT = fs
  .readFileSync(SCRIPT_PATH, 'utf8')
  .replace('"contoso.com"', '"<CASE SENSITIVE AD CONNECTOR NAME>"')
  .replace('"contoso.onmicrosoft.com - AAD"', '"<CASE SENSITIVE AZURE AD CONNECTOR NAME>"');
const URI = pathToFileURL(SCRIPT_PATH).toString();

interface PlainClient {
  connection: rpc.ProtocolConnection;
  diagnostics: Promise<rpc.PublishDiagnosticsParams>;
  messages: string[];
  stop(): Promise<void>;
}

type Transport = 'stdio' | 'node-ipc' | 'socket';

/** Starts the server the way an editor does for each transport vscode-languageserver offers. */
async function connect(serverBin: string, transport: Transport): Promise<{ child: ChildProcess; reader: rpc.MessageReader; writer: rpc.MessageWriter }> {
  if (transport === 'stdio') {
    const child = spawn(process.execPath, [serverBin, '--stdio'], { stdio: 'pipe' });
    return { child, reader: new rpc.StreamMessageReader(child.stdout), writer: new rpc.StreamMessageWriter(child.stdin) };
  }
  if (transport === 'node-ipc') {
    const child = spawn(process.execPath, [serverBin, '--node-ipc'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    return { child, reader: new rpc.IPCMessageReader(child), writer: new rpc.IPCMessageWriter(child) };
  }
  // With --socket the editor listens and the server connects to it.
  const listener = net.createServer();
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const port = (listener.address() as net.AddressInfo).port;
  const accepted = new Promise<net.Socket>((resolve) => listener.once('connection', resolve));
  const child = spawn(process.execPath, [serverBin, `--socket=${port}`], { stdio: 'ignore' });
  const socket = await accepted;
  listener.close();
  return { child, reader: new rpc.SocketMessageReader(socket), writer: new rpc.SocketMessageWriter(socket) };
}

async function startPlainClient(
  capabilities: rpc.ClientCapabilities,
  initializationOptions: unknown,
  configurationAnswer?: unknown,
  serverBin = SERVER_BIN,
  transport: Transport = 'stdio',
): Promise<PlainClient> {
  assert.ok(fs.existsSync(path.join(ROOT, 'server', 'out', 'server.js')), 'server/out/server.js is missing: run `npm run build` first');
  const { child, reader, writer } = await connect(serverBin, transport);
  const connection = rpc.createProtocolConnection(reader, writer);
  const messages: string[] = [];
  connection.onNotification('window/showMessage', (params: rpc.ShowMessageParams) => void messages.push(params.message));
  connection.onNotification('window/logMessage', () => undefined);
  connection.onRequest('workspace/configuration', (params: rpc.ConfigurationParams) => params.items.map(() => configurationAnswer));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/showMessageRequest', () => null);
  const diagnostics = new Promise<rpc.PublishDiagnosticsParams>((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', (params: rpc.PublishDiagnosticsParams) => {
      if (params.uri === URI) resolve(params);
    });
  });
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions });
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'powershell', version: 1, text: SCRIPT } });
  return {
    connection,
    diagnostics,
    messages,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await exited;
      connection.dispose();
    },
  };
}

const rulesOf = (params: rpc.PublishDiagnosticsParams) => params.diagnostics.map((diagnostic) => diagnostic.code);

describe('adsync-lint-server (the server for any editor)', function () {
  this.timeout(20000);

  it('says which transport to choose when none is given, and exits 2', () => {
    const result = spawnSync(process.execPath, [SERVER_BIN], { encoding: 'utf8' });
    assert.strictEqual(result.status, 2);
    assert.match(result.stderr, /--stdio/);
  });

  it('says its usage and the missing transport in the language of LC_ALL, LC_MESSAGES or LANG', () => {
    const withLanguage = (args: string[], env: Record<string, string>) =>
      spawnSync(process.execPath, [SERVER_BIN, ...args], { encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '', ...env } });
    const dutch = withLanguage([], { LANG: 'nl_NL.UTF-8' });
    assert.strictEqual(dutch.status, 2);
    assert.match(dutch.stderr, /^adsync-lint-server: geef op hoe de editor met de server praat: --stdio, --node-ipc, --socket=<poort> of --pipe=<naam>\.\nGebruik: adsync-lint-server /);
    assert.match(withLanguage(['--help'], { LC_MESSAGES: 'nl_BE' }).stdout, /^Gebruik: adsync-lint-server .*\n\nStart de taalserver van adsync-lint\./);
    const english = withLanguage(['--help'], { LC_ALL: 'C', LANG: 'nl_NL.UTF-8' });
    assert.match(english.stdout, /^Usage: adsync-lint-server .*\n\nStarts the adsync-lint language server\./);
  });

  it('prints its version', () => {
    const result = spawnSync(process.execPath, [SERVER_BIN, '--version'], { encoding: 'utf8' });
    assert.strictEqual(result.stdout.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  for (const transport of ['node-ipc', 'socket'] as const) {
    it(`serves over --${transport} too`, async () => {
      const client = await startPlainClient({}, undefined, undefined, SERVER_BIN, transport);
      try {
        assert.ok(rulesOf(await client.diagnostics).includes('connector-name'));
      } finally {
        await client.stop();
      }
    });
  }

  it('takes its settings from initializationOptions when the client cannot be asked', async () => {
    const client = await startPlainClient({}, { adsyncLint: { rules: { 'connector-name': 'off' } } });
    try {
      const published = await client.diagnostics;
      assert.ok(rulesOf(published).includes('force-full-password-sync'), `got ${rulesOf(published).join(', ')}`);
      assert.ok(!rulesOf(published).includes('connector-name'), `connector-name was turned off, got ${rulesOf(published).join(', ')}`);
    } finally {
      await client.stop();
    }
  });

  it('uses the defaults when the client answers null to workspace/configuration', async () => {
    const client = await startPlainClient({ workspace: { configuration: true } }, undefined, null);
    try {
      assert.ok(rulesOf(await client.diagnostics).includes('connector-name'));
    } finally {
      await client.stop();
    }
  });

  it('gives a client that cannot open links the rule documentation address', async () => {
    const client = await startPlainClient({}, undefined);
    try {
      const published = await client.diagnostics;
      const first = published.diagnostics[0];
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: URI },
        range: first.range,
        context: { diagnostics: [first] },
      })) as rpc.CodeAction[];
      const docs = actions.find((action) => action.command?.command === 'adsyncLint.showRuleDocs');
      assert.ok(docs?.command, `no documentation action among: ${actions.map((action) => action.title).join('; ')}`);
      await client.connection.sendRequest('workspace/executeCommand', { command: docs.command.command, arguments: docs.command.arguments });
      const url = String(docs.command.arguments?.[0]);
      // The page installed with the server: no web address that might not exist.
      assert.match(url, /^file:\/\/.*\/docs\/rules\/[a-z-]+\.md$/);
      assert.ok(client.messages.some((message) => message.includes(url)), `no message with ${url}: ${client.messages.join(' | ')}`);
    } finally {
      await client.stop();
    }
  });
});

describe('the npm package (npm install -g adsync-lint)', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-lint-pack-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('holds both commands and their bundles, no sources, and the server runs from it alone', async () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    // The bundles are already built; prepare would only build them again.
    const packed = spawnSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(packed.status, 0, packed.stderr);
    const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = info.files.map((file) => file.path).sort();
    for (const needed of ['bin/adsync-lint.js', 'bin/adsync-lint-server.js', 'server/out/cli.js', 'server/out/lintWorker.js', 'server/out/server.js', 'package.json', 'README.md']) {
      assert.ok(files.includes(needed), `${needed} is not in the package: ${files.join(', ')}`);
    }
    assert.deepStrictEqual(files.filter((file) => file.endsWith('.ts') || file.endsWith('.map') || file.startsWith('test/')), []);
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; dependencies?: object };
    assert.deepStrictEqual(Object.keys(manifest.bin).sort(), ['adsync-lint', 'adsync-lint-server']);
    assert.strictEqual(manifest.dependencies, undefined, 'the bundles need no dependencies at run time');

    // Unpacked away from this checkout's node_modules, as an install has it.
    const extracted = spawnSync('tar', ['-xzf', path.join(dir, info.filename), '-C', dir]);
    assert.strictEqual(extracted.status, 0, String(extracted.stderr));
    const client = await startPlainClient({}, undefined, undefined, path.join(dir, 'package', 'bin', 'adsync-lint-server.js'));
    try {
      assert.ok(rulesOf(await client.diagnostics).includes('force-full-password-sync'));
    } finally {
      await client.stop();
    }
  });
});
