// The one scene build every output uses (window, `render`, `export`): the basemap projected, the
// briefing's places, corridors, flows and theaters on it (theater names anchored on the basemap's
// countries), its extra layers, and each slide's framing, all sharing the basemap's origin.
// Runs on any thread; `projection` must belong to the calling thread (PROJ contexts are per thread).
#pragma once

#include "base/result.hpp"
#include "geo/basemap.hpp"
#include "geo/basemap_scene.hpp"
#include "geo/briefing.hpp"
#include "geo/layer_data.hpp"
#include "geo/projection.hpp"
#include "geo/scene.hpp"

#include <memory>
#include <vector>

namespace geo {

// `briefing` may be null (the basemap alone); `layers` are the briefing's [[layer]] features as
// read (empty when it has none).
base::Result<MapScene> build_map_scene(const Basemap& basemap, std::shared_ptr<const Briefing> briefing,
                                       const std::vector<LayerFeatures>& layers,
                                       const Projection& projection, const SceneOptions& options = {});
// The same on a basemap already projected with `projection` (a copy of it goes into the scene):
// a new briefing or layer on the same map does not project the basemap again.
MapScene build_map_scene(const BasemapScene& basemap, std::shared_ptr<const Briefing> briefing,
                         const std::vector<LayerFeatures>& layers, const Projection& projection);

// Frees the arrays only the GPU needs once they are uploaded (basemap triangles and lines with
// their levels, corridor lines with theirs, flow segments and arrows, layer geometry), keeping what
// labels, slides and framing read. For maps that are only drawn (`render`, `export`), never picked.
void drop_uploaded_geometry(MapScene& scene);

} // namespace geo
