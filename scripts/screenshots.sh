#!/usr/bin/env bash
# Refreshes the README's screenshots (docs/screenshots/*.png) by running the
# end-to-end tests against the example portal with screenshots switched on.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
cd "$FLEXINFRA_ROOT"
yarn install --immutable
source scripts/chromium.sh
FLEXINFRA_SCREENSHOT_DIR="$FLEXINFRA_ROOT/docs/screenshots" yarn playwright test "$@"
ls -l docs/screenshots
