#!/usr/bin/env bash
# Start-up under Xvfb (issue 16): the window shows the basemap before the briefing's layers are
# read and its flows projected, then the whole map; --frame-stats --pan moves the camera on every
# frame. Uses the shipped northern-ledger briefing (four layers: CSV, GeoPackage, KML).
set -euo pipefail
bin=$1
briefing=$2
source "$(dirname "$0")/xvfb.sh"
start_xvfb 1280x720x24
trap 'kill $xvfb 2>/dev/null || true' EXIT
out=$(DISPLAY=$display "$bin" "$briefing" --size 960x540 --frame-stats 20 --pan 2>&1)
echo "$out"
first=$(echo "$out" | sed -nE 's/^map first drawn ([0-9]+) ms, complete ([0-9]+) ms.*/\1/p')
complete=$(echo "$out" | sed -nE 's/^map first drawn ([0-9]+) ms, complete ([0-9]+) ms.*/\2/p')
[ -n "$first" ] && [ -n "$complete" ] || { echo "no start-up times printed"; exit 1; }
[ "$first" -lt "$complete" ] || { echo "the map appeared only with the whole briefing ($first ms vs $complete ms)"; exit 1; }
moved=$(echo "$out" | sed -nE 's/^camera moved in ([0-9]+) frames/\1/p')
[ "${moved:-0}" -ge 20 ] || { echo "--pan moved the camera in ${moved:-0} of 20 frames"; exit 1; }
echo "GUI progressive load ok"
