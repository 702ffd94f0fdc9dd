// The projected extra layers for the renderer: every layer's lines (cut at the seam, like
// corridors) and points in the basemap scene's coordinates, grouped by layer, with each line's and
// point's time window so the renderer can show only what exists at t. Built once per
// (layers, projection); no GL here.
#pragma once

#include "geo/basemap_scene.hpp"
#include "geo/layer_data.hpp"
#include "geo/projection.hpp"
#include "geo/scene.hpp"

#include <cstdint>
#include <vector>

namespace geo {

// `origin` must be the basemap scene's origin so all layers share coordinates. Nothing
// non-finite comes out: points that do not project are dropped.
LayerScene build_layer_scene(const std::vector<LayerFeatures>& layers, const Projection& projection,
                             XY origin);

} // namespace geo
