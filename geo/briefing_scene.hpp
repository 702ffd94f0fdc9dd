// The projected briefing layer for the renderer: place markers and corridor lines as flat arrays
// in the basemap scene's coordinates (same origin). Built once per (briefing, projection).
// Flows, theaters and labels grow here as the flow renderer lands.
#pragma once

#include "geo/basemap_scene.hpp"
#include "geo/briefing.hpp"
#include "geo/projection.hpp"
#include "geo/scene.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace geo {

// `origin` must be the basemap scene's origin so both layers share coordinates.
BriefingScene build_briefing_scene(const Briefing& briefing, const Projection& projection, XY origin);

// Places each theater's name: at the area-weighted centre of its country (from the basemap
// scene's triangles), or on the southern edge of its circle.
void attach_theater_anchors(BriefingScene& scene, const Briefing& briefing, const BasemapScene& basemap);

} // namespace geo
