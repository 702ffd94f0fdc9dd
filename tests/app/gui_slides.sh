#!/usr/bin/env bash
# GUI presentation test under Xvfb on a 4K screen: the real window opens the default briefing in
# presentation mode (full screen) on a slide and saves a screenshot; the script checks it covers
# the whole 3840x2160 screen and shows the slide's story: munitions (vermillion) flows present,
# technology (sky blue) flows hidden by the slide's `show` list. Then the windowed UI on another
# slide, with the timeline, must show the slide's flows too.
set -euo pipefail
bin=$1
colours=$2
out_dir=$3
mkdir -p "$out_dir"
source "$(dirname "$0")/xvfb.sh"
start_xvfb 3840x2160x24
trap 'kill $xvfb 2>/dev/null || true' EXIT

shot="$out_dir/present_slide2.png"
rm -f "$shot"
DISPLAY=$display timeout 120 "$bin" --basemap 110m --present --slide 2 --screenshot "$shot"
read -r size munitions <<<"$("$colours" "$shot" '#E8602C' 30)"
read -r _ technology <<<"$("$colours" "$shot" '#56B4E9' 20)"
echo "presentation: $size, munitions pixels $munitions, technology pixels $technology"
[ "$size" = "3840x2160" ] || { echo "presentation mode did not fill the 4K screen"; exit 1; }
[ "$munitions" -gt 2000 ] || { echo "the slide's munitions flows are missing"; exit 1; }
[ "$technology" -lt 200 ] || { echo "flows the slide hides are drawn"; exit 1; }

# The presenter window: notes, next slide, elapsed time and the timeline bar (amber).
shot="$out_dir/present_slide7.png"
rm -f "$shot" "$out_dir/present_slide7-presenter.png"
DISPLAY=$display timeout 120 "$bin" --basemap 110m --present --presenter --slide 7 --screenshot "$shot"
read -r size amber <<<"$("$colours" "$out_dir/present_slide7-presenter.png" '#FFB84D' 20)"
read -r _ text <<<"$("$colours" "$out_dir/present_slide7-presenter.png" '#F2F5FA' 30)"
echo "presenter: $size, amber pixels $amber, text pixels $text"
[ "$size" = "1280x800" ] || { echo "no presenter window"; exit 1; }
[ "$amber" -gt 3000 ] || { echo "the presenter's timeline bar or clock is missing"; exit 1; }
[ "$text" -gt 3000 ] || { echo "the presenter's notes are missing"; exit 1; }

shot="$out_dir/window_slide4.png"
rm -f "$shot"
DISPLAY=$display timeout 120 "$bin" --basemap 110m --size 1600x900 --slide 4 --screenshot "$shot"
read -r size technology <<<"$("$colours" "$shot" '#56B4E9' 20)"
echo "window: $size, technology pixels $technology"
[ "$size" = "1600x900" ] || { echo "unexpected window size"; exit 1; }
[ "$technology" -gt 1000 ] || { echo "slide 4's technology flows are missing"; exit 1; }

# A bad slide is a clear error and exit code 2, not a crash.
set +e
DISPLAY=$display timeout 60 "$bin" --basemap 110m --slide 99 --screenshot "$out_dir/none.png" 2>"$out_dir/err.txt"
code=$?
set -e
cat "$out_dir/err.txt"
[ "$code" -eq 2 ] && grep -q "unknown slide '99'" "$out_dir/err.txt" || { echo "bad slide: exit $code"; exit 1; }
echo "GUI slides ok"
