// The presenter's ink as a map layer: strokes in scene metres (projected, minus the scene's
// origin) unprojected to longitude and latitude and written as GeoJSON LineStrings, so a briefing
// can name the file in a [[layer]] table and every output draws it.
#pragma once

#include "base/result.hpp"
#include "geo/projection.hpp"
#include "geo/scene.hpp"

#include <string>

namespace geo {

// GeoJSON text of `ink`'s strokes (those of two points or more); points the projection cannot
// invert are left out.
std::string ink_geojson(const LineSet& ink, XY origin, const Projection& projection);

} // namespace geo
