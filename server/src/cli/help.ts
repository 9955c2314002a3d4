export function helpText(version: string): string {
  return `adsync-lint ${version}
Lints the Azure AD Connect PowerShell scripts that enable password hash sync.

Usage: adsync-lint [options] <files|dirs|globs...>

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
      --concurrency <n|auto|off>     Lint on n threads; auto (the default) uses every core
                                     when there are enough files to gain from it
      --color, --no-color            Force or disable colours (default: on for a terminal unless NO_COLOR is set)
  -h, --help                         Show this help
  -v, --version                      Show the version

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 bad usage or unreadable input.
`;
}
