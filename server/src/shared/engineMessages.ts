import type { Localized } from './locale';

/** What the engine itself says: files it did not lint, and bad options (settings or a connectors file). */
export const engineMessages = {
  tooLarge: {
    en: 'adsync-lint did not check this file: it is {{size}}, over the {{limit}} limit. Raise "adsyncLint.maxFileSize" (or --max-file-size) to check it.',
    nl: 'adsync-lint heeft dit bestand niet gecontroleerd: het is {{size}}, groter dan de limiet van {{limit}}. Verhoog "adsyncLint.maxFileSize" (of --max-file-size) om het te laten controleren.',
  },
  binary: {
    en: 'adsync-lint did not check this file: it holds NUL bytes, so it looks binary rather than a PowerShell script.',
    nl: 'adsync-lint heeft dit bestand niet gecontroleerd: het bevat NUL-bytes en lijkt dus een binair bestand, geen PowerShell-script.',
  },
  optionsNotObject: {
    en: 'The adsync-lint settings should be an object; defaults are used.',
    nl: 'De instellingen van adsync-lint moeten een object zijn; de standaardwaarden worden gebruikt.',
  },
  rulesNotObject: {
    en: '"rules" should map rule ids to "off", "information", "warning" or "error"; it was ignored.',
    nl: '"rules" moet regel-id\'s koppelen aan "off", "information", "warning" of "error"; de waarde is genegeerd.',
  },
  unknownRule: {
    en: '"rules" names an unknown rule "{{id}}"; known rules: {{known}}.',
    nl: '"rules" noemt een onbekende regel "{{id}}"; bekende regels: {{known}}.',
  },
  badRuleLevel: {
    en: '"rules.{{id}}" should be "off", "information", "warning" or "error", not {{value}}.',
    nl: '"rules.{{id}}" moet "off", "information", "warning" of "error" zijn, niet {{value}}.',
  },
  connectorsNotObject: {
    en: '"connectors" should be an object like { "ad": ["contoso.com"], "azureAd": ["contoso.onmicrosoft.com - AAD"] }; it was ignored.',
    nl: '"connectors" moet een object zijn zoals { "ad": ["contoso.com"], "azureAd": ["contoso.onmicrosoft.com - AAD"] }; de waarde is genegeerd.',
  },
  namesNotList: {
    en: '{{where}} should be a list of connector names; it was ignored.',
    nl: '{{where}} moet een lijst met connectornamen zijn; de waarde is genegeerd.',
  },
  notAConnectorName: {
    en: '{{where}} holds a value that is not a connector name ({{value}}); it was ignored.',
    nl: '{{where}} bevat een waarde die geen connectornaam is ({{value}}); die is genegeerd.',
  },
  badMaxFileSize: {
    en: '"maxFileSize" should be a positive number of bytes, not {{value}}; {{default}} is used.',
    nl: '"maxFileSize" moet een positief aantal bytes zijn, niet {{value}}; {{default}} wordt gebruikt.',
  },
} satisfies Record<string, Localized>;
