#!/usr/bin/env python3
"""Writes the data files of assets/briefings/northern-ledger/: an illustrative exercise built from
data, not TOML. Every number in them is invented for the demonstration (see the briefing's header
and assets/README.md); coordinates of towns and the lines of the Ore line and the E45 are rough,
from general knowledge, nudged onto the 1:10m coastline where a port sits in the water at that
scale (`supplyline check` tests rail and road against it). Deterministic: the same files every run.
Needs ogr2ogr (gdal-bin).

    python3 scripts/make_data_briefing.py
"""
import csv
import json
import os
import random
import subprocess
import tempfile
from datetime import date, timedelta

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets", "briefings", "northern-ledger")
rng = random.Random(20260105)

PLACES = [  # id, name, kind, lon, lat, actor, priority
    ("oslo", "Oslo", "capital", 10.75, 59.91, "NOR", 1),
    ("stockholm", "Stockholm", "capital", 18.07, 59.33, "SWE", 1),
    ("helsinki", "Helsinki", "capital", 24.94, 60.17, "FIN", 1),
    ("trondheim", "Trondheim", "city", 10.40, 63.43, "NOR", 1),
    ("ostersund", "Östersund", "city", 14.64, 63.18, "SWE", 1),
    ("bodo", "Bodø", "port", 14.406, 67.279, "NOR", 1),
    ("narvik", "Narvik", "port", 17.422, 68.424, "NOR", 1),
    ("tromso", "Tromsø", "city", 18.983, 69.636, "NOR", 1),
    ("kiruna", "Kiruna", "city", 20.23, 67.86, "SWE", 1),
    ("lulea", "Luleå", "port", 22.15, 65.60, "SWE", 1),
    ("rovaniemi", "Rovaniemi", "city", 25.737, 66.50, "FIN", 1),
]

# Luleå–Boden–Gällivare–Kiruna–Abisko–Narvik, the last stretch along the fjord's north shore.
ORE_LINE = [(22.15, 65.60), (21.69, 65.83), (20.65, 67.13), (20.23, 67.86),
            (18.83, 68.35), (17.811, 68.404), (17.775, 68.409), (17.732, 68.406), (17.422, 68.424)]
# The Inland Road: Östersund–Strömsund–Vilhelmina–Storuman–Arvidsjaur–Jokkmokk–Gällivare, then to Kiruna.
E45 = [(14.64, 63.18), (15.55, 63.85), (16.66, 64.62), (17.11, 65.10), (19.17, 65.59), (19.83, 66.61), (20.65, 67.13),
       (20.23, 67.86)]

START, STORM, AIRLIFT, RAIL_OPEN, ROAD_OPEN, END = (date(2026, 1, 5), date(2026, 1, 20), date(2026, 1, 22),
                                                     date(2026, 2, 12), date(2026, 2, 20), date(2026, 3, 29))

# Airlift legs: origin, destination, cargo, tons a day at the peak (invented).
AIRLIFT_LEGS = [
    ("Oslo", "Tromsø", "food", 220), ("Oslo", "Narvik", "fuel", 160), ("Trondheim", "Bodø", "humanitarian", 120),
    ("Stockholm", "Kiruna", "food", 180), ("Stockholm", "Kiruna", "fuel", 120), ("Helsinki", "Rovaniemi", "humanitarian", 140),
]


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += timedelta(days=1)


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def airlift_rows():
    rows = []
    for origin, dest, cargo, peak in AIRLIFT_LEGS:
        for d in days(AIRLIFT, ROAD_OPEN - timedelta(days=1)):
            ramp = min(1.0, (d - AIRLIFT).days / 6 + 0.3)                           # builds up over a week
            if d >= RAIL_OPEN:
                ramp *= 0.5                                                         # halves once rail runs
            for _flight in range(2):                                                # two loads a day, summed
                rows.append((d.isoformat(), origin, dest, round(peak * ramp / 2 * rng.uniform(0.8, 1.2)), cargo))
    rows.sort()
    return rows


