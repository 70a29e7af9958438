# shellcheck shell=bash
# Sourced by test.sh. End-to-end tests drive the system's Chromium through
# Playwright (which never downloads a browser here). Installs Debian's
# chromium when it is missing and this user may; otherwise says what to do.
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium || command -v chromium-browser || echo /usr/bin/chromium)}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Chromium is missing: installing Debian's chromium package"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    CHROMIUM_PATH=/usr/bin/chromium
  else
    echo "error: the end-to-end tests need Chromium; install it (e.g. 'sudo apt-get install chromium') or set CHROMIUM_PATH" >&2
    exit 1
  fi
fi
echo "browser: $("$CHROMIUM_PATH" --version 2>/dev/null || echo "$CHROMIUM_PATH")"
