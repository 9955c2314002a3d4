// VS Code ships no Dutch language pack, and `--locale nl` alone leaves the display language at
// English: the server takes a locale only from a language pack that an installed extension
// contributes, found through languagepacks.json in the user data folder. This writes a test-only
// pack (the workbench stays English; extensions' package.nls.nl.json and l10n bundles apply) and
// that file, so that a run can start VS Code in Dutch.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const publisher = 'adsync-lint-test';
const name = 'dutch-language-pack';
const version = '1.0.0';

/**
 * @param {{ extensionsDir: string, userDataDir: string }} dirs
 */
export function installDutchLanguagePack({ extensionsDir, userDataDir }) {
  const folderName = `${publisher}.${name}-${version}`;
  const folder = path.join(extensionsDir, folderName);
  fs.mkdirSync(path.join(folder, 'translations'), { recursive: true });
  const manifest = {
    name,
    publisher,
    version,
    displayName: 'Dutch language pack (adsync-lint tests only)',
    engines: { vscode: '^1.100.0' },
    categories: ['Language Packs'],
    contributes: {
      localizations: [
        { languageId: 'nl', languageName: 'Dutch', localizedLanguageName: 'Nederlands', translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] },
      ],
    },
  };
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  const translations = path.join(folder, 'translations', 'main.i18n.json');
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }) + '\n');

  // The extensions folder's own list of what is installed, as `--install-extension` writes it.
  const installed = [
    {
      identifier: { id: `${publisher}.${name}` },
      version,
      location: { $mid: 1, path: folder.split(path.sep).join('/'), scheme: 'file' },
      relativeLocation: folderName,
      metadata: { installedTimestamp: Date.now(), source: 'vsix' },
    },
  ];
  fs.writeFileSync(path.join(extensionsDir, 'extensions.json'), JSON.stringify(installed) + '\n');

  const languagePacks = {
    nl: {
      hash: crypto.createHash('md5').update(`${publisher}.${name}@${version}`).digest('hex'),
      extensions: [{ extensionIdentifier: { id: `${publisher}.${name}` }, version }],
      translations: { vscode: translations },
      label: 'Nederlands',
    },
  };
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(languagePacks, null, 2) + '\n');
}
