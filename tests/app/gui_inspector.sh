#!/usr/bin/env bash
# GUI inspector test under Xvfb: the window opens the default briefing with a flow selected
# (--select); its inspector must show the amber "Added from general knowledge" heading and text
# (the route the seeds do not give). An event with no general-knowledge part shows no such
# heading: the same map, the amber pixel count must drop. A bad id is a clear error, exit 2.
set -euo pipefail
bin=$1
colours=$2
out_dir=$3
mkdir -p "$out_dir"
source "$(dirname "$0")/xvfb.sh"
start_xvfb 1600x900x24
trap 'kill $xvfb 2>/dev/null || true' EXIT

shoot() { # $1: id to select, $2: output
    rm -f "$2"
    DISPLAY=$display timeout 120 "$bin" --basemap 110m --size 1600x900 --time 2024-06-19 --select "$1" \
        --screenshot "$2" >/dev/null
}
shoot prk-shells-sea "$out_dir/inspector_flow.png"
shoot pyongyang-pact "$out_dir/inspector_event.png"
read -r size with_added <<<"$("$colours" "$out_dir/inspector_flow.png" '#FFC878' 12)"
read -r _ without_added <<<"$("$colours" "$out_dir/inspector_event.png" '#FFC878' 12)"
echo "inspector: $size, amber heading pixels: flow $with_added, event without additions $without_added"
[ "$size" = "1600x900" ] || { echo "unexpected window size"; exit 1; }
[ "$with_added" -gt $((without_added + 150)) ] ||
    { echo "the inspector does not set apart what was added from general knowledge"; exit 1; }

set +e
DISPLAY=$display timeout 60 "$bin" --basemap 110m --select no-such-id --screenshot "$out_dir/none.png" \
    2>"$out_dir/select_err.txt"
code=$?
set -e
cat "$out_dir/select_err.txt"
[ "$code" -eq 2 ] && grep -q "select 'no-such-id'" "$out_dir/select_err.txt" ||
    { echo "bad --select: exit $code"; exit 1; }
echo "GUI inspector ok"
