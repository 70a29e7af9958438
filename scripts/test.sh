#!/usr/bin/env bash
# The README's "test" command: installs what is missing, type-checks, lints,
# checks the committed API reports, and runs every test: unit and integration
# tests (database tests on SQLite and, where reachable, PostgreSQL) and the
# end-to-end tests in a real Chromium.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
cd "$FLEXINFRA_ROOT"

step() { printf '\n==> %s\n' "$*"; }

step "Installing dependencies"
yarn install --immutable

step "Choosing database engines"
source scripts/postgres.sh

step "Type-checking"
yarn tsc

step "Linting"
yarn backstage-cli repo lint
yarn prettier --check .
# Package metadata a published plugin needs (pluginPackages, exports, ...).
yarn backstage-cli repo fix --publish --check

# The committed API reports (report*.api.md) and the SQL report of the
# backend's tables (report.sql.md, from its migrations on an in-process
# PostgreSQL, PGlite) must match the code; `yarn build:api-reports` updates them.
step "API reports"
yarn test:api-reports

step "Unit and integration tests"
CI=true yarn backstage-cli repo test

step "End-to-end tests (Chromium)"
source scripts/chromium.sh
yarn playwright test
