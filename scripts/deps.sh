#!/usr/bin/env bash
# Installs the Debian packages Dyad needs, only those that are missing.
# Sourced by scripts/run and scripts/test; safe to run again and again.
set -euo pipefail

DYAD_PACKAGES=(
  cmake g++ ninja-build pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
  libqt6sql6-sqlite libsqlite3-dev libgl-dev
  xvfb xauth
)

dyad_missing_packages() {
  local pkg
  for pkg in "${DYAD_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

dyad_install_dependencies() {
  local missing
  missing=$(dyad_missing_packages)
  [ -z "$missing" ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install: $missing" >&2; exit 1; }
    sudo="sudo"
  fi
  echo "Installing missing packages: $(echo $missing | tr '\n' ' ')"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

dyad_configure_and_build() {
  local root build_type
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  build_type=${DYAD_BUILD_TYPE:-RelWithDebInfo}
  local generator=()
  command -v ninja >/dev/null && generator=(-G Ninja)
  if [ ! -f "$root/build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$root/build" "${generator[@]}" -DCMAKE_BUILD_TYPE="$build_type" \
      -DDYAD_WARNINGS_AS_ERRORS="${DYAD_WARNINGS_AS_ERRORS:-ON}"
  fi
  cmake --build "$root/build" --parallel "$(nproc)"
}
