#!/usr/bin/env python3
"""Generates the malformed-input corpus in tests/fixtures/bad/ and its manifest expected.txt.

Every case is a briefing (NAME.toml) that `supplyline check` must answer with a clear one-line
diagnostic, the expected exit code and no crash or hang; layer cases point at a broken data file
in data/. The output is committed, so tests never run this; rerun it after changing a case:
    python3 scripts/make_bad_corpus.py
Needs ogr2ogr (gdal-bin) for the GeoPackage, Shapefile and FlatGeobuf seeds; Python's sqlite3
adds the GeoPackage trigger and view. Deterministic: a fixed seed, no timestamps in the data.
"""
import json
import math
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "bad")
DATA = os.path.join(OUT, "data")
rng = random.Random(8)
manifest = []  # (briefing file, exit code, substring)

HEAD = '[briefing]\ntitle = "Malformed corpus"\nstart = 2024-01-01\nend = 2024-12-31\n'
GOOD_BRIEFING = open(os.path.join(ROOT, "tests", "fixtures", "briefings", "minimal.toml"), "rb").read()

GOOD_GEOJSON = b"""{"type": "FeatureCollection", "name": "rail", "features": [
{"type": "Feature", "id": 1, "properties": {"name": "a", "opened": "2000-01-01"},
 "geometry": {"type": "LineString", "coordinates": [[130.3, 42.3], [131.0, 42.9], [131.9, 43.1]]}},
{"type": "Feature", "id": 2, "properties": {"name": "b", "opened": "2001-01-01"},
 "geometry": {"type": "Polygon", "coordinates": [[[131.6, 43.4], [132.0, 43.4], [132.0, 43.7], [131.6, 43.4]]]}},
{"type": "Feature", "id": 3, "properties": {"name": "c", "opened": "2002-01-01"},
 "geometry": {"type": "Point", "coordinates": [133.5, 44.2]}}
]}
"""


def write(path, data):
    full = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def briefing_case(name, data, code, expect):
    write(name + ".toml", data)
    manifest.append((name + ".toml", code, expect))


def layer_case(name, filename, data, code, expect, extra=""):
    """A briefing whose one layer is data/FILENAME (written unless data is None)."""
    if data is not None:
        write("data/" + filename, data)
    layer_path = filename if filename.startswith(("/", "..")) or "://" in filename else "data/" + filename
    briefing_case(name, HEAD + '\n[[layer]]\nid = "l"\npath = "%s"\n%s' % (layer_path, extra), code,
                  expect.replace("{path}", layer_path))


def high_bit_flips(data, count, lo, hi):
    """Sets bit 7 of `count` bytes in [lo, hi): always invalid UTF-8 in a text format."""
    out = bytearray(data)
    for _ in range(count):
        out[rng.randrange(lo, hi)] |= 0x80
    return bytes(out)


