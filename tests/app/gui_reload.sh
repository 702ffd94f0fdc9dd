#!/usr/bin/env bash
# Hot reload in the real window under Xvfb: the window shows a copy of the default briefing; the
# file is broken while the window runs -> the red error banner appears and the map stays; then the
# file is broken and fixed again -> the window recovers by itself and the banner is gone.
set -euo pipefail
bin=$1
colours=$2
out_dir=$3
mkdir -p "$out_dir"
work=$(mktemp -d)
source "$(dirname "$0")/xvfb.sh"
start_xvfb 1600x900x24
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
source_briefing="$(dirname "$0")/../../assets/briefings/eurasia-2024/briefing.toml"
cp "$source_briefing" "$work/briefing.toml"
banner='#560E0E'

# Runs the window in the background (stdout to $1.log) and waits until it has drawn the map.
start_window() {
    DISPLAY=$display timeout 120 "$bin" "$work/briefing.toml" --basemap 110m --screenshot "$1" \
        --screenshot-delay "$2" >"$1.log" 2>&1 &
    window=$!
    for _ in $(seq 600); do grep -q "map ready" "$1.log" 2>/dev/null && return 0; sleep 0.1; done
    cat "$1.log"
    echo "the window never drew the map"
    exit 1
}

# 1. Broken while running: banner, map still drawn (flows' vermillion present).
shot="$out_dir/reload_broken.png"
start_window "$shot" 5
echo 'broken = [' >> "$work/briefing.toml"
wait $window || { cat "$shot.log"; exit 1; }
read -r _ red <<<"$("$colours" "$shot" "$banner" 12)"
read -r _ flows <<<"$("$colours" "$shot" '#E8602C' 30)"
echo "broken: banner pixels $red, flow pixels $flows"
[ "$red" -gt 5000 ] || { echo "no error banner after the file broke"; exit 1; }
[ "$flows" -gt 1000 ] || { echo "the last good map did not stay"; exit 1; }

# 2. Broken, then half-written, then fixed: recovers, no banner.
cp "$source_briefing" "$work/briefing.toml"
shot="$out_dir/reload_recovered.png"
start_window "$shot" 8
echo 'broken = [' >> "$work/briefing.toml"
sleep 1.5
head -c 5000 "$source_briefing" > "$work/briefing.toml.new" && mv "$work/briefing.toml.new" "$work/briefing.toml"
sleep 1.5
cp "$source_briefing" "$work/briefing.toml.new" && mv "$work/briefing.toml.new" "$work/briefing.toml"
wait $window || { cat "$shot.log"; exit 1; }
read -r _ red <<<"$("$colours" "$shot" "$banner" 12)"
read -r _ flows <<<"$("$colours" "$shot" '#E8602C' 30)"
echo "recovered: banner pixels $red, flow pixels $flows"
[ "$red" -lt 500 ] || { echo "the banner stayed after the file was fixed"; exit 1; }
[ "$flows" -gt 1000 ] || { echo "no map after recovery"; exit 1; }

# 2b. A layer dropped on the window stays through a hot reload of the briefing (it is not in the
# file until "Write into briefing"): the KML's red convoy track is still drawn after the file changed.
red='#FF0000'
dropped="$(dirname "$0")/../fixtures/briefings/timed/convoy.kml"
layer_after_reload() { # $1: shot, then extra options -> red pixels after a reload
    local shot=$1
    shift
    cp "$source_briefing" "$work/briefing.toml"
    DISPLAY=$display timeout 120 "$bin" "$work/briefing.toml" --basemap 110m --screenshot "$shot" \
        --screenshot-delay 7 --time 2024-06-12 "$@" >"$shot.log" 2>&1 &
    window=$!
    for _ in $(seq 600); do grep -q "map ready" "$shot.log" 2>/dev/null && break; sleep 0.1; done
    sleep 2
    { cat "$source_briefing"; echo "# edited while the window runs"; } >"$work/briefing.toml.new"
    mv "$work/briefing.toml.new" "$work/briefing.toml"
    wait $window || { cat "$shot.log"; exit 1; }
    "$colours" "$shot" "$red" 30 | cut -d' ' -f2
}
kept=$(layer_after_reload "$out_dir/reload_kept_layer.png" --drop "$dropped")
none=$(layer_after_reload "$out_dir/reload_no_layer.png")
echo "after a reload: red pixels $kept with a dropped layer, $none without"
[ "$kept" -gt $((none + 150)) ] || { echo "the dropped layer was lost in the hot reload"; exit 1; }

# 3. An interactive session (no screenshot) closed by SIGTERM saves its preferences atomically.
config="$work/config"
XDG_CONFIG_HOME=$config DISPLAY=$display timeout 120 "$bin" "$work/briefing.toml" --basemap 110m --theme light &
window=$!
sleep 4
kill -TERM $window
wait $window
prefs="$config/supplyline/preferences.toml"
cat "$prefs"
grep -q 'theme = .light.' "$prefs" && grep -q "last_briefing = .$work/briefing.toml." "$prefs" ||
    { echo "preferences not saved"; exit 1; }
[ -z "$(find "$config/supplyline" -name '*.tmp-*')" ] || { echo "temporary files left"; exit 1; }
echo "GUI hot reload and preferences ok"
