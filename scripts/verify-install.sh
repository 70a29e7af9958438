#!/usr/bin/env bash
# Proves that FlexInfra installs like any published Backstage plugin, in an app
# FlexInfra did not write:
#   1. builds and packs every package an adopter installs (`yarn pack`, which
#      runs Backstage's prepack/postpack);
#   2. creates a new app with @backstage/create-app from the registry;
#   3. adds the tarballs with `yarn add` and wires them exactly as the README's
#      "Adding FlexInfra to your Backstage app" says;
#   4. starts the backend (SQLite) and reads a scorecard, the OpenAPI document,
#      the scaffolder's FlexInfra actions and the shipped templates over HTTP;
#   5. builds the frontend and checks FlexInfra's extensions are in the bundle;
#   6. runs `flexinfra score` from the packed CLI with npx.
#
# The packages are not in a registry yet, so the new app's root package.json
# gets `resolutions` pointing each @flexinfra package at its tarball; an
# adopter installing from a registry skips that step.
#
# Usage: scripts/verify-install.sh [WORK_DIR]   (default: a new temporary folder)
# Needs the npm registry (create-app and the app's dependencies).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
cd "$FLEXINFRA_ROOT"

# create-app 0.9.2 creates a Backstage 1.55 app, the release FlexInfra targets.
CREATE_APP_VERSION=0.9.2
BACKEND_PORT=${FLEXINFRA_VERIFY_PORT:-7107}

work=${1:-$(mktemp -d -t flexinfra-verify-install.XXXXXX)}
mkdir -p "$work"
work=$(cd "$work" && pwd)
packs="$work/packs"
app="$work/flexapp"
started=$(date +%s)

step() { printf '\n==> [%ss] %s\n' "$(($(date +%s) - started))" "$*"; }
fail() {
  printf '\nverify-install: %s\n' "$*" >&2
  exit 1
}

# The packages an adopter installs, with the app workspace each goes into.
packages=(
  'plugins/flexinfra-common:'
  'plugins/flexinfra-node:'
  'plugins/flexinfra-backend:packages/backend'
  'plugins/scaffolder-backend-module-flexinfra:packages/backend'
  'plugins/flexinfra:packages/app'
  'packages/cli:.'
)

package_field() { node -p "require('./$1/package.json').$2"; }

step "Installing FlexInfra's dependencies"
yarn install --immutable

step "Building the packages (type declarations first)"
yarn tsc
for entry in "${packages[@]}"; do
  dir=${entry%%:*}
  (cd "$dir" && yarn backstage-cli package build)
done

