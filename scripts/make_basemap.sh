#!/usr/bin/env bash
# Rebuilds assets/basemap/*.gpkg from Natural Earth via the world-atlas npm package.
# Needs network (npm registry), npm, gdal-bin (ogr2ogr/ogrinfo), python3, iso-codes and the
# project's build dependencies (it builds supplyline-bake-basemap).
# The outputs are committed so that building and running need no network.
set -euo pipefail

version=2.0.2
sha256=032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/assets/basemap"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack "world-atlas@$version" >/dev/null
echo "$sha256  world-atlas-$version.tgz" | sha256sum -c -
tar xzf "world-atlas-$version.tgz"

# ISO 3166-1 numeric -> alpha-3 from Debian's iso-codes; Kosovo has no ISO code, XKX is the common user-assigned one.
python3 - <<'PY' > iso_codes.csv
import json
rows = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
print("numeric,alpha_3")
for r in rows:
    print(f'{r["numeric"]},{r["alpha_3"]}')
PY

mkdir -p "$out"
for scale in 110m 50m 10m; do
  gpkg="$out/naturalearth-$scale.gpkg"
  rm -f "$gpkg"
  ogr2ogr -f GPKG "$gpkg" "package/countries-$scale.json" countries -nln countries -nlt PROMOTE_TO_MULTI -lco SPATIAL_INDEX=NO
  ogr2ogr -f GPKG -update "$gpkg" "package/land-$scale.json" land -nln land -nlt PROMOTE_TO_MULTI -lco SPATIAL_INDEX=NO
  ogr2ogr -f GPKG -update "$gpkg" iso_codes.csv -nln iso_codes
  ogrinfo -q "$gpkg" -sql "ALTER TABLE countries ADD COLUMN iso_a3 TEXT" >/dev/null
  ogrinfo -q "$gpkg" -dialect SQLite -sql \
    "UPDATE countries SET iso_a3 = (SELECT alpha_3 FROM iso_codes WHERE iso_codes.numeric = countries.id)" >/dev/null
  ogrinfo -q "$gpkg" -dialect SQLite -sql "UPDATE countries SET iso_a3 = 'XKX' WHERE name = 'Kosovo'" >/dev/null
  ogrinfo -q "$gpkg" -sql "DROP TABLE iso_codes" >/dev/null
  ogrinfo -q "$gpkg" -sql "VACUUM" >/dev/null
  echo "$gpkg: $(du -h "$gpkg" | cut -f1)"
done

# Store each country's lon/lat triangulation in the file, so loading skips computing it.
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$root/build" --target supplyline-bake-basemap >/dev/null
for scale in 110m 50m 10m; do
  "$root/build/app/supplyline-bake-basemap" "$out/naturalearth-$scale.gpkg"
  ogrinfo -q "$out/naturalearth-$scale.gpkg" -sql "VACUUM" >/dev/null
done

# The 1:10m file is too large to commit as is; CMake unpacks this archive at configure time.
tar -C "$out" -cJf "$out/naturalearth-10m.gpkg.tar.xz" naturalearth-10m.gpkg
