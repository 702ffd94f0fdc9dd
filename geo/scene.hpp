// The geo -> render contract: projected, tessellated geometry as flat arrays (scene metres:
// projected metres minus the scene origin) for the basemap, a briefing and its extra layers.
// Plain types only: no PROJ, GDAL or GEOS header reaches the renderer through here.
#pragma once

#include "geo/briefing.hpp"
#include "geo/lonlat.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
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
    // Coastlines and borders thinned for zoomed-out views: level k (1..) at kLineDetail[k]
    // (geo/line_thinning.hpp); level 0 is the lines above.
    std::vector<LineSet> coastline_levels, border_levels;

    size_t dropped_polygons = 0;          // parts that could not be triangulated
    size_t flipped_triangles_dropped = 0; // slivers in a projection's degenerate rim (see Projector)
};

struct PlaceMarker {
    Vec2f position; // scene metres
    PlaceKind kind = PlaceKind::City;
    int priority = 2;
    int place = -1; // index into Briefing::places
};

// One segment: 8 floats, matching shaders/flow.vert.glsl.
struct FlowSegment {
    Vec2f p0, p1;         // scene metres
    float d0 = 0, d1 = 0; // metres along the flow from its origin
    float flow = 0;       // flow index (exact in float up to 2^24 flows)
    float lane = 0;       // lane offset in lane widths (0 = centred)
};

// An arrowhead on a flow: where its tip is and a point behind it (for the direction). One sits
// where the flow arrives (size 1); long routes get smaller ones along the way.
struct FlowArrow {
    Vec2f tip, from;
    float flow = 0, lane = 0;
    float size = 1; // relative to the arrival arrow
};

struct FlowGeometry {
    std::vector<FlowSegment> segments; // grouped by flow, in flow order
    std::vector<uint32_t> first;       // per flow: index of its first segment
    std::vector<uint32_t> count;       // per flow: number of segments
    std::vector<float> length;         // per flow: metres from origin to destination
    std::vector<FlowArrow> arrows;     // arrival arrows, then arrows along long routes
    std::vector<Vec2f> middle;         // per flow: the point halfway along (for its label)
    std::vector<float> middle_lane;    // per flow: the lane there
};

struct BriefingScene {
    std::vector<PlaceMarker> places;          // visible ones only (not on a globe's far side)
    LineSet corridors;                        // every corridor, geodesically densified and seam-cut
    std::vector<LineSet> corridor_levels;     // `corridors` thinned for zoomed-out views (geo::line_levels)
    std::vector<CorridorMode> corridor_modes; // per line in `corridors`
    std::vector<int> corridor_of_line;        // per line in `corridors`: index into Briefing::corridors
    Bounds home;                              // the briefing's first view, when it sets one
    bool has_home = false;
    FlowGeometry flows; // every flow along its route, for the GPU
    std::vector<std::vector<Vec2f>>
        theater_discs;                 // per theater: triangles of its circle (empty for countries)
    std::vector<Vec2f> theater_anchor; // per theater: where its name goes (see attach_theater_anchors)
    std::vector<bool> theater_has_anchor;
};

struct LayerScene {
    LineSet lines;                // all layers' lines, layer after layer
    std::vector<float> line_from; // per line: first day shown (-inf: always)
    std::vector<float> line_to;   // per line: last day shown (+inf: always)
    std::vector<Vec2f> points;    // all layers' points, layer after layer
    std::vector<float> point_from, point_to;
    // Per layer: [first, first + count) into the lines / points above.
    std::vector<std::pair<uint32_t, uint32_t>> layer_lines, layer_points;
    // Per layer: the file's own colour ("" for none) and width (0 for none), LayerFeatures'.
    std::vector<std::string> file_colors;
    std::vector<double> file_widths;
};

// Everything one map shows, built by build_map_scene (geo/map_scene.hpp) for one
// (basemap, briefing, layers, projection): the renderer and the window's picking read it.
struct MapScene {
    BasemapScene basemap;
    std::shared_ptr<const Briefing> briefing;    // null for the basemap alone
    std::optional<BriefingScene> briefing_scene; // the briefing projected (theater anchors attached)
    std::optional<LayerScene> layer_scene;       // its extra layers ([[layer]]), when it has any
    std::vector<Bounds> slide_views;             // per slide: what it frames (scene metres)
    // The briefing's home view when it sets one, else the basemap's.
    Bounds home() const {
        return briefing_scene && briefing_scene->has_home ? briefing_scene->home : basemap.home;
    }
};

} // namespace geo
