#!/usr/bin/env bash
# The README's "run" command: installs what is missing, then starts the example
# portal (backend :7007, frontend :3000) on the embedded SQLite database with
# the example catalog.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
cd "$FLEXINFRA_ROOT"

yarn install --immutable

cat <<MSG

  FlexInfra example portal
  ------------------------
  Open http://localhost:3000 once the frontend reports it is ready, and sign in as guest (ENTER).
  The backend listens on http://localhost:7007 (API: http://localhost:7007/api/flexinfra).
  Stop with Ctrl-C.

MSG
exec yarn start
