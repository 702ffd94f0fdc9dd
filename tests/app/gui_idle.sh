#!/usr/bin/env bash
# Idle under Xvfb: the window, paused and untouched, sleeps until an event (issue 16: idle CPU
# <= 2 % of a core). Starts the window on the default briefing, measures the process's CPU time
# over 5 s stretches from /proc until one is idle (after loading and the 5 s idle delay), then
# closes it with TERM and checks that it closes promptly (a sleeping window still hears signals).
set -euo pipefail
bin=$1
out_dir=$2
mkdir -p "$out_dir"
source "$(dirname "$0")/xvfb.sh"
start_xvfb 1280x720x24
log="$out_dir/idle.log"
DISPLAY=$display XDG_CONFIG_HOME="$out_dir/config" "$bin" --basemap 110m >"$log" 2>&1 &
window=$!
trap 'kill $window 2>/dev/null || true; kill $xvfb 2>/dev/null || true' EXIT
ticks() { awk '{ print $14 + $15 }' "/proc/$window/stat"; }
hz=$(getconf CLK_TCK)
# The map loads, then 5 s without input while paused: within a minute some 5 s stretch is idle.
sleep 8
best=100
for _ in $(seq 10); do
    kill -0 $window 2>/dev/null || { cat "$log"; echo "the window exited"; exit 1; }
    before=$(ticks)
    sleep 5
    after=$(ticks)
    percent=$(awk -v a="$before" -v b="$after" -v hz="$hz" 'BEGIN { printf "%.1f", 100 * (b - a) / hz / 5 }')
    echo "window: $percent % of a core over 5 s"
    best=$percent
    awk -v p="$percent" 'BEGIN { exit !(p <= 2.0) }' && break
done
kill -TERM $window
for _ in $(seq 40); do kill -0 $window 2>/dev/null || break; sleep 0.1; done
if kill -0 $window 2>/dev/null; then echo "the idle window did not close within 4 s of TERM"; exit 1; fi
awk -v p="$best" 'BEGIN { exit !(p <= 2.0) }' || { echo "an idle window uses $best % of a core"; exit 1; }
echo "GUI idle ok"
