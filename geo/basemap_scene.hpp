// The projected, triangulated basemap as flat float arrays ready for the GPU: the sphere (ocean),
// land fills with a country index per vertex, coastlines, borders and the graticule.
// Built once per (basemap, projection), off the render thread; geo -> render contract.
#pragma once

#include "base/result.hpp"
#include "geo/basemap.hpp"
#include "geo/projection.hpp"
#include "geo/scene.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace geo {

struct SceneOptions {
    double graticule_step_deg = 15;
    // Geographic box the default view frames (west, south, east, north).
    double home_west = 24, home_south = 22, home_east = 146, home_north = 60;
};

// Projected bounds (relative to origin) of a geographic box {west, south, east, north}, sampled
// along its edges; empty (max < min) when no part of it projects.
Bounds projected_bounds(const Projection& projection, const std::array<double, 4>& box, XY origin);

base::Result<BasemapScene> build_basemap_scene(const Basemap& basemap, const Projection& projection,
                                               const SceneOptions& options = {});

} // namespace geo
