#!/usr/bin/env node
'use strict';
// Every thread of a CLI run warms V8's optimizing compiler up from nothing: over 10,000 small
// scripts, about a third of the run's CPU time. Inlining less cuts the run's CPU time by about a
// seventh, with no loss once the code is warm (docs/performance.md). Set before any code is hot;
// worker threads share V8's flags.
require('node:v8').setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
require('../server/out/cli.js').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