step "Packing them into $packs"
rm -rf "$packs"
mkdir -p "$packs"
resolutions='{}'
for entry in "${packages[@]}"; do
  dir=${entry%%:*}
  name=$(package_field "$dir" name)
  tarball="$packs/$(basename "$dir").tgz"
  (cd "$dir" && yarn pack --out "$tarball" >/dev/null)
  listing=$(tar tzf "$tarball")
  required_files='package/package.json package/README.md package/LICENSE'
  if [ "$(package_field "$dir" backstage.role)" = cli ]; then
    required_files+=' package/bin/flexinfra package/dist/index.cjs.js'
  else
    required_files+=' package/dist/index.d.ts'
  fi
  for required in $required_files; do
    grep -qx "$required" <<<"$listing" || fail "$name: $required is missing from the tarball"
  done
  if grep -q '^package/src/' <<<"$listing"; then
    fail "$name: the tarball ships src/"
  fi
  manifest=$(tar xzf "$tarball" -O package/package.json)
  if grep -q 'workspace:' <<<"$manifest"; then
    fail "$name: the packed package.json still has workspace: ranges"
  fi
  resolutions=$(node -e '
    const [r, name, file] = process.argv.slice(1);
    console.log(JSON.stringify({ ...JSON.parse(r), [name]: `file:${file}` }));
  ' "$resolutions" "$name" "$tarball")
  echo "  $name -> $(basename "$tarball") ($(du -k "$tarball" | cut -f1) KiB)"
done
backend_listing=$(tar tzf "$packs/flexinfra-backend.tgz")
for required in package/config.schema.json package/migrations/20261123000000_init.js; do
  grep -qx "$required" <<<"$backend_listing" || fail "the backend tarball lacks $required"
done
module_listing=$(tar tzf "$packs/scaffolder-backend-module-flexinfra.tgz")
for required in package/templates/flexinfra-adopt-iac/template.yaml \
  package/templates/flexinfra-golden-path-service/skeleton/github/workflows/ci.yml; do
  grep -qx "$required" <<<"$module_listing" || fail "the scaffolder module's tarball lacks $required"
done

step "Creating a new app with @backstage/create-app@$CREATE_APP_VERSION"
rm -rf "$app"
(cd "$work" && echo flexapp | npx --yes "@backstage/create-app@$CREATE_APP_VERSION" --path flexapp --skip-install)
cd "$app"
# Under CI=true yarn refuses to change a lockfile; the new app's must change.
export YARN_ENABLE_IMMUTABLE_INSTALLS=false
node -e '
  const fs = require("node:fs");
  const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"));
  pkg.resolutions = { ...pkg.resolutions, ...JSON.parse(process.argv[1]) };
  fs.writeFileSync("package.json", JSON.stringify(pkg, null, 2) + "\n");
' "$resolutions"

step "Installing the app's dependencies"
# create-app seeds the new app's yarn.lock with one fetched from GitHub, which
# is out of reach here ("Failed to fetch the yarn.lock seed file"). FlexInfra's
# own yarn.lock, for the same Backstage release, is the seed instead: without
# one, yarn picks the newest version of everything and can stop on a version
# still inside the app's npmMinimalAgeGate.
cp "$FLEXINFRA_ROOT/yarn.lock" yarn.lock
yarn install

step "Adding FlexInfra with yarn add"
for entry in "${packages[@]}"; do
  dir=${entry%%:*}
  workspace=${entry#*:}
  [ -n "$workspace" ] || continue
  name=$(cd "$FLEXINFRA_ROOT" && package_field "$dir" name)
  version=$(cd "$FLEXINFRA_ROOT" && package_field "$dir" version)
  if [ "$workspace" = . ]; then
    yarn add --dev "$name@^$version"
  else
    yarn --cwd "$workspace" add "$name@^$version"
  fi
done

step "Wiring it as the README says"
node -e '
  const fs = require("node:fs");
  const file = "packages/backend/src/index.ts";
  const source = fs.readFileSync(file, "utf8");
  const lines = [
    "backend.add(import(\"@flexinfra/backstage-plugin-flexinfra-backend\"));",
    "backend.add(",
    "  import(\"@flexinfra/backstage-plugin-scaffolder-backend-module-flexinfra\"),",
    ");",
  ].join("\n");
  if (!source.includes("backend.start();")) throw new Error(`${file} has no backend.start()`);
  fs.writeFileSync(file, source.replace("backend.start();", `${lines}\n\nbackend.start();`));
'
# FlexInfra's templates, from the installed scaffolder module.
node -e '
  const fs = require("node:fs");
  const YAML = require("yaml");
  const doc = YAML.parseDocument(fs.readFileSync("app-config.yaml", "utf8"));
  const root = "../../node_modules/@flexinfra/backstage-plugin-scaffolder-backend-module-flexinfra/templates";
  for (const name of ["flexinfra-adopt-iac", "flexinfra-autoscaling-observability", "flexinfra-self-service-environment", "flexinfra-golden-path-service"]) {
    doc.addIn(["catalog", "locations"], { type: "file", target: `${root}/${name}/template.yaml`, rules: [{ allow: ["Template"] }] });
  }
  fs.writeFileSync("app-config.yaml", doc.toString());
'

step "Type-checking the app"
yarn tsc

step "Starting the backend on SQLite (port $BACKEND_PORT)"
cat >app-config.verify.yaml <<YAML
backend:
  baseUrl: http://localhost:$BACKEND_PORT
  listen:
    port: $BACKEND_PORT
YAML
log="$work/backend.log"
(cd packages/backend && exec yarn backstage-cli package start --config ../../app-config.yaml --config ../../app-config.verify.yaml) >"$log" 2>&1 &
backend_pid=$!
stop_backend() { kill -- "$backend_pid" 2>/dev/null || true; pkill -f "app-config.verify.yaml" 2>/dev/null || true; }
trap stop_backend EXIT

base="http://localhost:$BACKEND_PORT"
wait_for() {
  local what=$1 url=$2 seconds=$3 headers=${4:-}
  for _ in $(seq "$seconds"); do
    if ! kill -0 "$backend_pid" 2>/dev/null; then
      tail -40 "$log" >&2
      fail "the backend stopped while waiting for $what"
    fi
    if curl -fsS ${headers:+-H "$headers"} "$url" -o "$work/response.json" 2>/dev/null; then
      return 0
    fi
    sleep 1
  done
  tail -40 "$log" >&2
  fail "timed out after ${seconds}s waiting for $what ($url)"
}
wait_for "the backend to be ready" "$base/.backstage/health/v1/readiness" 300
token=$(curl -fsS "$base/api/auth/guest/refresh" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).backstageIdentity.token))')
auth="Authorization: Bearer $token"