def ogr(src, dst, *args):
    subprocess.run(["ogr2ogr", *args, dst, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    if shutil.which("ogr2ogr") is None:
        sys.exit("make_bad_corpus.py: needs ogr2ogr (apt-get install gdal-bin)")
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(DATA)

    # --- The briefing file itself ---------------------------------------------------------------
    briefing_case("empty_briefing", b"", 2, "missing [briefing] table")
    briefing_case("whitespace_only", b" \n\t\n  \n", 2, "missing [briefing] table")
    briefing_case("nul_bytes", b"\0" * 64, 2, "not valid TOML")
    briefing_case("unterminated_string", HEAD.replace('"Malformed corpus"', '"Malformed corpus'), 2, "not valid TOML")
    briefing_case("unclosed_table_header", "[briefing\ntitle = \"x\"\n", 2, "not valid TOML")
    briefing_case("duplicate_key", HEAD + 'title = "again"\n', 2, "not valid TOML")
    briefing_case("deep_arrays", "a = " + "[" * 5000 + "]" * 5000 + "\n", 2, "not valid TOML")
    briefing_case("deep_inline_tables", "a = " + "{b = " * 3000 + "1" + "}" * 3000 + "\n", 2, "not valid TOML")
    briefing_case("invalid_utf8_title", HEAD.encode().replace(b"Malformed", b"Mal\xff\xfeformed"), 2, "not valid TOML")
    briefing_case("overlong_utf8", HEAD.encode().replace(b"Malformed", b"Mal\xc0\xafformed"), 2, "not valid TOML")
    briefing_case("utf16_bom", b"\xff\xfe" + HEAD.encode("utf-16-le"), 2, "not valid TOML")
    briefing_case("bad_date", HEAD.replace("2024-12-31", "2024-13-45"), 2, "not valid TOML")
    briefing_case("date_as_number", HEAD.replace("2024-12-31", "20241231"), 2, "end")
    briefing_case("title_is_table", '[briefing]\ntitle = { a = 1 }\nstart = 2024-01-01\nend = 2024-12-31\n', 2,
                  "'title' must be a string")
    briefing_case("nan_lonlat", GOOD_BRIEFING.replace(b"[131.9, 43.1]", b"[nan, 43.1]"), 2,
                  "must be a finite number")
    briefing_case("inf_lonlat", GOOD_BRIEFING.replace(b"[131.9, 43.1]", b"[inf, 43.1]"), 2,
                  "must be a finite number")
    briefing_case("huge_lonlat", GOOD_BRIEFING.replace(b"[131.9, 43.1]", b"[1e308, 43.1]"), 2,
                  "is outside longitude -180..180")
    briefing_case("huge_waypoint", GOOD_BRIEFING.replace(b"[131.0, 42.5]", b"[131.0, -1e300]"), 2,
                  "is outside longitude -180..180")
    briefing_case("nan_volume", GOOD_BRIEFING.replace(b"[2024-03-01, 1.0]", b"[2024-03-01, nan]"), 2,
                  "must be a finite number")
    briefing_case("string_volume", GOOD_BRIEFING.replace(b"[2024-03-01, 1.0]", b'[2024-03-01, "1.0"]'), 2,
                  "error")
    for i, cut in enumerate([1, 9, 60, 400, 900, 1500]):
        briefing_case("truncated_briefing_%d" % i, GOOD_BRIEFING[:cut], 2, "error")
    for i in range(8):
        lo = GOOD_BRIEFING.index(b"[briefing]")
        briefing_case("bitflipped_briefing_%d" % i, high_bit_flips(GOOD_BRIEFING, 1 + i % 3, lo, len(GOOD_BRIEFING)),
                      2, "not valid TOML")
    briefing_case("binary_png", b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(300)), 2,
                  "not valid TOML")
    briefing_case("layer_not_a_table", HEAD + "layer = 5\n", 0, "unknown key 'layer' is ignored")
    briefing_case("layer_without_path", HEAD + '\n[[layer]]\nid = "l"\n', 2, "layer 'l' has no 'path'")
    briefing_case("layer_path_number", HEAD + '\n[[layer]]\nid = "l"\npath = 7\n', 2, "'path' must be a string")
    briefing_case("layer_empty_path", HEAD + '\n[[layer]]\nid = "l"\npath = ""\n', 2, "'path' is empty")
    briefing_case("layer_bad_style", HEAD + '\n[[layer]]\nid = "l"\npath = "data/ok.geojson"\nstyle = "red"\n', 2,
                  "style must be")
    briefing_case("layer_nan_width",
                  HEAD + '\n[[layer]]\nid = "l"\npath = "data/ok.geojson"\nstyle = { width = nan }\n', 2,
                  "must be a finite number")
    write("data/ok.geojson", GOOD_GEOJSON)

    # --- The input policy: network, escapes, symlinks, disallowed drivers -----------------------
    for name, path in [("vsicurl_https", "/vsicurl/https://example.com/rail.gpkg"),
                       ("plain_https", "https://example.com/rail.geojson"),
                       ("ftp_url", "ftp://example.com/rail.shp"),
                       ("vsizip_of_url", "/vsizip//vsicurl/http://example.com/a.zip/rail.shp"),
                       ("vsis3", "/vsis3/bucket/rail.gpkg"),
                       ("vsimem", "/vsimem/rail.geojson"),
                       ("vsistdin", "/vsistdin/"),
                       ("file_url", "file:///etc/passwd")]:
        layer_case("policy_" + name, path, None, 2, "network or virtual file system path")
    for name, path in [("dotdot_passwd", "../../etc/passwd"), ("absolute_passwd", "/etc/passwd"),
                       ("dotdot_deep", "data/../../../../../../../../etc/hostname"),
                       ("absolute_tmp", "/tmp/rail.geojson")]:
        layer_case("policy_" + name, path, None, 2, "outside the briefing's folder")
    os.symlink("/etc/passwd", os.path.join(DATA, "symlink_to_passwd.geojson"))
    layer_case("policy_symlink_file_escape", "symlink_to_passwd.geojson", None, 2, "resolves to '/etc/passwd'")
    os.symlink("../../../../../../../../../etc", os.path.join(DATA, "symlink_dir"))
    layer_case("policy_symlink_dir_escape", "symlink_dir/passwd", None, 2, "outside the briefing's folder")
    layer_case("policy_missing_file", "no_such_layer.geojson", None, 2, "not found")
    # One 5 KB self-intersecting star polygon {201/100}: GEOS MakeValid would take minutes (issue 14,
    # item 5); a repair gets two seconds, then the polygon is drawn as it is.
    star = []
    for i in range(201):
        a = 2 * math.pi * ((i * 100) % 201) / 201
        star.append([round(100 + 10 * math.cos(a), 6), round(40 + 10 * math.sin(a), 6)])
    star.append(star[0])
    layer_case("geojson_star_polygon", "star.geojson", json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": 1, "properties": {}, "geometry": {"type": "Polygon", "coordinates": [star]}}]}),
        0, "invalid polygon (self-intersecting?) drawn as it is")
    # A layer CRS that makes PROJ read a file (issue 14, item 3): /dev/stdin blocked for ever.
    layer_case("geojson_crs_init", "crs_init.geojson",
               '{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "+init=/dev/stdin:x"}},\n'
               ' "features": [{"type": "Feature", "id": 1, "properties": {}, "geometry": {"type": "Point", '
               '"coordinates": [130.3, 42.3]}}]}\n', 2, 'holds a PROJ "+init=" reference')
    # Projections are checked as `render` builds them; none may read files or take minutes to parse.
    # (The 1 MB definition took PROJ over 40 s; +init=/dev/stdin hung for ever.)
    for name, line, expect in [
            ("projection_init_file", 'projection = "+init=/etc/passwd:root"', "names a file ('init')"),
            ("projection_init_stdin", 'projection = "+init=/dev/stdin:x"', "names a file ('init')"),
            ("projection_init_upper", 'projection = "+proj=laea +INIT=/tmp/fifo:x"', "names a file ('init')"),
            ("projection_nadgrids_path", 'projection = "+proj=laea +lat_0=45 +lon_0=85 +nadgrids=/etc/shadow"',
             "names a file ('nadgrids')"),
            ("projection_unknown_epsg", 'projection = "EPSG:999999"', "unknown projection 'EPSG:999999'"),
            ("projection_geographic", 'projection = "EPSG:4326"', "is not a projected coordinate system"),
            ("projection_huge", 'projection = "+proj=laea' + " +x_0=0" * 100000 + '"', "at most 16384")]:
        briefing_case(name, HEAD + line + "\n", 2, expect)
    layer_case("policy_folder", "", None, 2, "is a folder")
    vrt_raster = (b'<VRTDataset rasterXSize="1" rasterYSize="1"><VRTRasterBand dataType="Byte" band="1">'
                  b'<SimpleSource><SourceFilename>/etc/passwd</SourceFilename></SimpleSource>'
                  b'</VRTRasterBand></VRTDataset>\n')
    layer_case("vrt_named_tif", "elevation.tif", vrt_raster, 2, "is a VRT file")
    layer_case("vrt_named_geojson", "vrt.geojson", vrt_raster, 2, "is a VRT file")
    layer_case("ogr_vrt", "layers.vrt", b'<OGRVRTDataSource><OGRVRTLayer name="x"><SrcDataSource>/etc/passwd'
               b'</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>\n', 2, "is a OGR_VRT file")
    layer_case("gml_file", "rail.gml", b'<?xml version="1.0"?><gml:FeatureCollection '
               b'xmlns:gml="http://www.opengis.net/gml"></gml:FeatureCollection>\n', 2, "is a GML file")
    layer_case("gpx_file", "track.gpx", b'<?xml version="1.0"?><gpx version="1.1" creator="x">'
               b'<trk><trkseg><trkpt lat="1" lon="2"/></trkseg></trk></gpx>\n', 0,
               "feature 1: line with 1 point skipped")  # GPX is read (xml_features), a 1-point track warned

    # --- GeoJSON --------------------------------------------------------------------------------
    layer_case("geojson_zero_bytes", "zero.geojson", b"", 2, "layer 'l' ({path})")
    for i, cut in enumerate([1, 30, 120, 300, len(GOOD_GEOJSON) - 10]):
        layer_case("geojson_truncated_%d" % i, "truncated_%d.geojson" % i, GOOD_GEOJSON[:cut], 2, "layer 'l' ({path})")
    for i in range(4):
        flipped = bytearray(GOOD_GEOJSON)
        for ch in (b"{", b"}", b"[", b"]")[i:i + 1]:
            pos = [k for k, c in enumerate(flipped) if c == ch[0]]
            flipped[pos[rng.randrange(len(pos))]] ^= 0x01  # { -> z, [ -> Z, ...: structure breaks
        layer_case("geojson_bitflipped_%d" % i, "bitflipped_%d.geojson" % i, bytes(flipped), 2, "layer 'l' ({path})")
    layer_case("geojson_not_json", "notjson.geojson", b"this is not json at all\n", 2, "layer 'l' ({path})")
    layer_case("geojson_toml_inside", "toml.geojson", HEAD.encode(), 2, "layer 'l' ({path})")
    layer_case("geojson_deep_nesting", "deep.geojson",
               b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":'
               b'{"type":"LineString","coordinates":' + b"[" * 100000 + b"]" * 100000 + b"}}]}", 2,
               "layer 'l' ({path})")
    layer_case("geojson_deep_collections", "deep_collections.geojson",
               b'{"type":"Feature","properties":{},"geometry":' +
               b'{"type":"GeometryCollection","geometries":[' * 60 +
               b'{"type":"Point","coordinates":[1,2]}' + b"]}" * 60 + b"}", 2, "layer 'l' ({path})")
    layer_case("geojson_nan", "nan.geojson", GOOD_GEOJSON.replace(b"[133.5, 44.2]", b"[NaN, 44.2]"), 0,
               "0 errors, 0 warnings (0 flows, 0 corridors, 0 places, 0 theaters, 0 events, 0 slides, 0 sources, "
               "1 layers with 2 features)")  # GDAL drops the point itself
    layer_case("geojson_infinity", "inf.geojson", GOOD_GEOJSON.replace(b"[130.3, 42.3]", b"[Infinity, 42.3]"), 0,
               "feature 1: coordinate (inf, 42.3) is not a usable number")
    layer_case("geojson_1e400", "e400.geojson", GOOD_GEOJSON.replace(b"[130.3, 42.3]", b"[1e400, 42.3]"), 0,
               "feature 1: coordinate (inf, 42.3) is not a usable number")
    layer_case("geojson_1e308", "e308.geojson", GOOD_GEOJSON.replace(b"[133.5, 44.2]", b"[1e308, 44.2]"), 0,
               "feature 3: coordinate (1e+308, 44.2) is not a usable number")
    layer_case("geojson_2e6", "e6.geojson", GOOD_GEOJSON.replace(b"[133.5, 44.2]", b"[2000000, 44.2]"), 0,
               "feature 3: coordinate (2000000, 44.2) is not a usable number")
    layer_case("geojson_lat_95", "lat95.geojson", GOOD_GEOJSON.replace(b"[133.5, 44.2]", b"[133.5, 95]"), 0,
               "feature 3: coordinate (133.5, 95) is outside")
    layer_case("geojson_unclosed_ring", "unclosed.geojson",
               GOOD_GEOJSON.replace(b"[131.6, 43.7], [131.6, 43.4]]", b"[131.6, 43.7]]"), 0,
               "1 layers with 3 features")  # GDAL closes the ring itself
    layer_case("geojson_empty_ring", "emptyring.geojson",
               GOOD_GEOJSON.replace(b"[[[131.6, 43.4], [132.0, 43.4], [132.0, 43.7], [131.6, 43.4]]]", b"[[]]"), 0,
               "1 layers with 2 features")
    layer_case("geojson_bowtie", "bowtie.geojson",
               GOOD_GEOJSON.replace(b"[[[131.6, 43.4], [132.0, 43.4], [132.0, 43.7], [131.6, 43.4]]]",
                                    b"[[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]]"), 0,
               "feature 2: invalid polygon (self-intersecting?) repaired")
    layer_case("geojson_one_point_line", "onepoint.geojson",
               GOOD_GEOJSON.replace(b"[[130.3, 42.3], [131.0, 42.9], [131.9, 43.1]]", b"[[130.3, 42.3]]"), 0,
               "feature 1:")
    layer_case("geojson_string_coords", "stringcoords.geojson", GOOD_GEOJSON.replace(b"[133.5, 44.2]", b'["a", "b"]'),
               0, "1 layers with 2 features")
    layer_case("geojson_unknown_type", "unknowntype.geojson", GOOD_GEOJSON.replace(b'"Point"', b'"Pointy"'), 0,
               "0 errors")
    layer_case("geojson_not_geojson", "plainjson.geojson", b'{"hello": [1, 2, 3]}', 2, "layer 'l' ({path})")
    layer_case("geojson_invalid_utf8", "badutf8.geojson", GOOD_GEOJSON.replace(b'"name": "a"', b'"name": "\xff\xfe"'),
               0, "0 errors")
    layer_case("geojson_bad_time", "badtime.geojson", GOOD_GEOJSON.replace(b'"2001-01-01"', b'"sometime"'), 0,
               "feature 2: 'opened' = 'sometime' is not a date", 'time = { start = "opened" }\n')
    layer_case("geojson_missing_time_field", "ok_for_time.geojson", GOOD_GEOJSON, 2,
               "has no field 'opend' for the start time (did you mean 'opened'?)", 'time = { start = "opend" }\n')
    layer_case("geojson_missing_layer_name", "ok_for_name.geojson", GOOD_GEOJSON, 2, "has no layer 'roads'",
               'layer = "roads"\n')
    layer_case("geojson_projected_huge", "projected.geojson",
               b'{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:3857"}},"features":['
               b'{"type":"Feature","id":5,"properties":{},"geometry":{"type":"Point","coordinates":[1e30,1e30]}}]}',
               0, "feature 5: coordinate (1e+30, 1e+30) is not a usable number")
    layer_case("geojson_empty_collection", "emptycollection.geojson", b'{"type":"FeatureCollection","features":[]}',
               0, "no drawable features")
    layer_case("wrong_ext_png_as_geojson", "image.geojson", b"\x89PNG\r\n\x1a\n" + bytes(200), 2, "is a PNG file")
    layer_case("wrong_ext_geojson_as_kml", "rail.kml", GOOD_GEOJSON, 0, "1 layers with 3 features")  # by content

    # --- TopoJSON -------------------------------------------------------------------------------
    topo = (b'{"type":"Topology","objects":{"rail":{"type":"GeometryCollection","geometries":['
            b'{"type":"LineString","arcs":[0],"properties":{"name":"a"}}]}},"arcs":[[[130,42],[131,43]]]}')
    layer_case("topojson_arc_out_of_range", "badarc.topojson", topo.replace(b'"arcs":[0]', b'"arcs":[999]'), 0,
               "0 errors")
    layer_case("topojson_truncated", "truncated.topojson", topo[:70], 2, "layer 'l' ({path})")
    layer_case("topojson_negative_arc", "negarc.topojson", topo.replace(b'"arcs":[0]', b'"arcs":[-5]'), 0, "0 errors")

    # --- KML ------------------------------------------------------------------------------------
    kml_head = b'<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2" ' \
               b'xmlns:gx="http://www.google.com/kml/ext/2.2"><Document>'
    good_kml = kml_head + b'<Placemark><name>a</name><LineString><coordinates>130,42 131,43 132,44</coordinates>' \
                          b'</LineString></Placemark></Document></kml>\n'
    layer_case("kml_truncated", "truncated.kml", good_kml[:150], 2, "layer 'l' ({path})")
    layer_case("kml_track_without_times", "track.kml", kml_head + b'<Placemark><gx:Track><gx:coord>130 42 0</gx:coord>'
               b'<gx:coord>131 43 0</gx:coord></gx:Track></Placemark></Document></kml>\n', 0, "errors")
    layer_case("kml_bad_coordinates", "badcoords.kml", good_kml.replace(b"130,42 131,43", b"abc,def nan,nan"), 0,
               "errors")
    layer_case("kml_empty_document", "empty.kml", kml_head + b"</Document></kml>\n", 2, "has no vector layer")
    layer_case("kml_entity_bomb", "bomb.kml", b'<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "aaaaaaaaaa">'
               b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
               b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>'
               b'<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>&e;&e;&e;</name></Document></kml>\n',
               2, "layer 'l' ({path})")
    layer_case("kml_network_link", "netlink.kml", kml_head + b'<NetworkLink><Link><href>http://example.com/x.kml'
               b'</href></Link></NetworkLink></Document></kml>\n', 2, "has no vector layer")  # and fetches nothing
    layer_case("kml_zero_bytes", "zero.kml", b"", 2, "layer 'l' ({path})")

    # --- CSV ------------------------------------------------------------------------------------
    layer_case("csv_missing_columns", "nocoords.csv", b"name,value\na,1\nb,2\n", 0, "no drawable features")
    layer_case("csv_missing_lat", "nolat.csv", b"name,lon\na,131\n", 0, "no drawable features")
    layer_case("csv_text_coords", "textcoords.csv", b"name,lon,lat\na,east,north\n", 0, "no drawable features")
    layer_case("csv_huge_coords", "huge.csv", b"name,lon,lat\na,1e308,3\nb,131,43\n", 0,
               "feature 1: coordinate (1e+308, 3) is not a usable number")
    layer_case("csv_bad_wkt", "badwkt.csv", b'WKT,name\n"LINESTRING (1 2, 3",a\n"POINT (1 2)",b\n', 0, "errors")
    layer_case("csv_ragged", "ragged.csv", b"name,lon,lat\na,131\nb,131,43,extra,more\n,,\n", 0, "errors")
    layer_case("csv_zero_bytes", "zero.csv", b"", 2, "layer 'l' ({path})")
    layer_case("csv_binary", "binary.csv", bytes(rng.randrange(256) for _ in range(512)), 0, "no drawable features")

    # --- Binary formats built from the good GeoJSON ---------------------------------------------
    tmp = tempfile.mkdtemp()
    try:
        src = os.path.join(tmp, "rail.geojson")
        open(src, "wb").write(GOOD_GEOJSON)
        gpkg = os.path.join(tmp, "rail.gpkg")
        ogr(src, gpkg, "-f", "GPKG", "-nln", "rail")
        good_gpkg = open(gpkg, "rb").read()
        # A trigger and a view calling OGR SQL functions: GDAL refuses to open such files.
        for name, sql in [("trigger", "CREATE TRIGGER steal AFTER INSERT ON rail BEGIN "
                                      "SELECT ogr_datasource_load_layers('/etc/passwd'); END"),
                          ("view", "CREATE VIEW leak AS SELECT ogr_GetConfigOption('HOME') AS home")]:
            path = os.path.join(tmp, "with_%s.gpkg" % name)
            shutil.copy(gpkg, path)
            db = sqlite3.connect(path)
            db.execute(sql)
            db.commit()
            db.close()
            layer_case("gpkg_with_" + name, "with_%s.gpkg" % name, open(path, "rb").read(), 2, "layer 'l' ({path})")
        # A feature table that is a view over a recursive query counting to a billion (issue 14,
        # item 6): GDAL would block in it before the first feature.
        path = os.path.join(tmp, "slow_view.gpkg")
        shutil.copy(gpkg, path)
        db = sqlite3.connect(path)
        db.execute("CREATE VIEW slow AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                   "WHERE x < 1000000000) SELECT r.fid AS fid, r.geom AS geom FROM rail r, c WHERE c.x = 1000000000")
        db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) "
                   "VALUES ('slow', 'features', 'slow', 4326)")
        db.execute("INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
                   "VALUES ('slow', 'geom', 'GEOMETRY', 4326, 0, 0)")
        db.commit()
        db.close()
        layer_case("gpkg_slow_view", "slow_view.gpkg", open(path, "rb").read(), 2, "the GeoPackage's table 'slow' is a view",
                   extra='layer = "slow"\n')
        layer_case("gpkg_truncated", "truncated.gpkg", good_gpkg[:len(good_gpkg) // 3], 2, "layer 'l' ({path})")
        layer_case("gpkg_header_flipped", "header.gpkg", bytes([good_gpkg[0] ^ 0x20]) + good_gpkg[1:], 2,
                   "layer 'l' ({path})")
        layer_case("gpkg_zero_bytes", "zero.gpkg", b"", 2, "layer 'l' ({path})")
        layer_case("gpkg_random", "random.gpkg", b"SQLite format 3\0" + bytes(rng.randrange(256) for _ in range(4096)),
                   2, "layer 'l' ({path})")

        shp_dir = os.path.join(tmp, "shp")
        ogr(src, shp_dir, "-f", "ESRI Shapefile", "-where", "name = 'a'", "-nln", "rail")
        shp = open(os.path.join(shp_dir, "rail.shp"), "rb").read()
        shx = open(os.path.join(shp_dir, "rail.shx"), "rb").read()
        dbf = open(os.path.join(shp_dir, "rail.dbf"), "rb").read()
        layer_case("shp_truncated", "truncated.shp", shp[:len(shp) - 20], 0, "errors")
        # A sidecar the driver opens by itself, linked out of the folder (issue 14, item 1).
        write("data/escape.shx", shx)
        os.symlink("/etc/passwd", os.path.join(DATA, "escape.dbf"))
        layer_case("shp_dbf_symlink_escape", "escape.shp", shp, 2, "'escape.dbf' beside the layer links to '/etc/passwd'")
        write("data/truncated.shx", shx)
        write("data/truncated.dbf", dbf)
        layer_case("shp_without_shx", "noshx.shp", shp, 2, "layer 'l' ({path})")
        layer_case("shp_zero_bytes", "zero.shp", b"", 2, "layer 'l' ({path})")
        layer_case("shp_random", "random.shp", bytes(rng.randrange(256) for _ in range(1024)), 2, "layer 'l' ({path})")
        bad_header = bytearray(shp)
        bad_header[24:28] = (0x7FFFFFFF).to_bytes(4, "big")  # file length field: 4 GB
        layer_case("shp_huge_length", "hugelength.shp", bytes(bad_header), 0, "errors")
        write("data/hugelength.shx", shx)
        write("data/hugelength.dbf", dbf)

        fgb = os.path.join(tmp, "rail.fgb")
        ogr(src, fgb, "-f", "FlatGeobuf", "-where", "name = 'a'")
        good_fgb = open(fgb, "rb").read()
        layer_case("fgb_truncated", "truncated.fgb", good_fgb[:len(good_fgb) // 2], 2, "layer 'l' ({path})")
        layer_case("fgb_magic_only", "magic.fgb", good_fgb[:8], 2, "layer 'l' ({path})")
        layer_case("fgb_zero_bytes", "zero.fgb", b"", 2, "layer 'l' ({path})")
        for i in range(3):
            flipped = bytearray(good_fgb)
            for _ in range(16):
                flipped[rng.randrange(8, len(flipped))] ^= 1 << rng.randrange(8)
            layer_case("fgb_bitflipped_%d" % i, "bitflipped_%d.fgb" % i, bytes(flipped), None, "layer 'l' ({path})")
    finally:
        shutil.rmtree(tmp)

    with open(os.path.join(OUT, "expected.txt"), "w") as f:
        f.write("# The malformed corpus (scripts/make_bad_corpus.py writes it): briefing | exit code of\n"
                "# `supplyline check` (\"any\" when a random bit flip may or may not break the file) | a text the\n"
                "# output must contain, on a diagnostic line that starts with the briefing's path.\n")
        for name, code, expect in manifest:
            f.write("%s | %s | %s\n" % (name, "any" if code is None else code, expect))
    print("wrote %d cases, %d files to %s" % (len(manifest), sum(len(fs) for _, _, fs in os.walk(OUT)), OUT))


if __name__ == "__main__":
    main()
