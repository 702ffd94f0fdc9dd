// `supplyline export-geo BRIEFING -o out.gpkg`: the briefing's places, corridors, theaters, flows
// (with volume series), events and sources as GeoPackage layers for QGIS and other GIS tools.
#pragma once

#include <string>

namespace app {

struct ExportGeoRequest {
    std::string briefing; // empty: the shipped default
    std::string output;
    bool trust = false;
};

// Exit code: 0 written, 2 for bad input (the briefing's errors, an output that is an input).
int run_export_geo(const ExportGeoRequest& request);

} // namespace app
