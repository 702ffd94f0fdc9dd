// Graticule line generation.
#include "geo/graticule.hpp"

#include <cmath>

namespace geo {

std::vector<LonLatLine> graticule_lines(double step_deg) {
    std::vector<LonLatLine> lines;
    for (double lon = -180; lon < 180; lon += step_deg) {
        // Only the cardinal meridians reach the pole; the rest stop early so the pole is not a hairball.
        const double extent = std::fmod(std::abs(lon), 90.0) == 0 ? 90.0 : 90.0 - step_deg;
        LonLatLine m;
        for (double lat = -extent; lat <= extent + 1e-9; lat += 1.0)
            m.push_back({lon, lat});
        lines.push_back(std::move(m));
    }
    for (double lat = -90 + step_deg; lat < 90 - 1e-9; lat += step_deg) {
        LonLatLine p;
        for (double lon = -180; lon <= 180 + 1e-9; lon += 1.0)
            p.push_back({lon, lat});
        lines.push_back(std::move(p));
    }
    return lines;
}

} // namespace geo
