#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what it needs, lints, builds, runs the unit tests,
# then the integration tests inside a real VS Code extension host.
set -euo pipefail
cd "$(dirname "$0")/.."

installed=0
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
  installed=1
fi

# Layers, import cycles and typescript-eslint's recommended rules; see ARCHITECTURE.md.
echo "== lint"
npm run lint

if [ "$installed" = "0" ]; then
  echo "== build"
  npm run build
fi

# The oracle suites (test/unit/oracle*.test.ts) run PowerShell itself: pwsh 7.6.10 as a .NET
# global tool. Install it when it is missing and .NET is there; without .NET the suites say
# loudly that they did not run, and fail when CI is set.
PWSH_VERSION=7.6.10
export PATH="$HOME/.dotnet/tools:$PATH"
export POWERSHELL_TELEMETRY_OPTOUT=1 POWERSHELL_UPDATECHECK=Off DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! command -v pwsh >/dev/null 2>&1; then
  if command -v dotnet >/dev/null 2>&1; then
    echo "== install PowerShell $PWSH_VERSION (dotnet tool install --global PowerShell)"
    dotnet tool install --global PowerShell --version "$PWSH_VERSION"
  else
    echo "!! No pwsh and no dotnet: the PowerShell oracle suites cannot run here."
    echo "!! Install the .NET SDK, then: dotnet tool install --global PowerShell --version $PWSH_VERSION"
  fi
fi
if command -v pwsh >/dev/null 2>&1; then
  echo "== pwsh $(pwsh -NoProfile -NonInteractive -Command '$PSVersionTable.PSVersion.ToString()')"
fi

echo "== unit tests (with the PowerShell oracle suites)"
npx mocha

if [ "${ADSYNC_LINT_SKIP_INTEGRATION:-}" = "1" ]; then
  echo "== integration tests skipped (ADSYNC_LINT_SKIP_INTEGRATION=1)"
  exit 0
fi
echo "== integration tests (Neovim's LSP client against adsync-lint-server)"
if ! command -v nvim >/dev/null 2>&1; then
  if [ "$(id -u)" != "0" ]; then
    echo "nvim is missing: install Debian's neovim as root (apt-get install -y neovim) or run this as root." >&2
    exit 1
  fi
  echo "== apt-get install neovim"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends neovim
fi
npm run test:neovim

echo "== integration tests (VS Code extension host)"
npm run test:integration

echo "== package: the .vsix, and its details page shows the README's screenshot offline"
npm run package
npm run check:details-page
