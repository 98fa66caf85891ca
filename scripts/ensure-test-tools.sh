#!/usr/bin/env bash
# Makes sure the machine has what the whole test suite uses besides Node: Debian's Chromium for the browser
# tests, PostgreSQL for the second database, and LibreOffice Writer with poppler's pdftotext and the Carlito font
# (Calibri's metric twin) to check the joint report's DOCX as LibreOffice lays it out. Installs them with apt when
# we may (root), else says what to install. Never downloads a browser of its own.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null || missing+=(postgresql)
command -v soffice >/dev/null || command -v libreoffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null && command -v pdffonts >/dev/null || missing+=(poppler-utils)
compgen -G "/usr/share/fonts/truetype/crosextra/Carlito-*.ttf" >/dev/null || missing+=(fonts-crosextra-carlito)

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} from Debian's packages…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "The test suite needs: ${missing[*]} (Debian: sudo apt-get install ${missing[*]})." >&2
  exit 1
fi
