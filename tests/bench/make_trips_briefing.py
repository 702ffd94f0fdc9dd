#!/usr/bin/env python3
"""Writes a synthetic briefing of N trips in the layout of ../shared/bench/limit-probe (issue 16):
each trip a 50-vertex line with endpoints uniform in lon 30..140, lat 20..60 and a 3 degree sine
bow, active for 100 days from a start uniform in the first 1000 days of a 1200-day span. The trips
are a GeoPackage layer mapped to flows (as = "flows"), so 100k trips fit (a TOML briefing stops at
16 MB). Deterministic for a given N. Needs ogr2ogr.

    python3 tests/bench/make_trips_briefing.py 10000 /tmp/trips-10k   # -> briefing.toml, trips.gpkg
"""
import math
import os
import random
import subprocess
import sys
from datetime import date, timedelta

CATEGORIES = ["munitions", "missiles", "fuel", "food", "technology", "electronics", "energy", "equipment"]


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(48 + n)
    day0 = date(2020, 1, 1)
    csv_path = os.path.join(out, "trips.csv")
    with open(csv_path, "w") as f:
        f.write("WKT,start,end,category\n")
        for i in range(n):
            ax, ay, bx, by = rng.uniform(30, 140), rng.uniform(20, 60), rng.uniform(30, 140), rng.uniform(20, 60)
            start = day0 + timedelta(days=int(rng.uniform(0, 1000)))
            pts = []
            for j in range(50):
                t = j / 49
                pts.append(f"{ax + (bx - ax) * t:.4f} {ay + (by - ay) * t + 3 * math.sin(math.pi * t):.4f}")
            f.write(f'"LINESTRING ({",".join(pts)})",{start},{start + timedelta(days=100)},{CATEGORIES[i % 8]}\n')
    gpkg = os.path.join(out, "trips.gpkg")
    if os.path.exists(gpkg):
        os.remove(gpkg)
    subprocess.run(["ogr2ogr", "-q", "-f", "GPKG", "-a_srs", "EPSG:4326", "-nln", "trips", gpkg, csv_path],
                   check=True)
    os.remove(csv_path)
    with open(os.path.join(out, "briefing.toml"), "w") as f:
        f.write(f'''[briefing]
title = "{n} synthetic trips"
start = {day0}
end = {day0 + timedelta(days=1199)}
home = [30.0, 15.0, 140.0, 65.0]
basemap = "50m"

[[source]]
id = "synthetic"
title = "Synthetic trips"
publisher = "tests/bench/make_trips_briefing.py"
date = 2026-12-01
reliability = "F"
credibility = 6
summary = "Generated trips for benchmarks."

[[layer]]
id = "trips"
path = "trips.gpkg"
as = "flows"
fields = {{ start = "start", end = "end", category = "category" }}
confidence = "alleged"
sources = ["synthetic"]
general_knowledge = "Synthetic."
''')
    print(out)


if __name__ == "__main__":
    main()
