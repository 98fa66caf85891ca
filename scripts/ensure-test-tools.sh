#!/usr/bin/env bash
# Makes sure the machine has what the whole test suite uses besides Node: Debian's Chromium for the browser
# tests and PostgreSQL for the second database. Installs them with apt when we may (root), else says what to
# install. Never downloads a browser of its own.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null || missing+=(postgresql)

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} from Debian's packages…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "The test suite needs: ${missing[*]} (Debian: sudo apt-get install ${missing[*]})." >&2
  exit 1
fi
