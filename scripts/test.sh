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
echo "== integration tests (VS Code extension host)"
npm run test:integration

echo "== package: the .vsix, and its details page shows the README's screenshot offline"
npm run package
npm run check:details-page
