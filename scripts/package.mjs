#!/usr/bin/env node
// `npm run package`: builds adsync-lint.vsix with a README made for VS Code's details page.
// That page shows images only from https: or data: addresses, and the project has no web home,
// so the screenshot goes into the packaged README as a data: URI (the page then works offline).
// Links to files in this repository mean nothing on that page: they become plain text there
// (the rule pages open from the diagnostics and with "Show documentation" instead).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'out', 'package');
const readmeOut = path.join(outDir, 'README.md');

/** The README for the package: repository images inlined, repository links reduced to their text. */
export function packagedReadme(markdown, readFile) {
  return markdown.replace(/(!?)\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, bang, text, target) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return whole;
    if (bang) {
      if (!target.endsWith('.png')) throw new Error(`Only PNG images can be inlined, not ${target}`);
      return `![${text}](data:image/png;base64,${readFile(target).toString('base64')})`;
    }
    return text;
  });
}

function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const readme = packagedReadme(fs.readFileSync(path.join(root, 'README.md'), 'utf8'), (relative) => fs.readFileSync(path.join(root, relative)));
  fs.writeFileSync(readmeOut, readme);
  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  // No repository to name: nothing links to a page that does not exist, and links stay as written.
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--readme-path', path.relative(root, readmeOut), '--out', 'adsync-lint.vsix'], {
    cwd: root,
    stdio: 'inherit',
  });
}

main();
