#!/usr/bin/env bash
# Installs every Debian 12 package Supplyline needs to build, run and test.
# Idempotent: does nothing (no apt-get at all) when everything is already present.
set -euo pipefail

packages=(
  build-essential cmake pkg-config ninja-build
  libgdal-dev gdal-bin libproj-dev proj-bin libgeos-dev libsqlite3-dev libexpat1-dev
  libimgui-dev libglfw3-dev python3-glad
  libtomlplusplus-dev libcli11-dev libfmt-dev libspdlog-dev libstb-dev libfreetype-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libegl-dev libgl-dev libegl-mesa0 libgl1-mesa-dri libglu1-mesa-dev
  xvfb xauth ffmpeg clang libclang-rt-14-dev
  postgresql-15 postgresql-15-postgis-3 postgresql-client-15
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
# The PostGIS tests start their own throw-away server: no system cluster is created or started.
if [ ! -e /etc/postgresql-common/createcluster.conf ] ||
   ! grep -q '^create_main_cluster' /etc/postgresql-common/createcluster.conf; then
  $sudo mkdir -p /etc/postgresql-common
  echo "create_main_cluster = false" | $sudo tee -a /etc/postgresql-common/createcluster.conf >/dev/null
fi
echo "setup: installing ${missing[*]}"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends \
  -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"
