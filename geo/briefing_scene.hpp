// The projected briefing layer for the renderer: place markers and corridor lines as flat arrays
// in the basemap scene's coordinates (same origin). Built once per (briefing, projection).
// Flows, theaters and labels grow here as the flow renderer lands.
#pragma once

#include "geo/basemap_scene.hpp"
#include "geo/briefing.hpp"
#include "geo/projection.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace geo {

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

// `origin` must be the basemap scene's origin so both layers share coordinates.
BriefingScene build_briefing_scene(const Briefing& briefing, const Projection& projection, XY origin);

// Places each theater's name: at the area-weighted centre of its country (from the basemap
// scene's triangles), or on the southern edge of its circle.
void attach_theater_anchors(BriefingScene& scene, const Briefing& briefing, const BasemapScene& basemap);

} // namespace geo
