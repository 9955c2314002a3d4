#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what it needs, builds, runs the unit tests,
# then the integration tests inside a real VS Code extension host.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
else
  echo "== build"
  npm run build
fi

echo "== unit tests"
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
