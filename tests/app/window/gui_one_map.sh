#!/usr/bin/env bash
# One map for every output, checked in the pixels under Xvfb (1600x900 screen):
# - the window in presentation mode and `supplyline render` give the same picture for the same
#   view: a slide, a light-theme date, and --flow-labels (which must add the flows' names);
# - P (typed through the window's key queue with --press) opens the presenter and closes it;
# - the window's "Export still" command line, run as the panel runs it, writes exactly the camera
#   on screen after the briefer has panned and zoomed;
# - while playing, the timeline's date is the map's.
set -euo pipefail
bin=$1
diff=$2
out_dir=$3
mkdir -p "$out_dir"
source "$(dirname "$0")/../xvfb.sh"
start_xvfb 1600x900x24
trap 'kill $xvfb 2>/dev/null || true' EXIT
common=(--basemap 110m)

# Differing share of pixels (per-channel tolerance 40): window vs render.
same_picture() { # name, budget, window args..., --, render args...
    local name=$1 budget=$2
    shift 2
    local window=() render=()
    while [ "$1" != "--" ]; do window+=("$1"); shift; done
    shift
    render=("$@")
    DISPLAY=$display timeout 120 "$bin" "${common[@]}" --present "${window[@]}" --screenshot "$out_dir/$name-window.png" >/dev/null
    "$bin" render "${common[@]}" --size 1600x900 "${render[@]}" -o "$out_dir/$name-render.png" >/dev/null
    read -r share max <<<"$("$diff" "$out_dir/$name-window.png" "$out_dir/$name-render.png" 40)"
    echo "$name: window vs render differ in $share of the pixels (largest difference $max)"
    awk -v s="$share" -v b="$budget" 'BEGIN { exit !(s <= b) }' || { echo "$name: the window and render differ"; exit 1; }
}
same_picture slide3 0.0005 --slide 3 -- --slide 3
same_picture light 0.0005 --theme light --time 2024-06-19 -- --theme light --time 2024-06-19
same_picture labels 0.0005 --flow-labels --time 2024-03-01 -- --flow-labels --time 2024-03-01
# ...and the labels are really there: without them the render differs from the window.
"$bin" render "${common[@]}" --size 1600x900 --time 2024-03-01 -o "$out_dir/labels-off.png" >/dev/null
read -r share _ <<<"$("$diff" "$out_dir/labels-window.png" "$out_dir/labels-off.png" 40)"
echo "labels: the window with --flow-labels differs from a render without them in $share of the pixels"
awk -v s="$share" 'BEGIN { exit !(s >= 0.001) }' || { echo "--flow-labels drew no names in the window"; exit 1; }

# P opens the presenter window (saved beside the screenshot), and P again closes it.
rm -f "$out_dir"/p-*.png
DISPLAY=$display timeout 120 "$bin" "${common[@]}" --slide 2 --press P --screenshot "$out_dir/p-open.png" >/dev/null
[ -s "$out_dir/p-open-presenter.png" ] || { echo "P did not open the presenter window"; exit 1; }
DISPLAY=$display timeout 120 "$bin" "${common[@]}" --slide 2 --presenter --press P --screenshot "$out_dir/p-closed.png" >/dev/null
[ -s "$out_dir/p-closed.png" ] && [ ! -e "$out_dir/p-closed-presenter.png" ] || { echo "P did not close the presenter window"; exit 1; }
echo "P opens and closes the presenter"

# Export still from the window: pan and zoom, then run the command line the Export panel runs.
log="$out_dir/export-window.log"
DISPLAY=$display timeout 120 "$bin" "${common[@]}" --present --time 2024-06-19 --press "Plus Alt+Left Alt+Up Plus" \
    --screenshot "$out_dir/moved.png" >"$log"
line=$(grep "^export still args:" "$log")
IFS=$'\t' read -r -a args <<<"${line#export still args:$'\t'}"
printf 'export still: supplyline'; printf ' %q' "${args[@]}"; echo
"$bin" "${args[@]}" >/dev/null
read -r share max <<<"$("$diff" "$out_dir/moved.png" "$out_dir/moved-export.png" 40)"
echo "export still vs the window after moving: $share of the pixels differ (largest $max)"
awk -v s="$share" 'BEGIN { exit !(s <= 0.0005) }' || { echo "the exported still is not the view on screen"; exit 1; }
# The panned view really differs from the home view (the test would pass vacuously otherwise).
"$bin" render "${common[@]}" --size 1600x900 --time 2024-06-19 -o "$out_dir/home.png" >/dev/null
read -r share _ <<<"$("$diff" "$out_dir/moved.png" "$out_dir/home.png" 40)"
awk -v s="$share" 'BEGIN { exit !(s >= 0.05) }' || { echo "the keys did not move the map"; exit 1; }
# While playing, the timeline's date and the map's date stamp show the same day (the timeline
# used to be drawn before the clock moved, a frame behind).
DISPLAY=$display timeout 120 "$bin" "${common[@]}" --time 2024-07-01 --speed 120 --press Space --screenshot-delay 0.8 \
    --screenshot "$out_dir/playing.png" >"$out_dir/playing.txt"
grep "^timeline date" "$out_dir/playing.txt"
grep -q "^timeline date \(.*\), map date \1$" "$out_dir/playing.txt" || { echo "the timeline's date lags the map's"; exit 1; }
grep -q "^timeline date 1 July 2024" "$out_dir/playing.txt" && { echo "playback did not move the clock"; exit 1; }
echo "GUI one map ok"
