// The Natural Earth basemap: country polygons (addressable by ISO 3166 alpha-3 code or name)
// and land polygons, read through GDAL from the GeoPackages shipped in assets/basemap/.
#pragma once

#include "base/result.hpp"
#include "geo/lonlat.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace geo {

enum class BasemapScale { k110m, k50m, k10m };

struct Country {
    std::string iso_a3; // empty for the few Natural Earth units without an ISO code (e.g. Somaliland)
    std::string name;
    std::vector<LonLatPolygon> polygons;
};

struct Basemap {
    std::filesystem::path path;
    std::vector<Country> countries;
    std::vector<LonLatPolygon> land;

    // Finds a country by alpha-3 code (case-insensitive) or by name; nullptr when unknown.
    const Country* find_country(std::string_view code_or_name) const;
    size_t vertex_count() const;
};

// "110m", "50m", "10m" <-> BasemapScale.
std::string_view to_string(BasemapScale scale);
base::Result<BasemapScale> parse_basemap_scale(std::string_view text);

// assets/basemap/naturalearth-<scale>.gpkg under `asset_dir`.
std::filesystem::path basemap_file(const std::filesystem::path& asset_dir, BasemapScale scale);

// Reads the `countries` and `land` layers; errors name the file and what was missing.
base::Result<Basemap> load_basemap(const std::filesystem::path& gpkg);

// Reads only the `land` layer (for checks that need the coastline, not the countries).
base::Result<std::vector<LonLatPolygon>> load_land(const std::filesystem::path& gpkg);

// The ISO alpha-3 codes of the basemap's countries, read without their geometry (fast: for
// validating briefings). Empty when the file cannot be read.
std::vector<std::string> basemap_country_codes(const std::filesystem::path& gpkg);

// Rewrites the `countries` layer of `gpkg` with the polygons as loaded (continuous longitudes,
// densified, repaired) plus their lon/lat triangulations in a `triangles` field, so later loads
// read the triangulation instead of computing it. Used by scripts/make_basemap.sh.
base::Status bake_basemap(const std::filesystem::path& gpkg);

// Appends the polygons of an OGR geometry (Polygon or MultiPolygon) as lon/lat rings.
void append_ogr_polygons(void* ogr_geometry, std::vector<LonLatPolygon>& out);

} // namespace geo
