#!/usr/bin/env node
'use strict';
const cli = require('../server/out/cli.js');
// Set before any code is hot: see server/src/cli/v8Flags.ts.
require('node:v8').setFlagsFromString(cli.CLI_V8_FLAGS);
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
