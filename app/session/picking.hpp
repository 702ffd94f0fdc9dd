// What is under the cursor: a place marker, a flow (only ones on the map now), a corridor or a
// theater's name, nearest first. Also the map area an object occupies, for flying to it.
// Plain logic over the projected scene and the camera, tested without a window.
#pragma once

#include "geo/briefing.hpp"
#include "geo/briefing_scene.hpp"
#include "geo/flow_geometry.hpp"
#include "geo/visibility.hpp"
#include "render/camera.hpp"

#include <optional>
#include <string>
#include <vector>

namespace app {

struct Selection {
    enum class Kind { None, Place, Flow, Corridor, Theater, Event, Actor } kind = Kind::None;
    int index = -1; // into the briefing's list of that kind

    bool operator==(const Selection&) const = default;
    explicit operator bool() const { return kind != Kind::None; }
};

// `states` are the flow states drawn now (inactive flows cannot be picked); `radius_px` is how
// far from an object a click still counts. A click on a marker picks its place; among flows, the
// one drawn strongest wins over a fainter one nearer the cursor, and one barely drawn is skipped.
Selection pick(const geo::Briefing& briefing, const geo::BriefingScene& scene,
               const geo::Visibility& visibility, const std::vector<geo::FlowState>& states,
               const render::Camera& camera, double x, double y, double radius_px);

// The scene-metre area to frame for a selection (a place gets ~600 km around it); nullopt when it
// has no position on this map.
std::optional<geo::Bounds> selection_bounds(const geo::Briefing& briefing, const geo::BriefingScene& scene,
                                            Selection selection);

// The briefing's id or name of the selection, for headers and search results.
std::string selection_name(const geo::Briefing& briefing, Selection selection);

} // namespace app
