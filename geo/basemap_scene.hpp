// The projected, triangulated basemap as flat float arrays ready for the GPU: the sphere (ocean),
// land fills with a country index per vertex, coastlines, borders and the graticule.
// Built once per (basemap, projection), off the render thread; geo -> render contract.
#pragma once

#include "geo/basemap.hpp"
#include "geo/projection.hpp"
#include "geo/result.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace geo {

struct Vec2f {
    float x = 0;
    float y = 0;
};

// Polylines packed end to end: line i is points[starts[i] .. starts[i+1]).
struct LineSet {
    std::vector<Vec2f> points;
    std::vector<uint32_t> starts{0};

    size_t line_count() const { return starts.size() - 1; }
    size_t segment_count() const { return points.size() - line_count(); }
    void add(const std::vector<XY>& line, XY origin);
    void append(const LineSet& other);
};

struct BasemapScene {
    std::string projection; // the definition it was built for
    XY origin;              // projected metres of the scene's (0, 0); keeps floats precise
    Bounds bounds;          // extent of the sphere, relative to origin
    Bounds home;            // the default view: the briefing's region (relative to origin)

    std::vector<Vec2f> sphere_triangles;
    std::vector<Vec2f> land_triangles;
    std::vector<uint16_t> land_country;     // per land vertex: index into Basemap::countries
    std::vector<std::string> country_codes; // per basemap country: ISO alpha-3 or ""
    std::vector<std::pair<uint32_t, uint32_t>>
        country_vertices; // per basemap country: first land vertex, count
    LineSet sphere_outline, coastlines, borders, graticule;

    size_t dropped_polygons = 0;          // parts that could not be triangulated
    size_t flipped_triangles_dropped = 0; // slivers in a projection's degenerate rim (see Projector)
};

struct SceneOptions {
    double graticule_step_deg = 15;
    // Geographic box the default view frames (west, south, east, north).
    double home_west = 24, home_south = 22, home_east = 146, home_north = 60;
};

// Projected bounds (relative to origin) of a geographic box {west, south, east, north}, sampled
// along its edges; empty (max < min) when no part of it projects.
Bounds projected_bounds(const Projection& projection, const std::array<double, 4>& box, XY origin);

Result<BasemapScene> build_basemap_scene(const Basemap& basemap, const Projection& projection,
                                         const SceneOptions& options = {});

} // namespace geo
