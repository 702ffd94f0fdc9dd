// ink_geojson: a FeatureCollection of LineStrings.
#include "geo/ink_geojson.hpp"

#include <fmt/format.h>

namespace geo {

std::string ink_geojson(const LineSet& ink, XY origin, const Projection& projection) {
    // A few LineStrings: fmt writes them; GDAL's writer would need a driver, a layer and features
    // for the same bytes.
    std::string out = R"({"type": "FeatureCollection", "features": [)";
    bool first_feature = true;
    for (size_t l = 0; l < ink.line_count(); ++l) {
        std::string coordinates;
        int points = 0;
        for (uint32_t i = ink.starts[l]; i < ink.starts[l + 1]; ++i) {
            const auto lonlat = projection.inverse({ink.points[i].x + origin.x, ink.points[i].y + origin.y});
            if (!lonlat) continue;
            coordinates += fmt::format("{}[{:.5f}, {:.5f}]", points ? ", " : "", lonlat->lon, lonlat->lat);
            ++points;
        }
        if (points < 2) continue;
        out += fmt::format(R"({}{{"type": "Feature", "properties": {{"stroke": {}}}, )"
                           R"("geometry": {{"type": "LineString", "coordinates": [{}]}}}})",
                           first_feature ? "\n" : ",\n", l + 1, coordinates);
        first_feature = false;
    }
    return out + "\n]}\n";
}

} // namespace geo
