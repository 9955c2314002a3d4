import type { Localized } from '../shared/locale';

/** Everything the language server says on its own: action titles, hovers, completions, notifications. */
export const lspMessages = {
  insertScript: { en: 'Insert the AD Connect password sync script', nl: 'Het script voor wachtwoordsynchronisatie van AD Connect invoegen' },
  fixAll: { en: 'Fix all auto-fixable problems', nl: 'Alle automatisch herstelbare problemen oplossen' },
  fixAllOfRule: { en: 'Fix all {{rule}} problems', nl: 'Alle problemen van {{rule}} oplossen' },
  disableForLine: { en: 'Disable {{rule}} for this line', nl: '{{rule}} uitschakelen voor deze regel' },
  disableForFile: { en: 'Disable {{rule}} for this file', nl: '{{rule}} uitschakelen voor dit bestand' },
  showDocs: { en: 'Show documentation for {{rule}}', nl: 'Documentatie voor {{rule}} weergeven' },
  openScriptFirst: { en: 'AD Sync Lint: open a PowerShell script first.', nl: 'AD Sync Lint: open eerst een PowerShell-script.' },
  nothingToFix: { en: 'AD Sync Lint: nothing to fix automatically.', nl: 'AD Sync Lint: er is niets automatisch op te lossen.' },
  docsAt: { en: 'AD Sync Lint: the rule documentation is at {{url}}', nl: 'AD Sync Lint: de documentatie van de regel staat in {{url}}' },
  insertMultiForestLabel: { en: 'Insert the password sync script for every forest', nl: 'Het script voor wachtwoordsynchronisatie voor elke forest invoegen' },
  badConnectorSource: {
    en: '"adsyncLint.connectorSource" should be a path, not {{value}}; the workspace is searched instead.',
    nl: '"adsyncLint.connectorSource" moet een pad zijn, niet {{value}}; in plaats daarvan wordt de werkruimte doorzocht.',
  },
  insertScriptLabel: { en: 'Insert password sync script', nl: 'Script voor wachtwoordsynchronisatie invoegen' },
  moreWarnings: {
    en: '{{first}} (and {{count}} more; see the "AD Sync Lint" output)',
    nl: '{{first}} (en nog {{count}}; zie de uitvoer van "AD Sync Lint")',
  },
  settingPrefix: { en: 'adsyncLint: {{warning}}', nl: 'adsyncLint: {{warning}}' },
  badEnable: {
    en: '"adsyncLint.enable" should be true or false, not {{value}}; true is used.',
    nl: '"adsyncLint.enable" moet true of false zijn, niet {{value}}; true wordt gebruikt.',
  },
  badRun: {
    en: '"adsyncLint.run" should be "onType" or "onSave", not {{value}}; "onType" is used.',
    nl: '"adsyncLint.run" moet "onType" of "onSave" zijn, niet {{value}}; "onType" wordt gebruikt.',
  },
  badLanguage: {
    en: '"adsyncLint.language" should be "auto", "en" or "nl", not {{value}}; "auto" is used.',
    nl: '"adsyncLint.language" moet "auto", "en" of "nl" zijn, niet {{value}}; "auto" wordt gebruikt.',
  },
  completionAd: { en: 'AD connector', nl: 'AD-connector' },
  completionAzureAd: { en: 'Azure AD connector', nl: 'Azure AD-connector' },
  hoverRuleLink: { en: 'adsync-lint: {{rule}}', nl: 'adsync-lint: {{rule}}' },
  editNotApplied: { en: '{{label}} was not applied to {{uri}}: {{reason}}', nl: '{{label}} is niet toegepast op {{uri}}: {{reason}}' },
  documentChanged: { en: 'the document changed', nl: 'het document is gewijzigd' },
  settingsUnreadable: {
    en: 'Could not read the adsyncLint settings for {{uri}}: {{error}}',
    nl: 'Kan de instellingen van adsyncLint voor {{uri}} niet lezen: {{error}}',
  },
  ruleFailed: {
    en: 'Rule "{{rule}}" failed on {{uri}} (version {{version}}): {{error}}',
    nl: 'Regel "{{rule}}" is mislukt op {{uri}} (versie {{version}}): {{error}}',
  },
} satisfies Record<string, Localized>;
