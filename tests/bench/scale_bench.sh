#!/usr/bin/env bash
# Issue 16's measurements in one run, as ratios to the limit probe measured in the same run:
#   - the window's frame at 1k, 10k and 100k synthetic trips (the probe's layout, 1280x720 under
#     Xvfb, --frame-stats) against the probe's frame at the same size, and at 10k trips at 1080p;
#   - when the window first draws the map and when it is complete, with 10k trips;
#   - panning over the 1:10m basemap at 1080p (--frame-stats --pan, the default briefing);
#   - idle CPU of the window, paused and untouched;
#   - peak RSS of `render` with the 10k-trip briefing at the 1:10m basemap, 1080p;
#   - benchmarks: BM_FrameCpu (our side of a frame at 1k/10k/100k trips), BM_TripsFlowFrame,
#     BM_BasemapMovingFrame (each scale, camera moving) and BM_ProjectionSwitch (each scale).
# Writes BUILD/scale_bench.json and BUILD/basemap_bench.json (Google Benchmark) and
# BUILD/scale_bench.txt (the summary). SCALE_BENCH_QUICK=1 leaves out the 100k-trip window run
# (its briefing takes ~40 s to write and open).
# Usage: scale_bench.sh BUILD_DIR [PROBE_DIR (default ../shared/bench/limit-probe)]
set -euo pipefail
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
assets=$(cd "$here/../../assets" && pwd)
probe_src=${2:-$here/../../../shared/bench/limit-probe}
work=$(mktemp -d /tmp/supplyline-scale-XXXXXX)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
summary="$build/scale_bench.txt"
: >"$summary"
say() { echo "$*" | tee -a "$summary"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

probe=""
if [ -f "$probe_src/segments.c" ]; then
    (cd "$work" && glad --quiet --reproducible --api gl:core=4.5,egl=1.5 --out-path gen c --loader &&
        gcc -O2 "$probe_src/segments.c" gen/src/egl.c gen/src/gl.c -Igen/include -ldl -lm -o segments) &&
        probe="$work/segments"
fi
sizes="1000 10000"
[ "${SCALE_BENCH_QUICK:-0}" = 1 ] || sizes="$sizes 100000"
for n in $sizes; do python3 "$here/make_trips_briefing.py" "$n" "$work/trips-$n" >/dev/null; done

source "$here/../app/xvfb.sh"
start_xvfb 1920x1080x24
run_window() { # briefing, size, frames, extra args... -> the window's --frame-stats output
    local briefing=$1 size=$2 frames=$3
    shift 3
    DISPLAY=$display "$build/app/supplyline" "$briefing" --size "$size" --frame-stats "$frames" "$@" 2>&1
}
median_of() { awk '/frame:/ { print $5 }'; }
middle() { tr ' ' '\n' | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
probe_ms() { "$probe" "$1" "$2" "$3" | sed -E 's/.*: ([0-9.]+) ms.*/\1/'; }
# The machine's speed drifts: window and probe alternate, three runs each (one at 100k), medians.
for n in $sizes; do
    frames=30 runs=3
    [ "$n" -lt 100000 ] || frames=10 runs=1
    ours_runs="" floor_runs=""
    for _ in $(seq $runs); do
        out=$(run_window "$work/trips-$n/briefing.toml" 1280x720 "$frames" --time 2020-12-01)
        ours_runs="$ours_runs $(echo "$out" | median_of)"
        [ -z "$probe" ] || floor_runs="$floor_runs $(probe_ms "$n" 1280 720)"
    done
    ours=$(echo $ours_runs | middle)
    if [ -n "$probe" ]; then
        floor=$(echo $floor_runs | middle)
        say "window frame, $n trips at 1280x720: ${ours} ms (runs:$ours_runs); limit probe ${floor} ms (runs:$floor_runs); ratio $(ratio "$ours" "$floor") (target <= 1.5)"
    else
        say "window frame, $n trips at 1280x720: ${ours} ms (no limit probe at $probe_src)"
    fi
    if [ "$n" = 10000 ]; then
        first=$(echo "$out" | sed -nE 's/^map first drawn ([0-9]+) ms, complete ([0-9]+) ms.*/\1/p')
        complete=$(echo "$out" | sed -nE 's/^map first drawn ([0-9]+) ms, complete ([0-9]+) ms.*/\2/p')
        say "start, 10k trips: basemap drawn ${first} ms, whole map ${complete} ms after the window system started (target: first frame <= 500)"
        out=$(run_window "$work/trips-$n/briefing.toml" 1920x1080 30 --time 2020-12-01)
        ours=$(echo "$out" | median_of)
        floor=$([ -n "$probe" ] && probe_ms "$n" 1920 1080 || echo "")
        say "window frame, 10k trips at 1920x1080: ${ours} ms${floor:+; limit probe $floor ms; ratio $(ratio "$ours" "$floor")}"
    fi
done
out=$(run_window "$assets/briefings/eurasia-2024/briefing.toml" 1920x1080 300 --basemap 10m --pan)
say "panning, 1:10m basemap at 1920x1080 (default briefing, 300 frames): $(echo "$out" | sed -nE 's/^frames [0-9]+ +\(([0-9.]+) fps\)/\1/p') fps, frame p50 $(echo "$out" | median_of) ms, p95 $(echo "$out" | awk '/frame:/ { print $7 }') ms (target >= 30 fps)"

# Idle: paused and untouched for the window's 5 s, then 5 s of CPU time from /proc.
DISPLAY=$display "$build/app/supplyline" "$assets/briefings/eurasia-2024/briefing.toml" --basemap 110m >/dev/null 2>&1 &
window=$!
sleep 9
before=$(awk '{ print $14 + $15 }' "/proc/$window/stat")
sleep 5
after=$(awk '{ print $14 + $15 }' "/proc/$window/stat")
kill $window
say "idle window: $(awk -v a="$before" -v b="$after" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", 100 * (b - a) / hz / 5 }') % of a core (target <= 2)"

rss=$(python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$build/app/supplyline" render \
    "$work/trips-10000/briefing.toml" --basemap 10m --size 1920x1080 -o "$work/render.png")
say "render, 10k trips, 1:10m basemap, 1080p: peak RSS $((rss / 1024)) MB (target <= 300)"
"$build/tests/frame_bench" --benchmark_filter='BM_FrameCpu|BM_TripsFlowFrame|BM_BasemapMovingFrame' \
    --benchmark_out="$build/scale_bench.json" --benchmark_out_format=json | tee -a "$summary"
"$build/tests/basemap_bench" --benchmark_filter='BM_ProjectionSwitch' \
    --benchmark_out="$build/basemap_bench.json" --benchmark_out_format=json | tee -a "$summary"
echo "summary: $summary; JSON: $build/scale_bench.json, $build/basemap_bench.json"
