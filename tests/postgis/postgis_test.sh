#!/usr/bin/env bash
# PostGIS layers against a real server (label postgis; never skipped): starts a throw-away
# PostgreSQL cluster in a temporary folder on a free local port (initdb, pg_ctl), loads a table of
# 1,200 dated shipments with ogr2ogr, then checks that a briefing's PG: layer
#  - becomes flows with only the briefing's year read, the time filter run by the server (its
#    statement log shows the WHERE clause); a plain layer of 1,000 points returns only those in
#    the briefing's (widened) home view, the server doing the cut;
#  - is refused without --trust, and refused with a password in the briefing (never echoed);
#  - fails with a clear error naming the layer when the server refuses the connection;
#  - renders: the flows are drawn.
# Stops the server and removes the folder on exit, whatever happens.
set -euo pipefail
bin=$1
colours=$2
fixtures=$3
work=$4
rm -rf "$work"
mkdir -p "$work"
source "$(dirname "$0")/throwaway_server.sh"
start_throwaway_postgis "$work"

# 1,200 shipments from 2023 to 2025 (one in three in the briefing's year), deterministic.
awk 'BEGIN {
    print "origin,destination,date,tons,cargo";
    split("Rajin,Rajin,Dunai", from, ","); split("Dunai,Hub,Rajin", to, ","); split("munitions,fuel,food", cargo, ",");
    for (i = 0; i < 1200; i++) {
        d = (i * 7919) % 1095; y = 2023 + int(d / 365); doy = d % 365;
        split("31,28,31,30,31,30,31,31,30,31,30,31", ml, ","); m = 1;
        while (doy >= ml[m]) { doy -= ml[m]; m++ }
        k = i % 3 + 1;
        printf "%s,%s,%04d-%02d-%02d,%d,%s\n", from[k], to[k], y, m, doy + 1, 1 + i % 50, cargo[k];
    } }' >"$work/shipments.csv"
expected=$(grep -c ',2024-' "$work/shipments.csv")
ogr2ogr -f PostgreSQL "$connection" "$work/shipments.csv" -nln shipments -oo AUTODETECT_TYPE=YES
[ "$("${psql[@]}" -d supplyline -At -c "select count(*) from shipments")" = 1200 ]
# 1,000 sightings along latitude 43, from 100 E to 199.9 E (a plain layer of points).
awk 'BEGIN { print "lon,lat,what"; for (i = 0; i < 1000; i++) printf "%.1f,43,sighting %d\n", 100 + i * 0.1, i }' \
    >"$work/sightings.csv"
ogr2ogr -f PostgreSQL "$connection" "$work/sightings.csv" -nln sightings -a_srs EPSG:4326 \
    -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat
# The briefing's home view, 128-136 E, widened by half its size each way: 124-140 E.
in_view=$(awk -F, 'NR > 1 && $1 >= 124 && $1 <= 140' "$work/sightings.csv" | wc -l)

briefing() { # $1: the layer's path -> $work/briefing.toml
    sed -n '1,/^\[\[layer\]\]/p' "$fixtures/briefing.toml" | sed '$d' >"$work/briefing.toml"
    cat >>"$work/briefing.toml" <<TOML
[[layer]]
id = "pg-shipments"
path = "$1"
layer = "shipments"
as = "flows"
fields = { from = "origin", to = "destination", date = "date", volume = "tons", category = "cargo" }
unit = "t"
confidence = "probable"
sources = ["s1"]
TOML
}

briefing "$connection"
out=$("$bin" check --trust "$work/briefing.toml")
echo "$out" | tail -n1
echo "$out" | grep -q "1 layers with $expected features giving 3 flows" ||
    { echo "expected the $expected rows of 2024 as 3 flows"; exit 1; }
grep -q "\"date\" >= '2024-01-01' AND \"date\" < '2025-01-01'" "$pg_data/server.log" ||
    { echo "the time filter did not reach the server"; grep -i "select" "$pg_data/server.log" | tail -n5; exit 1; }