def routes_gpkg(path):
    def feature(line, name, category, start, end, tons):
        return {"type": "Feature", "properties": {"name": name, "category": category, "start": start.isoformat(),
                                                  "end": end.isoformat(), "tons_per_day": tons},
                "geometry": {"type": "LineString", "coordinates": [list(p) for p in line]}}
    layers = {
        "rail": [feature(ORE_LINE, "Ore line: fuel and food trains", "fuel", START, STORM - timedelta(days=1), 400),
                 feature(ORE_LINE, "Ore line: trains resume", "fuel", RAIL_OPEN, END, 450)],
        "road": [feature(E45, "E45: lorries north", "food", START, STORM - timedelta(days=1), 250),
                 feature(E45, "E45: lorries resume", "food", ROAD_OPEN, END, 300)],
    }
    if os.path.exists(path):
        os.remove(path)
    with tempfile.TemporaryDirectory() as tmp:
        for i, (name, features) in enumerate(layers.items()):
            src = os.path.join(tmp, name + ".geojson")
            json.dump({"type": "FeatureCollection", "features": features}, open(src, "w"))
            subprocess.run(["ogr2ogr", "-f", "GPKG", path, src, "-nln", name, "-a_srs", "EPSG:4326",
                            "-fieldTypeToString", "Date"] + (["-update"] if i else []), check=True)


def storm_kml(path):
    track_days = [date(2026, 1, 18) + timedelta(days=i) for i in range(9)]
    track = [(4.0, 65.5), (8.0, 66.5), (12.0, 67.5), (15.5, 68.3), (19.0, 68.8), (22.5, 68.6), (26.0, 68.0),
             (29.5, 67.2), (33.0, 66.5)]
    coords = lambda line: " ".join(f"{x},{y}" for x, y in line)
    text = f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- Illustrative exercise data (invented): closures and the storm's track for the NORTHERN LEDGER demo. -->
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
<Document>
  <name>NORTHERN LEDGER (illustrative)</name>
  <Style id="closed"><LineStyle><color>ff3c3cff</color><width>5</width></LineStyle></Style>
  <Style id="storm"><LineStyle><color>ffffe0a0</color><width>6</width></LineStyle></Style>
  <Folder>
    <name>Closures</name>
    <Placemark><name>Ore line closed</name><styleUrl>#closed</styleUrl>
      <TimeSpan><begin>{STORM.isoformat()}</begin><end>{(RAIL_OPEN - timedelta(days=1)).isoformat()}</end></TimeSpan>
      <LineString><coordinates>{coords(ORE_LINE)}</coordinates></LineString></Placemark>
    <Placemark><name>E45 closed</name><styleUrl>#closed</styleUrl>
      <TimeSpan><begin>{STORM.isoformat()}</begin><end>{(ROAD_OPEN - timedelta(days=1)).isoformat()}</end></TimeSpan>
      <LineString><coordinates>{coords(E45[4:])}</coordinates></LineString></Placemark>
  </Folder>
  <Folder>
    <name>Storm</name>
    <Placemark><name>Storm centre</name><styleUrl>#storm</styleUrl>
      <gx:Track>
{chr(10).join(f"        <when>{d.isoformat()}T12:00:00Z</when>" for d in track_days)}
{chr(10).join(f"        <gx:coord>{x} {y} 0</gx:coord>" for x, y in track)}
      </gx:Track></Placemark>
  </Folder>
</Document>
</kml>
'''
    open(path, "w", encoding="utf-8").write(text)


def main():
    os.makedirs(OUT, exist_ok=True)
    write_csv("places.csv", ["id", "name", "kind", "lon", "lat", "actor", "priority"], PLACES)
    write_csv("airlift.csv", ["date", "origin", "destination", "tons", "cargo"], airlift_rows())
    write_csv("events.csv", ["date", "title", "place", "detail"], [
        (STORM.isoformat(), "Storm closes the Ore line and the E45", "Narvik",
         "Exercise inject (invented): road and rail north of the Arctic Circle are shut."),
        (AIRLIFT.isoformat(), "Airlift begins", "Tromsø", "Exercise inject (invented): the first relief flights land."),
        (RAIL_OPEN.isoformat(), "Ore line reopens", "Kiruna", "Exercise inject (invented): trains run again."),
        (ROAD_OPEN.isoformat(), "E45 reopens", "Kiruna", "Exercise inject (invented): lorries run again; the airlift ends."),
    ])
    routes_gpkg(os.path.join(OUT, "routes.gpkg"))
    storm_kml(os.path.join(OUT, "storm.kml"))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
