// Drives the bundled language server over stdio the way an editor does: initialize, answer its
// settings requests with defaults, open a script, type into it, and open the whole corpus.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { percentile } from './stats.mjs';

const EDITS = 200;
/** Files in flight at once while the corpus is opened and closed. */
const BATCH = 250;

function readStatus(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMB: kb('VmRSS') / 1024, hwmMB: kb('VmHWM') / 1024 };
}

/** Single-character edits alternating insert and delete, so the script stays the same size and shape. */
function plannedEdits(lineCount, rng) {
  const edits = [];
  for (let i = 0; i < EDITS / 2; i++) {
    const line = rng.int(0, lineCount - 1);
    edits.push({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: ' ' });
    edits.push({ range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' });
  }
  return edits;
}

/**
 * The server reports no timing of its own, so the texts it linted are linted again here, in
 * process: once in order (the first pass, with whatever JIT warm-up is left), then, after at
 * least a second of warm-up, each once more (the steady state of a server that has been open a
 * while).
 */
function measureCompute(engine, texts) {
  const first = texts.map((text) => timeOnce(() => engine.lintText(text)));
  const warmupStart = performance.now();
  while (performance.now() - warmupStart < 1000) for (const text of texts) engine.lintText(text);
  const steady = texts.map((text) => timeOnce(() => engine.lintText(text)));
  return { firstP50Ms: percentile(first, 50), p50Ms: percentile(steady, 50), p95Ms: percentile(steady, 95) };
}

function timeOnce(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export async function measureLanguageServer({ repoRoot, editScriptPath, manyFiles, engine, rng, log }) {
  const require = createRequire(join(repoRoot, 'package.json'));
  const rpc = require('vscode-languageserver-protocol/node');
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const { LINT_DEBOUNCE_MS } = require(join(repoRoot, 'out', 'server', 'src', 'lsp', 'lintScheduler.js'));

  // The same Node options the extension's client starts the server with.
  const { SERVER_EXEC_ARGV } = require(join(repoRoot, 'out', 'client', 'src', 'serverRuntime.js'));
  const server = spawn(process.execPath, [...SERVER_EXEC_ARGV, join(repoRoot, 'server', 'out', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));

  // Each `workspace/configuration` item gets an empty section: the server falls back to defaults.
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('window/logMessage', () => {});
  connection.onNotification('window/showMessage', () => {});

  const waiters = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const waiter = waiters.get(params.uri);
    if (waiter && (waiter.version === undefined || params.version === waiter.version)) {
      waiters.delete(params.uri);
      waiter.resolve(performance.now());
    }
  });
  const diagnosticsFor = (uri, version) => new Promise((resolve) => waiters.set(uri, { version, resolve }));
  connection.listen();

  try {
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await connection.sendNotification('initialized', {});

    // Typing into one 500-line script, waiting for each lint before the next keystroke so the
    // debounce never merges two edits.
    const text = readFileSync(editScriptPath, 'utf8');
    const uri = pathToFileURL(editScriptPath).href;
    let document = TextDocument.create(uri, 'powershell', 1, text);
    const opened = diagnosticsFor(uri, 1);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'powershell', version: 1, text } });
    await opened;

    log(`lsp: ${EDITS} single-character edits (debounce ${LINT_DEBOUNCE_MS} ms each) ...`);
    const latencies = [];
    const editedTexts = [];
    for (const edit of plannedEdits(document.lineCount, rng)) {
      const version = document.version + 1;
      document = TextDocument.update(document, [edit], version);
      const published = diagnosticsFor(uri, version);
      const sent = performance.now();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [edit] });
      latencies.push((await published) - sent);
      editedTexts.push(document.getText());
    }
    const compute = measureCompute(engine, editedTexts);
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });

    // The whole corpus, as an editor going through a workspace would: open, wait for the
    // diagnostics, close. Each open waits out the debounce, so files go in batches.
    log(`lsp: opening, linting and closing ${manyFiles.length} files, ${BATCH} at a time ...`);
    const before = readStatus(server.pid);
    for (let i = 0; i < manyFiles.length; i += BATCH) {
      const batch = manyFiles.slice(i, i + BATCH).map((path) => pathToFileURL(path).href);
      const done = batch.map((fileUri) => diagnosticsFor(fileUri, 1));
      for (const [j, fileUri] of batch.entries()) {
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri, languageId: 'powershell', version: 1, text: readFileSync(manyFiles[i + j], 'utf8') } });
      }
      await Promise.all(done);
      for (const fileUri of batch) await connection.sendNotification('textDocument/didClose', { textDocument: { uri: fileUri } });
    }
    const afterOpenClose = readStatus(server.pid);

    // Then all of them open at once, as a workspace-wide editor session would hold them.
    log(`lsp: opening all ${manyFiles.length} files and keeping them open ...`);
    let textBytes = 0;
    const pending = [];
    for (const path of manyFiles) {
      const fileUri = pathToFileURL(path).href;
      const fileText = readFileSync(path, 'utf8');
      textBytes += Buffer.byteLength(fileText);
      pending.push(diagnosticsFor(fileUri, 1));
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri, languageId: 'powershell', version: 1, text: fileText } });
    }
    await Promise.all(pending);
    const allOpen = readStatus(server.pid);

    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    return {
      serverExecArgv: SERVER_EXEC_ARGV,
      debounceMs: LINT_DEBOUNCE_MS,
      edits: EDITS,
      scriptLines: document.lineCount,
      latencyP50Ms: percentile(latencies, 50),
      latencyP95Ms: percentile(latencies, 95),
      computeFirstP50Ms: compute.firstP50Ms,
      computeP50Ms: compute.p50Ms,
      computeP95Ms: compute.p95Ms,
      rssBeforeCorpusMB: before.rssMB,
      rssAfterOpenCloseMB: afterOpenClose.rssMB,
      hwmAfterOpenCloseMB: afterOpenClose.hwmMB,
      rssAllOpenMB: allOpen.rssMB,
      hwmAllOpenMB: allOpen.hwmMB,
      allOpenTextMB: textBytes / 1024 / 1024,
    };
  } finally {
    connection.dispose();
    server.kill();
  }
}