# A plain layer: the server cuts it to the briefing's view.
sed -n '1,/^\[\[layer\]\]/p' "$fixtures/briefing.toml" | sed '$d' >"$work/points.toml"
printf '[[layer]]\nid = "pg-sightings"\npath = "%s"\nlayer = "sightings"\n' "$connection" >>"$work/points.toml"
points=$("$bin" check --trust "$work/points.toml")
echo "$points" | tail -n1
echo "$points" | grep -q "1 layers with $in_view features" ||
    { echo "expected the $in_view sightings in view of 1000"; exit 1; }
grep -q 'wkb_geometry" && ST_SetSRID(.BOX3D(124 37.5, 140 49.5)' "$pg_data/server.log" ||
    { echo "the view's filter did not reach the server"; exit 1; }

set +e
untrusted=$("$bin" check "$work/briefing.toml" 2>&1); code=$?
set -e
[ "$code" = 2 ] && echo "$untrusted" | grep -q "is a PostgreSQL database; .*--trust" ||
    { echo "a PG: layer without --trust: exit $code: $untrusted"; exit 1; }

briefing "$connection password=hunter2secret"
set +e
secret=$("$bin" check --trust "$work/briefing.toml" 2>&1); code=$?
set -e
[ "$code" = 2 ] && echo "$secret" | grep -q "holds a password" && ! echo "$secret" | grep -q hunter2 ||
    { echo "a password in the briefing: exit $code: $secret"; exit 1; }

briefing "PG:host=127.0.0.1 port=$((port == 65535 ? port - 1 : port + 1)) user=postgres dbname=supplyline"
set +e
refused=$("$bin" check --trust "$work/briefing.toml" 2>&1); code=$?
set -e
[ "$code" = 2 ] && echo "$refused" | grep -q "layer 'pg-shipments'" ||
    { echo "a refused connection: exit $code: $refused"; exit 1; }

briefing "$connection"
"$bin" render --trust "$work/briefing.toml" --time 2024-06-01 --size 1920x1080 --basemap 110m -o "$work/pg.png"
read -r _ munitions <<<"$("$colours" "$work/pg.png" '#E8602C' 40)"
echo "rendered: munitions pixels $munitions"
[ "$munitions" -gt 100 ] || { echo "the PostGIS flows are not drawn"; exit 1; }

# The server disappears mid-read: a clear error naming the layer, never half a table shown as whole.
"${psql[@]}" -d supplyline -c "create table many as select i, ST_SetSRID(ST_MakePoint(128 + (i % 800) * 0.01, \
    43 + (i % 600) * 0.01), 4326)::geometry(Point, 4326) as geom from generate_series(1, 3000000) as i"
sed -n '1,/^\[\[layer\]\]/p' "$fixtures/briefing.toml" | sed '$d' >"$work/many.toml"
printf '[[layer]]\nid = "pg-many"\npath = "%s"\nlayer = "many"\n' "$connection" >>"$work/many.toml"
set +e
"$bin" check --trust "$work/many.toml" >"$work/midread.txt" 2>&1 &
reader=$!
for _ in $(seq 100); do # until the reader's cursor is open
    grep -q 'FETCH' "$pg_data/server.log" && break
    sleep 0.05
done
sleep 0.3
as_server "$pg_bin/pg_ctl" -D "$pg_data/cluster" -m immediate stop >/dev/null 2>&1
wait $reader; code=$?
set -e
midread=$(cat "$work/midread.txt")
echo "$midread" | tail -n2
[ "$code" = 2 ] && echo "$midread" | grep -q "layer 'pg-many' (.*): reading stopped after [0-9]* rows" ||
    { echo "a server gone mid-read: exit $code: $midread"; exit 1; }
echo "PostGIS ok ($expected of 1200 shipments and $in_view of 1000 sightings read)"
