#!/usr/bin/env bash
# Adding data at run time, under Xvfb: a GeoJSON dropped on the window (--drop goes through the
# window's drop handler) is read off the main thread and drawn in its default style; a file that
# cannot be read leaves the map as it was.
set -euo pipefail
bin=$1
diff=$2
fixture=$3
out_dir=$4
mkdir -p "$out_dir"
source "$(dirname "$0")/xvfb.sh"
start_xvfb 1600x900x24
trap 'kill $xvfb 2>/dev/null || true' EXIT

shot() { # $1: output, then extra options
    local out=$1
    shift
    rm -f "$out"
    DISPLAY=$display timeout 120 "$bin" --basemap 110m --size 1600x900 --time 2024-06-19 --screenshot "$out" "$@" \
        >/dev/null
}
shot "$out_dir/add_none.png"
shot "$out_dir/add_dropped.png" --drop "$fixture"
shot "$out_dir/add_broken.png" --drop "$out_dir/no-such-file.geojson"
read -r added _ <<<"$("$diff" "$out_dir/add_none.png" "$out_dir/add_dropped.png" 40)"
read -r broken _ <<<"$("$diff" "$out_dir/add_none.png" "$out_dir/add_broken.png" 40)"
echo "the drop changes $added of the pixels; a file that cannot be read changes $broken"
# Two thin lines across Siberia: about 550 pixels of 1.44 million.
awk -v s="$added" 'BEGIN { exit !(s > 0.0002) }' || { echo "the dropped layer is not drawn"; exit 1; }
awk -v s="$broken" 'BEGIN { exit !(s < 0.0001) }' || { echo "a file that failed changed the map"; exit 1; }
echo "GUI add layer ok"
