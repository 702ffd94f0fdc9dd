#!/usr/bin/env bash
# The presenter window under Xvfb (1920x1080 screen), checked in its pixels:
# - its "on screen now" picture is what `render` draws for the audience's view at that size, and
#   its "next" picture is `render --slide N+1` at that size; both appear in the presenter's frame;
# - Ctrl+Plus (typed through the window's key queue) makes the speaker notes larger;
# - Ctrl+P pauses the talk timer: the presenter says "paused" and the timer turns grey.
set -euo pipefail
bin=$1
diff=$2
colours=$3
out_dir=$4
mkdir -p "$out_dir"
source "$(dirname "$0")/../xvfb.sh"
start_xvfb 1920x1080x24
trap 'kill $xvfb 2>/dev/null || true' EXIT
common=(--basemap 110m)

shot="$out_dir/slide3.png"
rm -f "$out_dir"/slide3*.png
DISPLAY=$display timeout 120 "$bin" "${common[@]}" --present --presenter --slide 3 --screenshot "$shot" >"$out_dir/slide3.txt"
for f in presenter presenter-live presenter-next; do
    [ -s "$out_dir/slide3-$f.png" ] || { echo "no $f picture"; exit 1; }
done
size_of() { "$colours" "$1" '#000000' 0 | cut -d' ' -f1; }

# The live picture: the window's own "export still" arguments, at the picture's size.
live_size=$(size_of "$out_dir/slide3-presenter-live.png")
IFS=$'\t' read -r -a args <<<"$(grep '^export still args:' "$out_dir/slide3.txt" | cut -f2-)"
render_args=()
for ((i = 0; i < ${#args[@]}; ++i)); do
    case "${args[i]}" in
    --size) render_args+=(--size "$live_size"); ((++i)) ;;
    -o) render_args+=(-o "$out_dir/live-render.png"); ((++i)) ;;
    *) render_args+=("${args[i]}") ;;
    esac
done
"$bin" "${render_args[@]}" >/dev/null
read -r share max <<<"$("$diff" "$out_dir/slide3-presenter-live.png" "$out_dir/live-render.png" 40)"
echo "live picture ($live_size) vs render: $share of the pixels differ (largest $max)"
awk -v s="$share" 'BEGIN { exit !(s <= 0.02) }' || { echo "the presenter's live picture is not the audience's"; exit 1; }

# The next slide's picture: render --slide 4 at its size.
next_size=$(size_of "$out_dir/slide3-presenter-next.png")
"$bin" render "${common[@]}" --slide 4 --size "$next_size" -o "$out_dir/next-render.png" >/dev/null
read -r share max <<<"$("$diff" "$out_dir/slide3-presenter-next.png" "$out_dir/next-render.png" 40)"
echo "next picture ($next_size) vs render --slide 4: $share of the pixels differ (largest $max)"
awk -v s="$share" 'BEGIN { exit !(s <= 0.02) }' || { echo "the next-slide picture is not slide 4"; exit 1; }

# Both pictures are in the presenter's frame: slide 3's munitions (vermillion), slide 4's
# technology (sky blue, hidden on slide 3).
read -r _ munitions <<<"$("$colours" "$out_dir/slide3-presenter.png" '#E8602C' 30)"
read -r _ technology <<<"$("$colours" "$out_dir/slide3-presenter.png" '#56B4E9' 20)"
echo "presenter frame: munitions pixels $munitions, technology pixels $technology"
[ "$munitions" -gt 1000 ] || { echo "the live picture is missing from the presenter"; exit 1; }
[ "$technology" -gt 200 ] || { echo "the next slide's picture is missing from the presenter"; exit 1; }

# Ctrl+Plus twice: the notes grow (more white text pixels), Ctrl+P: paused.
white() { "$colours" "$1" '#F2F5FA' 30 | cut -d' ' -f2; }
amber() { "$colours" "$1" '#FFB84D' 20 | cut -d' ' -f2; }
DISPLAY=$display timeout 120 "$bin" "${common[@]}" --present --presenter --slide 3 --press "Ctrl+Plus Ctrl+Plus Ctrl+P" \
    --screenshot "$out_dir/keys.png" >/dev/null
before=$(white "$out_dir/slide3-presenter.png")
after=$(white "$out_dir/keys-presenter.png")
echo "white text pixels: $before before Ctrl+Plus twice, $after after"
[ "$after" -gt $((before * 11 / 10)) ] || { echo "Ctrl+Plus did not enlarge the notes"; exit 1; }
# The amber timer digits (44-unit text) turn grey, the small "paused" turns amber: less amber.
running=$(amber "$out_dir/slide3-presenter.png")
paused=$(amber "$out_dir/keys-presenter.png")
echo "amber pixels: $running running, $paused paused"
[ "$paused" -lt "$running" ] || { echo "Ctrl+P did not pause the talk timer"; exit 1; }
echo "presenter ok"
