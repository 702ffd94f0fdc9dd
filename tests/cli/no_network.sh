#!/usr/bin/env bash
# Nothing reaches the network (issue 14, item 2): a loopback listener stands where a hostile
# briefing's links point (a GeoJSON "crs" link, a layer URL), NO_PROXY is set to let requests past
# any proxy, and `supplyline check` and `render` run on it; not one connection may arrive.
#   no_network.sh SUPPLYLINE WORKDIR
set -euo pipefail
supplyline=$1 work=$2
rm -rf "$work" && mkdir -p "$work" && cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

python3 - <<'PY' &
import socket, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 0)); s.listen(16)
open("port", "w").write(str(s.getsockname()[1]))
s.settimeout(60)
try:
    while True:
        c, _ = s.accept()
        open("connections", "a").write("connection\n")
        c.close()
except socket.timeout:
    pass
PY
listener=$!
trap 'kill $listener 2>/dev/null || true' EXIT
for _ in $(seq 100); do [[ -s port ]] && break; sleep 0.1; done
port=$(cat port)
url="http://127.0.0.1:$port/crs"
cat >linked.geojson <<JSON
{"type": "FeatureCollection", "crs": {"type": "link", "properties": {"href": "$url", "type": "proj4"}},
 "features": [{"type": "Feature", "id": 1, "properties": {},
               "geometry": {"type": "Point", "coordinates": [130.3, 42.3]}}]}
JSON
printf '[briefing]\ntitle = "t"\nstart = 2024-01-01\nend = 2024-12-31\n\n[[layer]]\nid = "l"\npath = "linked.geojson"\n' >briefing.toml
printf '[briefing]\ntitle = "t"\nstart = 2024-01-01\nend = 2024-12-31\n\n[[layer]]\nid = "l"\npath = "%s"\n' \
    "/vsicurl/http://127.0.0.1:$port/rail.geojson" >remote.toml
export NO_PROXY="127.0.0.1,localhost" no_proxy="127.0.0.1,localhost"
"$supplyline" check briefing.toml || true
"$supplyline" render briefing.toml --basemap 110m --size 320x180 -o out.png || true
"$supplyline" check remote.toml || true
sleep 0.5
[[ ! -e connections ]] || fail "$(wc -l <connections) connection(s) reached the loopback listener"
echo "no connection arrived on port $port"
