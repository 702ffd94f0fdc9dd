// save_ink_layer: GeoJSON written crash-safely, then the [[layer]] table appended.
#include "app/map/ink_layer.hpp"

#include "app/export/atomic_file.hpp"
#include "app/session/layer_adder.hpp"
#include "geo/ink_geojson.hpp"
#include "geo/projection.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <span>

namespace app {

base::Result<SavedInk> save_ink_layer(const geo::LineSet& ink, geo::XY origin, const std::string& projection,
                                      const std::string& briefing_path, const std::string& when) {
    namespace fs = std::filesystem;
    const fs::path briefing = fs::absolute(briefing_path);
    SavedInk saved;
    for (int n = 1; n < 1000 && (saved.path.empty() || fs::exists(saved.path)); ++n) {
        saved.id = fmt::format("ink-{}", n);
        saved.path =
            (briefing.parent_path() / fmt::format("{}-{}.geojson", briefing.stem().string(), saved.id))
                .string();
    }
    auto proj = geo::Projection::create(projection);
    if (!proj) return proj.error();
    const std::string text = geo::ink_geojson(ink, origin, *proj);
    if (auto written = write_file_atomic(
            saved.path, std::span(reinterpret_cast<const uint8_t*>(text.data()), text.size()));
        !written)
        return written.error();
    geo::Layer layer;
    layer.id = saved.id;
    layer.path = saved.path;
    layer.color = "#FFCC26"; // the ink's amber, as thick as it was drawn
    layer.width = 2.5;
    if (auto added = write_layer_into_briefing(
            layer, briefing.string(),
            fmt::format("Ink the presenter drew {} (an annotation, not a sourced fact)", when));
        !added)
        return base::Error{fmt::format("the ink is in {} but not named in the briefing: {}", saved.path,
                                       added.error().text())};
    return saved;
}

} // namespace app
