#!/usr/bin/env bash
# Adding data at run time, under Xvfb: a GeoJSON dropped on the window (--drop goes through the
# window's drop handler) is read off the main thread and drawn in its default style; a file that
# cannot be read leaves the map as it was; a Google Earth KML with time spans and a gx:Track
# animates: nothing of it before its times, a different piece of the track on two dates.
set -euo pipefail
bin=$1
diff=$2
fixture=$3
kml=$4
out_dir=$5
mkdir -p "$out_dir"
source "$(dirname "$0")/xvfb.sh"
start_xvfb 1600x900x24
trap 'kill $xvfb 2>/dev/null || true' EXIT

shot() { # $1: output, then extra options
    local out=$1
    shift
    rm -f "$out"
    DISPLAY=$display timeout 120 "$bin" --basemap 110m --size 1600x900 --time "${when:-2024-06-19}" --screenshot "$out" "$@" \
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

for d in 2024-05-01 2024-06-12 2024-06-27; do
    when=$d shot "$out_dir/kml_none_$d.png"
    when=$d shot "$out_dir/kml_$d.png" --drop "$kml"
done
# The KML against the same date without it, over the whole window, its west and its east half.
added() { "$diff" "$out_dir/kml_none_$1.png" "$out_dir/kml_$1.png" 40 "${@:2}" | cut -d' ' -f1; }
before=$(added 2024-05-01)
early=$(added 2024-06-12) early_west=$(added 2024-06-12 0 0 800 900) early_east=$(added 2024-06-12 800 0 1600 900)
late=$(added 2024-06-27) late_west=$(added 2024-06-27 0 0 800 900) late_east=$(added 2024-06-27 800 0 1600 900)
echo "the KML changes $before of the pixels on 1 May; on 12 June $early (west half $early_west," \
    "east $early_east), on 27 June $late (west $late_west, east $late_east)"
awk -v s="$before" 'BEGIN { exit !(s < 0.0001) }' || { echo "the KML shows before its times"; exit 1; }
awk -v s="$early" 'BEGIN { exit !(s > 0.0002) }' || { echo "the KML is not drawn on 12 June"; exit 1; }
awk -v s="$late" 'BEGIN { exit !(s > 0.0002) }' || { echo "the KML is not drawn on 27 June"; exit 1; }
# The convoy's track runs west to east: on 12 June its piece is west of the window's middle, on
# 27 June east of it, and each date shows only its own piece.
awk -v w="$early_west" -v e="$early_east" 'BEGIN { exit !(w > 0.0003 && e < 0.00005) }' ||
    { echo "on 12 June the track is not (only) in the west"; exit 1; }
awk -v w="$late_west" -v e="$late_east" 'BEGIN { exit !(e > 0.0003 && w < 0.00005) }' ||
    { echo "on 27 June the track has not moved east"; exit 1; }
echo "GUI add layer ok"
