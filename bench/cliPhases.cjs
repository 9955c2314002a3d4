// Run as its own process by bench/cliProcess.mjs: where one CLI run's time goes, phase by phase,
// in a process that has done nothing before (so the first lint pass is as cold as the CLI's).
// Uses the TypeScript build output, module by module, in the order the CLI runs them; prints JSON.
'use strict';
const { join } = require('node:path');

const startedAt = performance.now(); // time since this process started: Node's own start-up
const [repoRoot, corpusDir] = process.argv.slice(2);
const out = join(repoRoot, 'out', 'server', 'src');
const phases = { processStartMs: startedAt };
/** Wall and CPU time (all of the process's threads, the JIT's included) of each phase. */
const time = (name, fn) => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = fn();
  phases[name] = performance.now() - start;
  const used = process.cpuUsage(cpu);
  phases[name.replace(/Ms$/, 'CpuMs')] = (used.user + used.system) / 1000;
  return value;
};

const cli = time('moduleLoadMs', () => require(join(repoRoot, 'server', 'out', 'cli.js')));
// As bin/adsync-lint.js does, so that the phases are those of a real run.
require('node:v8').setFlagsFromString(cli.CLI_V8_FLAGS);
const { discoverFiles } = require(join(out, 'cli', 'discover.js'));
const { decodeScript } = require(join(out, 'io', 'textEncoding.js'));
const { lintText } = require(join(out, 'engine', 'lint.js'));
const { defaultOptions } = require(join(out, 'shared', 'options.js'));
const { toDiagnostics } = require(join(out, 'cli', 'results.js'));
const { formatStylish } = require(join(out, 'cli', 'formatters', 'stylish.js'));
const { createPaint } = require(join(out, 'cli', 'formatters', 'colors.js'));
const fs = require('node:fs');

const options = defaultOptions();
const files = time('discoverMs', () => discoverFiles([corpusDir], process.cwd()).files);
const texts = time('readMs', () => files.map((file) => decodeScript(fs.readFileSync(file.absolute)).text));
const linted = time('firstLintMs', () => texts.map((text) => lintText(text, options)));
const results = time('positionsMs', () => linted.map((result, i) => ({ file: files[i].display, absolute: files[i].absolute, diagnostics: toDiagnostics(texts[i], result.problems) })));
const output = time('formatMs', () => formatStylish(results, createPaint(false)));
time('secondLintMs', () => texts.map((text) => lintText(text, options)));
phases.files = files.length;
phases.outputBytes = Buffer.byteLength(output);
process.stdout.write(JSON.stringify(phases));
