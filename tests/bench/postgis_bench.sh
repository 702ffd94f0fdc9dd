#!/usr/bin/env bash
# The data-layer benchmark with its PostGIS cases: starts a throw-away PostgreSQL/PostGIS server
# (tests/postgis/throwaway_server.sh), runs mapped_layer_bench against it, writes the JSON and
# prints the ratios of issue 15's targets. Usage: postgis_bench.sh BUILD_DIR [OUT.json]
set -euo pipefail
build=$1
out=${2:-$build/mapped_layer_bench.json}
work=$(mktemp -d /tmp/supplyline-pg-bench-XXXXXX)
chmod 755 "$work"
source "$(dirname "$0")/../postgis/throwaway_server.sh"
start_throwaway_postgis "$work"
SUPPLYLINE_BENCH_PG="$connection" "$build/tests/mapped_layer_bench" --benchmark_repetitions=3 \
    --benchmark_report_aggregates_only=true --benchmark_out="$out" --benchmark_out_format=json
python3 - "$out" <<'PY'
import json, sys
rows = {b["run_name"]: b["real_time"] for b in json.load(open(sys.argv[1]))["benchmarks"]
        if b.get("aggregate_name") == "median"}
def ratio(a, b, target):
    if a in rows and b in rows:
        print(f"{a} / {b}: {rows[a] / rows[b]:.2f}x (target <= {target}x)")
ratio("BM_CsvShipmentsToFlows", "BM_CsvToMemory_Floor", 1.5)
ratio("BM_GpkgLinesAsLayer", "BM_GpkgToMemory_Floor", 1.5)
ratio("BM_PostgisShipmentsToFlows", "BM_GpkgShipmentsToFlows", 2)
ratio("BM_PostgisLinesAsLayer", "BM_GpkgLinesAsLayer", 2)
PY
