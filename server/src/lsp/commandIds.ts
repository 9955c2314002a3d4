/** Command ids the server handles through `workspace/executeCommand`; the manifest contributes some to the palette. */
export const CommandIds = {
  applyFixAll: 'adsyncLint.applyFixAll',
  insertScript: 'adsyncLint.insertScript',
  insertScriptForEveryForest: 'adsyncLint.insertScriptForEveryForest',
  showRuleDocs: 'adsyncLint.showRuleDocs',
} as const;

export const serverCommandIds: readonly string[] = Object.values(CommandIds);

/** Our own sub-kind, so `editor.codeActionsOnSave` can ask for adsync-lint fixes alone. */
export const FIX_ALL_KIND = 'source.fixAll.adsync-lint';

export const DIAGNOSTIC_SOURCE = 'adsync-lint';
