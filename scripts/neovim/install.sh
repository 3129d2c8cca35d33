#!/usr/bin/env bash
# Installs what the Neovim test (test/neovim) needs: Debian's neovim package.
# Idempotent: does nothing when `nvim` is already on the PATH. Only Debian
# packages are used.
set -euo pipefail

if ! command -v nvim >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  echo "scripts/neovim/install.sh: apt-get install neovim"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends neovim
fi
echo "scripts/neovim/install.sh: ready: $(nvim --version | head -n 1) ($(command -v nvim))"
