/**
 * V8 flags the `adsync-lint` process sets for itself before it lints. Every thread of a CLI run
 * warms V8's optimizing compiler up from nothing: over 10,000 small scripts, about a third of the
 * run's CPU time. Inlining less cuts the run's CPU time by about a seventh, with no loss once the
 * code is warm (docs/performance.md). Worker threads share V8's flags. The language server runs
 * long enough for its warm-up not to matter, so it keeps V8's defaults.
 */
export const CLI_V8_FLAGS = '--max-inlined-bytecode-size-cumulative=200';
