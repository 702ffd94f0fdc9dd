#!/usr/bin/env bash
# The UI at 4K (3840x2160 screen at content scale 1) under Xvfb, from the panels the window
# reports after its screenshot:
# - it starts at twice the 1080p size (font, panels) in a window grown to match, and the
#   left-hand panels start below the map's title block;
# - Ctrl+Shift+Plus twice enlarges the UI by 1.25x twice: the font is baked again, the panels
#   grow with it and every panel stays inside the window; Ctrl+Shift+Minus shrinks it.
set -euo pipefail
bin=$1
out_dir=$2
mkdir -p "$out_dir"
source "$(dirname "$0")/../xvfb.sh"
start_xvfb 3840x2160x24
trap 'kill $xvfb 2>/dev/null || true' EXIT

run() { # name, extra args...
    local name=$1
    shift
    DISPLAY=$display timeout 120 "$bin" --basemap 110m --slide 3 "$@" --screenshot "$out_dir/$name.png" >"$out_dir/$name.txt"
}
font() { sed -n 's/^ui font \([0-9]*\) px.*/\1/p' "$out_dir/$1.txt"; }
panel_width() { sed -n "s/^panel '$2' at [0-9-]*,[0-9-]* size \([0-9]*\)x.*/\1/p" "$out_dir/$1.txt"; }
inside() { # every panel within the window
    read -r W H <<<"$(sed -n 's/^ui font .* in \([0-9]*\)x\([0-9]*\)$/\1 \2/p' "$out_dir/$1.txt")"
    sed -n "s/^panel '.*' at \([0-9-]*\),\([0-9-]*\) size \([0-9]*\)x\([0-9]*\)$/\1 \2 \3 \4/p" "$out_dir/$1.txt" |
        awk -v W="$W" -v H="$H" '$1 < 0 || $2 < 0 || $1 + $3 > W + 1 || $2 + $4 > H + 1 { print "outside:", $0; bad = 1 }
            END { exit bad }'
}

run start
cat "$out_dir/start.txt" | grep -E '^(ui font|panel|wrote)'
[ "$(font start)" -ge 34 ] || { echo "the UI did not start at 2x on the 4K screen"; exit 1; }
grep -q "^wrote .*start.png (3200x1800)" "$out_dir/start.txt" || { echo "the window did not grow with the screen"; exit 1; }
inside start || { echo "a panel is outside the window"; exit 1; }
layers_y=$(sed -n "s/^panel 'Layers' at [0-9]*,\([0-9]*\) .*/\1/p" "$out_dir/start.txt")
[ "$layers_y" -ge $((1800 * 13 / 100)) ] || { echo "the Layers panel starts over the title ($layers_y)"; exit 1; }

run larger --press "Ctrl+Shift+Plus Ctrl+Shift+Plus"
grep -E '^(ui font|panel)' "$out_dir/larger.txt"
[ "$(font larger)" -ge $(($(font start) * 3 / 2)) ] || { echo "Ctrl+Shift+Plus did not enlarge the font"; exit 1; }
[ "$(panel_width larger Map)" -ge $(($(panel_width start Map) * 3 / 2)) ] ||
    { echo "the Map panel kept its old size"; exit 1; }
inside larger || { echo "a panel left the window at the larger scale"; exit 1; }

run smaller --press "Ctrl+Shift+Minus"
[ "$(font smaller)" -lt "$(font start)" ] || { echo "Ctrl+Shift+Minus did not shrink the font"; exit 1; }
inside smaller || { echo "a panel left the window at the smaller scale"; exit 1; }
echo "UI scale ok"
