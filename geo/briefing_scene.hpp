// The projected briefing layer for the renderer: place markers and corridor lines as flat arrays
// in the basemap scene's coordinates (same origin). Built once per (briefing, projection).
// Flows, theaters and labels grow here as the flow renderer lands.
#pragma once

#include "geo/basemap_scene.hpp"
#include "geo/briefing.hpp"
#include "geo/projection.hpp"

#include <string>
#include <vector>

namespace geo {

struct PlaceMarker {
    Vec2f position; // scene metres
    PlaceKind kind = PlaceKind::City;
    int priority = 2;
    int place = -1; // index into Briefing::places
};

struct BriefingScene {
    std::vector<PlaceMarker> places;          // visible ones only (not on a globe's far side)
    LineSet corridors;                        // every corridor, geodesically densified and seam-cut
    std::vector<CorridorMode> corridor_modes; // per line in `corridors`
    Bounds home;                              // the briefing's first view, when it sets one
    bool has_home = false;
};

// `origin` must be the basemap scene's origin so both layers share coordinates.
BriefingScene build_briefing_scene(const Briefing& briefing, const Projection& projection, XY origin);

} // namespace geo
