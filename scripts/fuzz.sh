#!/usr/bin/env bash
# Runs the libFuzzer targets for longer than CI does: scripts/fuzz.sh [SECONDS] [TARGETS...]
# (default 600 s each, targets: briefing layer). Crashes are written to build-fuzz/crashes/;
# add each fixed one to tests/fixtures/bad/ (scripts/make_bad_corpus.py) or the fuzz corpus.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-600}
shift || true
targets=${*:-briefing layer}
cmake -S "$root" -B "$root/build-fuzz" -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSUPPLYLINE_FUZZ=ON -DSUPPLYLINE_BENCHMARKS=OFF >/dev/null
mkdir -p "$root/build-fuzz/crashes"
for target in $targets; do
  cmake --build "$root/build-fuzz" --target "${target}_fuzz"
  work="$root/build-fuzz/long-corpus-$target"
  mkdir -p "$work"
  cp -rn "$root/tests/fuzz/corpus/$target/." "$work/"
  [[ $target == briefing ]] && cp -n "$root"/tests/fixtures/briefings/bad/*.toml "$work/"
  "$root/build-fuzz/tests/${target}_fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=16384 -print_final_stats=1 -artifact_prefix="$root/build-fuzz/crashes/$target-" "$work"
done
