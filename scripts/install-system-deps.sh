#!/usr/bin/env bash
# Installs the system libraries pmdesk needs, when they are missing.
#   install-system-deps.sh app    what the app needs: Qt's platform plugins (offscreen and
#                                 xcb), WeasyPrint's Pango/HarfBuzz, fonts
#   install-system-deps.sh test   the app's, plus Xvfb and poppler (screenshots, looking at
#                                 PDFs), PostgreSQL (tests against a real server) and
#                                 shared-mime-info (the desktop entry test) and Chromium
#                                 (the HTML export's accessibility check and the static
#                                 site, tested in a real browser via Playwright)
set -euo pipefail

app_packages=(
  libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0
  fonts-dejavu-core fonts-liberation2
)
test_packages=(xvfb xauth poppler-utils postgresql shared-mime-info chromium)

case "${1:-test}" in
  app) packages=("${app_packages[@]}") ;;
  test) packages=("${app_packages[@]}" "${test_packages[@]}") ;;
  *) echo "usage: install-system-deps.sh app|test" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-system-deps: not a Debian-based system; install the equivalents of: ${packages[*]}" >&2
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "install-system-deps: please install as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
echo "install-system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
