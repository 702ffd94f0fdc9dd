#!/usr/bin/env bash
# Issue 16's measurements in one run, as ratios to the limit probe measured in the same run:
#   - the window's frame at 1k and 10k synthetic trips (the probe's layout, 1280x720 under Xvfb,
#     --frame-stats) against the probe's frame at the same size;
#   - BM_FrameCpu (our side of a frame at 1k/10k/100k trips) and BM_TripsFlowFrame (frame_bench);
#   - peak RSS of `render` with the 10k-trip briefing at the 1:10m basemap.
# Writes BUILD/scale_bench.json (Google Benchmark) and BUILD/scale_bench.txt (the summary).
# Usage: scale_bench.sh BUILD_DIR [PROBE_DIR (default ../shared/bench/limit-probe)]
set -euo pipefail
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
probe_src=${2:-$here/../../../shared/bench/limit-probe}
work=$(mktemp -d /tmp/supplyline-scale-XXXXXX)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
summary="$build/scale_bench.txt"
: >"$summary"
say() { echo "$*" | tee -a "$summary"; }

probe=""
if [ -f "$probe_src/segments.c" ]; then
    (cd "$work" && glad --quiet --reproducible --api gl:core=4.5,egl=1.5 --out-path gen c --loader &&
        gcc -O2 "$probe_src/segments.c" gen/src/egl.c gen/src/gl.c -Igen/include -ldl -lm -o segments) &&
        probe="$work/segments"
fi
for n in 1000 10000; do python3 "$here/make_trips_briefing.py" "$n" "$work/trips-$n" >/dev/null; done

source "$here/../app/xvfb.sh"
start_xvfb 1280x720x24
window_ms() { # $1: trips -> median frame time of the window, ms
    DISPLAY=$display "$build/app/supplyline" "$work/trips-$1/briefing.toml" --size 1280x720 \
        --frame-stats 30 --time 2020-12-01 2>&1 | awk '/frame:/ { print $5 }'
}
for n in 1000 10000; do
    ours=$(window_ms "$n")
    if [ -n "$probe" ]; then
        floor=$("$probe" "$n" 1280 720 | sed -E 's/.*: ([0-9.]+) ms.*/\1/')
        say "window frame, $n trips at 1280x720: ${ours} ms; limit probe ${floor} ms;" \
            "ratio $(awk -v a="$ours" -v b="$floor" 'BEGIN { printf "%.2f", a / b }') (target <= 1.5)"
    else
        say "window frame, $n trips at 1280x720: ${ours} ms (no limit probe at $probe_src)"
    fi
done
rss=$(python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$build/app/supplyline" render \
    "$work/trips-10000/briefing.toml" --basemap 10m --size 1920x1080 -o "$work/render.png")
say "render, 10k trips, 1:10m basemap, 1080p: peak RSS $((rss / 1024)) MB (target <= 300)"
"$build/tests/frame_bench" --benchmark_filter='BM_FrameCpu|BM_TripsFlowFrame' \
    --benchmark_out="$build/scale_bench.json" --benchmark_out_format=json | tee -a "$summary"
echo "summary: $summary; JSON: $build/scale_bench.json"
