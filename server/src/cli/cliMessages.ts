import type { Localized } from '../shared/locale';

/** Everything the `adsync-lint` command says about itself, its options, files and results. */
export const cliMessages = {
  help: {
    en: `adsync-lint {{version}}
Lints the Azure AD Connect PowerShell scripts that enable password hash sync.

Usage: adsync-lint [options] <files|dirs|globs...>
       adsync-lint --explain <rule>

Directories are searched recursively for *.ps1 and *.psm1 (node_modules and .git are skipped).
Quote globs (*, **, ?) to let adsync-lint expand them, e.g. "scripts/**/*.ps1".

Options:
  -f, --format <stylish|json|sarif>  Output format (default: stylish)
      --fix                          Apply automatic fixes in place
      --connectors <file|folder>     Your connector names, from any of:
                                     - the folder Get-ADSyncServerConfiguration -Path wrote
                                       (or its Connectors folder)
                                     - connectors.json written on the server by
                                       Get-ADSyncConnector | Select-Object Name, Type | ConvertTo-Json | Out-File connectors.json
                                     - { "ad": ["contoso.com"], "azureAd": ["contoso.onmicrosoft.com - AAD"] }
      --rule <id>=<level>            Set a rule to off, info, warning or error (repeatable)
      --max-warnings <n>             Exit with 1 when there are more than n warnings
  -q, --quiet                        Report errors only
      --max-file-size <bytes>        Skip files larger than this
      --concurrency <n|auto|off>     Lint on n threads; auto (the default) uses one thread per
                                     two cores when there are enough files to gain from it
      --color, --no-color            Force or disable colours (default: on for a terminal unless NO_COLOR is set)
      --explain <rule>               Print the rule's documentation page (installed with adsync-lint)
      --locale <en|nl>               Language of the output (default: from LC_ALL, LC_MESSAGES or LANG,
                                     else the system's language; English unless that is Dutch)
  -h, --help                         Show this help
  -v, --version                      Show the version

Rules: {{rules}}

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 bad usage or unreadable input.
`,
    nl: `adsync-lint {{version}}
Controleert de PowerShell-scripts van Azure AD Connect die wachtwoord-hashsynchronisatie inschakelen.

Gebruik: adsync-lint [opties] <bestanden|mappen|globs...>
         adsync-lint --explain <regel>

Mappen worden recursief doorzocht op *.ps1 en *.psm1 (node_modules en .git worden overgeslagen).
Zet globs (*, **, ?) tussen aanhalingstekens om adsync-lint ze te laten uitbreiden, bijvoorbeeld "scripts/**/*.ps1".

Opties:
  -f, --format <stylish|json|sarif>  Uitvoerindeling (standaard: stylish)
      --fix                          Automatische oplossingen in de bestanden zelf toepassen
      --connectors <bestand|map>     Uw connectornamen, uit een van:
                                     - de map die Get-ADSyncServerConfiguration -Path schreef
                                       (of de map Connectors daarin)
                                     - connectors.json, op de server geschreven met
                                       Get-ADSyncConnector | Select-Object Name, Type | ConvertTo-Json | Out-File connectors.json
                                     - { "ad": ["contoso.com"], "azureAd": ["contoso.onmicrosoft.com - AAD"] }
      --rule <id>=<niveau>           Een regel op off, info, warning of error zetten (herhaalbaar)
      --max-warnings <n>             Afsluiten met 1 bij meer dan n waarschuwingen
  -q, --quiet                        Alleen fouten melden
      --max-file-size <bytes>        Bestanden groter dan dit overslaan
      --concurrency <n|auto|off>     Controleren op n threads; auto (de standaard) gebruikt één thread
                                     per twee kernen als er genoeg bestanden zijn om er winst uit te halen
      --color, --no-color            Kleuren afdwingen of uitschakelen (standaard: aan op een terminal, tenzij NO_COLOR is ingesteld)
      --explain <regel>              De documentatiepagina van de regel tonen (geïnstalleerd met adsync-lint)
      --locale <en|nl>               Taal van de uitvoer (standaard: uit LC_ALL, LC_MESSAGES of LANG,
                                     anders de taal van het systeem; Engels tenzij dat Nederlands is)
  -h, --help                         Deze help weergeven
  -v, --version                      De versie weergeven

Regels: {{rules}}

Afsluitcodes: 0 geen fouten, 1 fouten gevonden (of te veel waarschuwingen), 2 onjuist gebruik of onleesbare invoer.
`,
  },
  seeHelp: { en: 'Run "adsync-lint --help" for usage.', nl: 'Voer "adsync-lint --help" uit voor het gebruik.' },
  noFiles: {
    en: 'no files to lint. Name .ps1 files, directories or quoted globs.',
    nl: 'geen bestanden om te controleren. Geef .ps1-bestanden, mappen of globs tussen aanhalingstekens op.',
  },
  internalError: { en: 'internal error:', nl: 'interne fout:' },
  workerCrashed: {
    en: '{{file}}: adsync-lint crashed while checking this file, so it was not checked: {{reason}}',
    nl: '{{file}}: adsync-lint is vastgelopen tijdens het controleren van dit bestand, dus het is niet gecontroleerd: {{reason}}',
  },
  workerExited: { en: 'the worker thread stopped (exit code {{code}})', nl: 'de worker-thread is gestopt (afsluitcode {{code}})' },
  stdinNotSupported: {
    en: 'Reading a script from standard input is not supported; name the files to lint.',
    nl: 'Een script lezen van standaardinvoer wordt niet ondersteund; geef de bestanden op die moeten worden gecontroleerd.',
  },
  takesNoValue: { en: '{{option}} takes no value.', nl: '{{option}} accepteert geen waarde.' },
  unknownOption: { en: 'Unknown option {{option}}.', nl: 'Onbekende optie {{option}}.' },
  needsValue: { en: '{{option}} needs a value.', nl: '{{option}} heeft een waarde nodig.' },
  badFormat: { en: '--format must be one of {{formats}}, not "{{value}}".', nl: '--format moet een van {{formats}} zijn, niet "{{value}}".' },
  connectorsNeedsPath: {
    en: '--connectors needs the path of a server configuration export folder or a JSON file.',
    nl: '--connectors heeft het pad nodig van een map met een export van de serverconfiguratie of van een JSON-bestand.',
  },
  ruleNeedsPair: {
    en: '--rule needs <rule-id>=<off|info|warning|error>, not "{{value}}". Valid rule ids: {{rules}}.',
    nl: '--rule heeft <regel-id>=<off|info|warning|error> nodig, niet "{{value}}". Geldige regel-id\'s: {{rules}}.',
  },
  unknownRule: {
    en: '{{option}} names an unknown rule "{{id}}". Valid rule ids: {{rules}}.',
    nl: '{{option}} noemt een onbekende regel "{{id}}". Geldige regel-id\'s: {{rules}}.',
  },
  badRuleLevel: {
    en: '--rule {{id}}: the level must be off, info, warning or error, not "{{value}}".',
    nl: '--rule {{id}}: het niveau moet off, info, warning of error zijn, niet "{{value}}".',
  },
  needsWholeNumber: { en: '{{option}} needs a whole number, not "{{value}}".', nl: '{{option}} heeft een geheel getal nodig, niet "{{value}}".' },
  needsWholeNumberAtLeast: {
    en: '{{option}} needs a whole number of at least {{min}}, not "{{value}}".',
    nl: '{{option}} heeft een geheel getal van minstens {{min}} nodig, niet "{{value}}".',
  },
  badLocale: { en: '--locale must be en or nl, not "{{value}}".', nl: '--locale moet en of nl zijn, niet "{{value}}".' },
  noRuleDoc: {
    en: 'the documentation page of "{{id}}" is not installed.',
    nl: 'de documentatiepagina van "{{id}}" is niet geïnstalleerd.',
  },
  tooManyWarnings: {
    en: 'found {{count}} warnings, more than --max-warnings {{max}} allows.',
    nl: '{{count}} waarschuwingen gevonden, meer dan --max-warnings {{max}} toestaat.',
  },
  ruleFailed: {
    en: '{{file}}: rule "{{rule}}" failed, so the file was only partly checked: {{message}}',
    nl: '{{file}}: regel "{{rule}}" is mislukt, dus het bestand is maar gedeeltelijk gecontroleerd: {{message}}',
  },
  tooLarge: {
    en: 'adsync-lint did not check this file: it is {{size}}, over the {{limit}} limit. Raise --max-file-size to check it.',
    nl: 'adsync-lint heeft dit bestand niet gecontroleerd: het is {{size}}, groter dan de limiet van {{limit}}. Verhoog --max-file-size om het te laten controleren.',
  },
  cannotRead: { en: '{{file}}: cannot read the file: {{reason}}', nl: '{{file}}: kan het bestand niet lezen: {{reason}}' },
  cannotWrite: { en: '{{file}}: cannot write the fixes: {{reason}}', nl: '{{file}}: kan de oplossingen niet wegschrijven: {{reason}}' },
  notFixedLossy: {
    en: '{{file}}: not fixed: the file is not valid {{encoding}}, so writing it back would change bytes no fix touched. Save it as UTF-8 and run --fix again.',
    nl: '{{file}}: niet opgelost: het bestand is geen geldige {{encoding}}, dus terugschrijven zou bytes wijzigen die geen oplossing aanraakt. Sla het op als UTF-8 en voer --fix opnieuw uit.',
  },
  cannotReadDirectory: { en: 'cannot read the directory: {{reason}}', nl: 'kan de map niet lezen: {{reason}}' },
  noMatch: { en: 'no files match this pattern', nl: 'geen enkel bestand komt overeen met dit patroon' },
  connectorsRead: { en: 'read {{count}} from {{from}}.', nl: '{{count}} gelezen uit {{from}}.' },
  connectorsProblem: { en: 'the connectors file "{{file}}": {{problem}}', nl: 'het connectorbestand "{{file}}": {{problem}}' },
  labelError: { en: 'error', nl: 'fout' },
  labelWarning: { en: 'warning', nl: 'waarschuwing' },
  labelInfo: { en: 'info', nl: 'info' },
  summary: { en: '\u2716 {{problems}} ({{parts}})', nl: '\u2716 {{problems}} ({{parts}})' },
  problemOne: { en: '1 problem', nl: '1 probleem' },
  problemMany: { en: '{{count}} problems', nl: '{{count}} problemen' },
  errorOne: { en: '1 error', nl: '1 fout' },
  errorMany: { en: '{{count}} errors', nl: '{{count}} fouten' },
  warningOne: { en: '1 warning', nl: '1 waarschuwing' },
  warningMany: { en: '{{count}} warnings', nl: '{{count}} waarschuwingen' },
  infoCount: { en: '{{count}} info', nl: '{{count}} info' },
  fixable: {
    en: '  {{errors}} and {{warnings}} potentially fixable with the `--fix` option.',
    nl: '  {{errors}} en {{warnings}} mogelijk op te lossen met de optie `--fix`.',
  },
  fileOne: { en: '1 file', nl: '1 bestand' },
  fileMany: { en: '{{count}} files', nl: '{{count}} bestanden' },
  notChecked: { en: '{{files}} not checked (see above).', nl: '{{files}} niet gecontroleerd (zie hierboven).' },
  docsHeading: { en: 'Rule documentation (installed with adsync-lint):', nl: 'Documentatie van de regels (geïnstalleerd met adsync-lint):' },
  fixableNote: { en: '{{description}} Fixable with --fix.', nl: '{{description}} Op te lossen met --fix.' },
} satisfies Record<string, Localized>;
