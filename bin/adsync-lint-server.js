#!/usr/bin/env node
'use strict';
// Starts the adsync-lint language server for any LSP client (Neovim, Emacs, Helix, Sublime Text…).
// The transport options are the ones every vscode-languageserver server reads from its arguments.

const MESSAGES = {
  usage: [
    'Usage: adsync-lint-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>',
    '',
    'Starts the adsync-lint language server. Editors start it themselves; most want --stdio.',
    'Settings come from workspace/configuration (section "adsyncLint") or from the',
    'initializationOptions { "adsyncLint": { ... } }.',
    '',
  ].join('\n'),
  noTransport: 'adsync-lint-server: say how the editor talks to the server: --stdio, --node-ipc, --socket=<port> or --pipe=<name>.\n',
};

const args = process.argv.slice(2);
const hasTransport = args.some((arg) => arg === '--stdio' || arg === '--node-ipc' || arg.startsWith('--socket=') || arg.startsWith('--pipe='));

if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(MESSAGES.usage);
} else if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${require('../package.json').version}\n`);
} else if (!hasTransport) {
  process.stderr.write(MESSAGES.noTransport + MESSAGES.usage);
  process.exitCode = 2;
} else {
  require('../server/out/server.js');
}
