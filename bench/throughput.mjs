// Throughput and scaling: our tokenizer, our full lint and tree-sitter-powershell's parse, in
// one process on the same texts, each the median of several runs after warm-up.
import { readFileSync } from 'node:fs';
import { mbPerSecond, timeMedian } from './stats.mjs';

/**
 * Warm-up is at least a second of runs (tree-sitter's 10 MB parse takes longer than that, so it
 * gets its one warm-up run). The 10 MB median is of nine runs, the 1 MB one of fifteen: with five
 * and nine, the 10 MB / 1 MB ratio of one build moved between 9.7 and 11.1 from one benchmark to
 * the next on this machine (a collection landing in a run or not), more than the changes it was
 * meant to judge. Tree-sitter's runs are as many as ours, and its 10 MB parse takes six seconds.
 */
const RUNS = { '100 KB': { warmup: 5, runs: 15 }, '1 MB': { warmup: 3, runs: 15 }, '10 MB': { warmup: 1, runs: 9 } };

/**
 * Ours are measured for every size first, then tree-sitter's: the trees a parse leaves behind
 * hold native memory until the collector finalizes them, and timing our runs among them made
 * ours pay for collecting tree-sitter's garbage.
 */
export function measureThroughput(files, engine, treeSitter, log) {
  const texts = Object.entries(files).map(([label, path]) => ({ label, text: readFileSync(path, 'utf8'), plan: RUNS[label] ?? { warmup: 2, runs: 5 } }));
  const ours = texts.map(({ label, text, plan }) => {
    log(`throughput: ${label} (${Buffer.byteLength(text)} bytes), ours ...`);
    const tokenize = timeMedian(() => engine.tokenize(text), plan);
    const lint = timeMedian(() => engine.lintText(text), plan);
    return { tokenize, lint, problems: engine.lintText(text).problems.length };
  });
  const results = {};
  texts.forEach(({ label, text, plan }, index) => {
    log(`throughput: ${label}, tree-sitter ...`);
    const parse = timeMedian(() => treeSitter.parse(text), plan);
    const { tokenize, lint, problems } = ours[index];
    const bytes = Buffer.byteLength(text);
    results[label] = {
      bytes,
      lines: text.split('\n').length,
      problems,
      treeSitterHasErrors: treeSitter.parse(text).rootNode.hasError,
      tokenizeMs: tokenize.medianMs,
      lintMs: lint.medianMs,
      treeSitterMs: parse.medianMs,
      tokenizeMBs: mbPerSecond(bytes, tokenize.medianMs),
      lintMBs: mbPerSecond(bytes, lint.medianMs),
      treeSitterMBs: mbPerSecond(bytes, parse.medianMs),
      // Above 1 means our full lint is faster than tree-sitter's parse alone.
      lintVsTreeSitter: parse.medianMs / lint.medianMs,
      runs: { tokenizeMs: tokenize.runsMs, lintMs: lint.runsMs, treeSitterMs: parse.runsMs },
      // The first warm-up run of each, in a process that has run nothing of it before at this size.
      firstRunMs: { tokenize: tokenize.firstMs, lint: lint.firstMs, treeSitter: parse.firstMs },
    };
  });
  return results;
}
