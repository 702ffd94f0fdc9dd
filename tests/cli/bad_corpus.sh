#!/usr/bin/env bash
# Runs `supplyline check` on every case of the malformed corpus (tests/fixtures/bad/expected.txt):
# each must exit with its expected code (never a crash or a signal), within a timeout, and print the
# expected text on a diagnostic line that starts with the briefing's path (file:line:col).
# Usage: bad_corpus.sh SUPPLYLINE CORPUS_DIR [JOBS]
set -uo pipefail
supplyline=$1
dir=$2
jobs=${3:-4}
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

trim() { sed 's/^ *//; s/ *$//' <<<"$1"; }

run_case() {
  local file=$1 code=$2 expect=$3 path="$dir/$1" out got problem=""
  out=$(timeout 60 "$supplyline" check "$path" 2>&1)
  got=$?
  if [[ $got -eq 124 ]]; then
    problem="hung (over 60 s)"
  elif [[ $code == any ]]; then
    [[ $got -le 2 ]] || problem="exit $got (crash?)"
  elif [[ $got -ne $code ]]; then
    problem="exit $got, expected $code"
  elif ! grep -F -- "$expect" <<<"$out" | grep -q -F -- "$path"; then
    problem="no line naming $path contains '$expect'"
  fi
  # Every diagnostic is one line that says where: the briefing's path first.
  if [[ -z $problem ]] && grep -E ': (error|warning): ' <<<"$out" | grep -v -q -F -- "$path"; then
    problem="a diagnostic line does not start with the file"
  fi
  [[ -z $problem ]] || printf 'FAIL %s: %s\n%s\n\n' "$file" "$problem" "$out" >"$results/${file//\//_}.fail"
}

start=$(date +%s%N)
cases=0
while IFS='|' read -r file code expect; do
  file=$(trim "$file")
  [[ -z $file || $file == \#* ]] && continue
  cases=$((cases + 1))
  while (($(jobs -rp | wc -l) >= jobs)); do wait -n; done
  run_case "$file" "$(trim "$code")" "$(trim "$expect")" &
done <"$dir/expected.txt"
wait
failures=$(find "$results" -name '*.fail' | wc -l)
cat "$results"/*.fail 2>/dev/null
elapsed_ms=$((($(date +%s%N) - start) / 1000000))
printf '%d cases, %d failed, %d.%03d s\n' "$cases" "$failures" $((elapsed_ms / 1000)) $((elapsed_ms % 1000))
[[ $cases -ge 100 && $failures -eq 0 ]]
