#!/usr/bin/env bash
# Runs the libFuzzer targets for longer than CI does: scripts/fuzz.sh [SECONDS] (default 600).
# Crashes are written to build-fuzz/crashes/; add each fixed one to tests/fixtures/briefings/bad/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-600}
cmake -S "$root" -B "$root/build-fuzz" -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSUPPLYLINE_FUZZ=ON -DSUPPLYLINE_BENCHMARKS=OFF >/dev/null
cmake --build "$root/build-fuzz" --target briefing_fuzz
work="$root/build-fuzz/long-corpus"
mkdir -p "$work" "$root/build-fuzz/crashes"
cp -rn "$root/tests/fixtures/briefings/." "$work/"
"$root/build-fuzz/tests/briefing_fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$root/build-fuzz/crashes/" "$work"
