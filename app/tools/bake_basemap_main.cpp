// supplyline-bake-basemap: stores each country's lon/lat triangulation inside a basemap GeoPackage
// (see geo::bake_basemap), so loading skips the costly triangulation. Run by scripts/make_basemap.sh.
#include "geo/basemap.hpp"

#include <fmt/format.h>

#include <cstdio>

int main(int argc, char** argv) {
    if (argc < 2) {
        fmt::print(stderr, "usage: supplyline-bake-basemap BASEMAP.gpkg...\n");
        return 2;
    }
    for (int i = 1; i < argc; ++i) {
        if (auto baked = geo::bake_basemap(argv[i]); !baked) {
            fmt::print(stderr, "supplyline-bake-basemap: error: {}\n", baked.error().text());
            return 2;
        }
        fmt::print("baked {}\n", argv[i]);
    }
    return 0;
}
