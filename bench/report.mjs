// Turns a results object into the Markdown tables that are printed and copied into docs/performance.md.
const f = (value, digits = 1) => (value === undefined || value === null || Number.isNaN(value) ? 'n/a' : value.toFixed(digits));
const kb = (bytes) => (bytes === undefined || bytes === null ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`);

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function renderReport(results, checks) {
  const parts = [];
  const m = results.machine;
  parts.push(`Machine: ${m.cpus} x ${m.cpuModel}, ${f(m.memoryGB, 0)} GB memory, Node ${m.node}, ${m.platform}; ${results.date}; corpus seed ${results.corpus.seed}.`);

  const t = results.throughput;
  if (t) {
    parts.push(
      `Throughput (median of several runs after at least 1 s of warm-up; tree-sitter ${results.treeSitterVersions['tree-sitter']}, tree-sitter-powershell ${results.treeSitterVersions['tree-sitter-powershell']}):\n\n` +
        table(
          ['text', 'size', 'tokenize ms', 'tokenize MB/s', 'full lint ms', 'full lint MB/s', 'tree-sitter ms', 'tree-sitter MB/s', 'ours / tree-sitter (speed)'],
          Object.entries(t).map(([label, r]) => [label, kb(r.bytes), f(r.tokenizeMs), f(r.tokenizeMBs), f(r.lintMs), f(r.lintMBs), f(r.treeSitterMs), f(r.treeSitterMBs), `${f(r.lintVsTreeSitter, 2)}x`]),
        ),
    );
    if (t['10 MB'] && t['1 MB']) parts.push(`Scaling: 10 MB / 1 MB full-lint time = ${f(t['10 MB'].lintMs / t['1 MB'].lintMs, 2)} (10 is linear).`);
  }

  const c = results.cli;
  if (c) parts.push(c.error ? `CLI: ${c.error}` : `CLI over ${results.corpus.files} files (${f(results.corpus.manyBytes / 1024 / 1024)} MB): ${f(c.wallS, 2)} s wall, ${f(c.maxRssMB)} MB peak RSS (median of ${c.samples.length} runs).`);

  const cc = results.cliCorpora;
  if (cc) {
    const load = (values) => values.map((v) => v.toFixed(2)).join(' / ');
    const rows = Object.entries(cc.corpora).map(([label, r]) => [
      label,
      String(r.files),
      f(r.bytes / 1024 / 1024),
      r.one.error ? r.one.error : `${f(r.one.wallS, 2)} (${f(r.one.cpuS, 2)} CPU)`,
      !r.two ? '' : r.two.error ? r.two.error : `${f(r.two.wallS, 2)} (${f(r.two.cpuS, 2)} CPU)`,
      `${f(r.twoSpeedup, 2)}x`,
      r.twoSpeedupCeiling === undefined ? '' : `${f(r.twoSpeedupCeiling, 2)}x`,
      r.auto.error ? r.auto.error : `${f(r.auto.wallS, 2)} (${f(r.auto.cpuS, 2)} CPU)`,
      !r.oneCore ? '' : r.oneCore.error ? r.oneCore.error : `${f(r.oneCore.wallS, 2)} (${f(r.coresSpeedup, 2)}x)`,
      f(r.treeSitterMs / 1000, 2),
      `${f(r.autoVsTreeSitter, 1)}x`,
      `${f(r.treeSitterCpuMs / 1000, 2)} / ${f(r.one.cpuS, 2)} = ${f(r.oneCpuVsTreeSitter, 1)}x`,
    ]);
    parts.push(
      `Whole-process CLI (\`adsync-lint --no-color <corpus>\`, output discarded; median of 3 runs; ${cc.cores} cores; load average (1/5/15 min) ${load(cc.loadAverage)} before, ${load(cc.loadAverageAfter)} after: other work on the machine slows every figure):\n\n` +
        table(['corpus', 'files', 'MB', '--concurrency 1: s wall', '--concurrency 2: s wall', '2 vs 1', '2 vs 1 at best', 'auto: s wall', 'auto on one core: s wall (all cores vs one)', 'tree-sitter parse s', 'CLI auto vs tree-sitter (speed)', 'CPU s: tree-sitter / CLI on 1 thread'], rows),
    );
    const phaseRows = Object.entries(cc.corpora).map(([label, r]) => {
      const p = r.phases;
      return [label, f(cc.bareNodeMs), f(p.processStartMs), f(p.moduleLoadMs), f(p.discoverMs), f(p.readMs), f(p.firstLintMs), f(p.secondLintMs), f(p.positionsMs), f(p.formatMs)];
    });
    parts.push(
      'Where one CLI run on one thread goes, ms (`bench/cliPhases.cjs`, a fresh process per corpus; "warm lint" is a second pass, for comparison):\n\n' +
        table(['corpus', 'bare node start', 'node start here', 'module load', 'discover', 'read + decode', 'first lint', 'warm lint', 'line/column', 'format'], phaseRows),
    );
  }

  const l = results.lsp;
  if (l) {
    parts.push(
      l.error
        ? `Language server: ${l.error}`
        : `Language server (stdio, debounce ${l.debounceMs} ms, started as the extension starts it: node ${[...(l.serverExecArgv ?? []), 'server.js'].join(' ')}):\n\n` +
            table(
              ['measure', 'value'],
              [
                [`didChange -> publishDiagnostics, ${l.edits} edits of a ${l.scriptLines}-line script, p50 / p95`, `${f(l.latencyP50Ms)} / ${f(l.latencyP95Ms)} ms`],
                ['lint compute on the same texts (in-process lintText), steady state p50 / p95', `${f(l.computeP50Ms, 3)} / ${f(l.computeP95Ms, 3)} ms`],
                ['lint compute on the same texts, first pass p50', `${f(l.computeFirstP50Ms, 3)} ms`],
                ['RSS before the corpus', `${f(l.rssBeforeCorpusMB)} MB`],
                [`RSS after opening, linting and closing ${results.corpus.files} files (peak)`, `${f(l.rssAfterOpenCloseMB)} MB (${f(l.hwmAfterOpenCloseMB)} MB)`],
                [`RSS with all ${results.corpus.files} files open, ${f(l.allOpenTextMB)} MB of text (peak)`, `${f(l.rssAllOpenMB)} MB (${f(l.hwmAllOpenMB)} MB)`],
              ],
            ),
    );
  }

  const p = results.package;
  if (p) {
    const bundles = Object.entries(p.bundleBytes).map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ');
    parts.push(p.error ? `Package: ${p.error}; bundles: ${bundles}.` : `Package: .vsix ${kb(p.vsixBytes)}${p.vsixFiles ? ` (${p.vsixFiles} files)` : ''}; bundles: ${bundles}.`);
  }

  const s = results.connectorSource;
  if (s) {
    parts.push(
      s.error
        ? `Connector source: ${s.error}`
        : `Connector source: reading a server configuration export whose AD connector file is ${f(s.adFileBytes / 1024 / 1024, 2)} MB takes ${f(s.medianMs, 2)} ms (median of 15 after warm-up; the first read, cold, ${f(s.firstMs, 2)} ms).`,
    );
  }

  parts.push('Targets:\n\n' + table(['target', 'result', 'measured'], checks.map((check) => [check.name, check.status, check.detail])));
  return parts.join('\n\n') + '\n';
}
