// Saving the presenter's ink as a layer of the briefing: a GeoJSON file beside it (the next free
// "<briefing>-ink-N.geojson") named in a [[layer]] table appended to the briefing, in the ink's
// amber and after a comment saying it is an annotation, not a sourced fact. The hot reload then
// draws it in the window, `render` and `export`.
#pragma once

#include "base/result.hpp"
#include "geo/lonlat.hpp"
#include "geo/scene.hpp"

#include <string>

namespace app {

struct SavedInk {
    std::string id, path; // the layer's id and the file written
};

// `origin` and `projection`: the scene's, which the ink's metres are in; `when` says where it was
// drawn ("on slide 3").
base::Result<SavedInk> save_ink_layer(const geo::LineSet& ink, geo::XY origin, const std::string& projection,
                                      const std::string& briefing_path, const std::string& when);

} // namespace app