# The first scheduled refresh may run before the catalog has read its
# locations; start one when the entity is there, as the README says.
wait_for "component:default/example-website in the catalog" "$base/api/catalog/entities/by-name/component/default/example-website" 180 "$auth"
for _ in $(seq 60); do
  status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H "$auth" "$base/api/flexinfra/refresh")
  [ "$status" = 202 ] && break
  [ "$status" = 409 ] || fail "POST /api/flexinfra/refresh answered $status"
  sleep 1 # a refresh is running; start another when it is done
done
[ "$status" = 202 ] || fail "POST /api/flexinfra/refresh still answered $status after a minute"
wait_for "a scorecard of example-website" "$base/api/flexinfra/entities/component/default/example-website" 120 "$auth"
node -e '
  const card = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  if (card.outcome !== "scored" || !(card.stage?.number >= 1)) throw new Error(`not scored: ${JSON.stringify(card).slice(0, 300)}`);
  if (!Array.isArray(card.checks) || card.checks.length === 0) throw new Error("the scorecard has no checks");
  console.log(`  ${card.entityRef}: stage ${card.stage.number} (${card.stage.name}), score ${card.score}, ${card.checks.length} checks`);
' "$work/response.json"

wait_for "the OpenAPI document" "$base/api/flexinfra/openapi.json" 10 "$auth"
node -e '
  const doc = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  if (!doc.paths || !doc.paths["/api/flexinfra/entities/{kind}/{namespace}/{name}"]) throw new Error("the OpenAPI document lacks the scorecard route");
  console.log(`  OpenAPI ${doc.openapi}: ${Object.keys(doc.paths).length} paths`);
' "$work/response.json"

wait_for "the scaffolder's actions" "$base/api/scaffolder/v2/actions" 30 "$auth"
node -e '
  const ids = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).map(a => a.id);
  const ours = ids.filter(id => id.startsWith("flexinfra:"));
  if (!ours.includes("flexinfra:score")) throw new Error(`flexinfra:score is not among ${ids.join(", ")}`);
  console.log(`  scaffolder actions: ${ours.join(", ")}`);
' "$work/response.json"

wait_for "FlexInfra's templates in the catalog" "$base/api/catalog/entities/by-name/template/default/flexinfra-adopt-iac" 120 "$auth"
echo "  template:default/flexinfra-adopt-iac is in the catalog"
stop_backend
trap - EXIT

step "Building the frontend"
yarn --cwd packages/app build
# The new frontend system discovers the package (app.packages: all); its
# Flexibility tab and dashboard are then in the bundle.
for text in 'plugin.flexinfra.service' 'Static & Constrained'; do
  grep -rqsF "$text" packages/app/dist/static/ || fail "\"$text\" is not in the frontend bundle: FlexInfra was not discovered"
done
echo "  the bundle holds FlexInfra's frontend plugin"

step "Running flexinfra score from the packed CLI with npx"
set +e
npx flexinfra score examples/entities.yaml --no-repo --format json >"$work/score.json"
code=$?
set -e
[ "$code" = 0 ] || fail "npx flexinfra score exited $code"
node -e '
  const out = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const scored = out.filter(e => e.stage);
  if (scored.length === 0) throw new Error(`no scored entities in ${JSON.stringify(out).slice(0, 300)}`);
  console.log(`  flexinfra score: ${scored.map(e => `${e.entityRef} stage ${e.stage.number}`).join(", ")}`);
' "$work/score.json"

step "verify-install passed in $(($(date +%s) - started))s (app in $app)"
