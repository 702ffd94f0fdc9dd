// The briefing as GeoPackage layers, so QGIS (or any GDAL tool) opens the same data: places,
// corridors (lon/lat, densified geodesics, or the arc drawn for an undisclosed one), theaters
// (country polygons or circles) with their status intervals, flows (route geometry) with their
// volume series, events and sources, each with their attributes and sources.
#pragma once

#include "base/result.hpp"
#include "geo/basemap.hpp"
#include "geo/briefing.hpp"

#include <filesystem>

namespace geo {

// The layers written, in order; non-spatial tables (status, volumes, sources) included.
inline constexpr const char* kGeoPackageLayers[] = {"places", "corridors",   "theaters", "theater_status",
                                                    "flows",  "flow_volume", "events",   "sources"};

// Creates `path` (which must not exist) and writes every layer; `basemap` gives country theaters
// their polygons (null: such theaters get no geometry). flow_volume rows carry from_place,
// to_place and category too, so a [[layer]] as = "flows" can map them back.
base::Status write_geopackage(const Briefing& briefing, const Basemap* basemap,
                              const std::filesystem::path& path);

} // namespace geo
