#!/usr/bin/env node
'use strict';
// Starts the adsync-lint language server for any LSP client (Neovim, Emacs, Helix, Sublime Text…).
// The transport options are the ones every vscode-languageserver server reads from its arguments.

/** This file's texts, in English and Dutch (the language server itself takes its language from the editor). */
const MESSAGES = {
  en: {
    usage: [
      'Usage: adsync-lint-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>',
      '',
      'Starts the adsync-lint language server. Editors start it themselves; most want --stdio.',
      'Settings come from workspace/configuration (section "adsyncLint") or from the',
      'initializationOptions { "adsyncLint": { ... } }.',
      '',
    ].join('\n'),
    noTransport: 'adsync-lint-server: say how the editor talks to the server: --stdio, --node-ipc, --socket=<port> or --pipe=<name>.\n',
  },
  nl: {
    usage: [
      'Gebruik: adsync-lint-server --stdio | --node-ipc | --socket=<poort> | --pipe=<naam>',
      '',
      'Start de taalserver van adsync-lint. Editors starten die zelf; de meeste willen --stdio.',
      'Instellingen komen uit workspace/configuration (sectie "adsyncLint") of uit de',
      'initializationOptions { "adsyncLint": { ... } }.',
      '',
    ].join('\n'),
    noTransport: 'adsync-lint-server: geef op hoe de editor met de server praat: --stdio, --node-ipc, --socket=<poort> of --pipe=<naam>.\n',
  },
};

/** As the adsync-lint command decides: the first of LC_ALL, LC_MESSAGES and LANG that is set, else the system's language. */
function locale(env) {
  const set = ['LC_ALL', 'LC_MESSAGES', 'LANG'].map((name) => env[name]).find((value) => value !== undefined && value !== '');
  let tag = set;
  if (tag === undefined) {
    try {
      tag = Intl.DateTimeFormat().resolvedOptions().locale;
    } catch {
      tag = '';
    }
  }
  return String(tag).trim().toLowerCase().split(/[-_.@]/, 1)[0] === 'nl' ? 'nl' : 'en';
}

const args = process.argv.slice(2);
const say = MESSAGES[locale(process.env)];
const hasTransport = args.some((arg) => arg === '--stdio' || arg === '--node-ipc' || arg.startsWith('--socket=') || arg.startsWith('--pipe='));

if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(say.usage);
} else if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${require('../package.json').version}\n`);
} else if (!hasTransport) {
  process.stderr.write(say.noTransport + say.usage);
  process.exitCode = 2;
} else {
  require('../server/out/server.js');
}
