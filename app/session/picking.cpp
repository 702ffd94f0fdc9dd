// Picking by screen distance; a few thousand segments need no spatial index at click rate.
#include "app/session/picking.hpp"

#include <algorithm>
#include <cmath>

namespace app {
namespace {

double segment_distance(geo::XY p, geo::XY a, geo::XY b) {
    const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
    const double u = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(a.x + u * dx - p.x, a.y + u * dy - p.y);
}

geo::XY screen(const render::Camera& camera, geo::Vec2f p) {
    return camera.map_to_screen({p.x, p.y});
}

void include(geo::Bounds& b, geo::Vec2f p) {
    b.min_x = std::min(b.min_x, double(p.x)), b.max_x = std::max(b.max_x, double(p.x));
    b.min_y = std::min(b.min_y, double(p.y)), b.max_y = std::max(b.max_y, double(p.y));
}

constexpr geo::Bounds kEmpty{1e300, 1e300, -1e300, -1e300};

} // namespace

Selection pick(const geo::Briefing& briefing, const geo::BriefingScene& scene,
               const geo::Visibility& visibility, const std::vector<geo::FlowState>& states,
               const render::Camera& camera, double x, double y, double radius_px) {
    const geo::XY at{x, y};
    Selection best;
    // Among what lies within the radius, the lowest score wins: the distance in pixels, plus a
    // handicap for what is drawn faintly.
    double best_score = 1e300;
    auto consider = [&](double distance, double score, Selection::Kind kind, int index) {
        if (distance <= radius_px && score <= best_score) best_score = score, best = {kind, index};
    };
    // A click on a marker picks its place (the nearest), whatever routes end under it.
    if (visibility.places) {
        for (const geo::PlaceMarker& m : scene.places) {
            const geo::XY p = screen(camera, m.position);
            const double d = std::hypot(p.x - x, p.y - y);
            consider(d, d * 0.5, Selection::Kind::Place, m.place);
        }
        if (best && best_score <= radius_px * 0.3) return best;
    }
    // Flows by what the eye sees: a faint flow (out of focus, fading out, a trickle) loses to a
    // bold one up to ten pixels farther away; one barely drawn (below 5 % strength) is not picked.
    const geo::FlowGeometry& g = scene.flows;
    for (size_t f = 0; f < g.first.size() && f < states.size(); ++f) {
        const double strength = states[f].intensity * states[f].opacity;
        if (strength < 0.05 || !visibility.flow(briefing, f)) continue;
        for (uint32_t i = g.first[f]; i < g.first[f] + g.count[f]; ++i) {
            const double d =
                segment_distance(at, screen(camera, g.segments[i].p0), screen(camera, g.segments[i].p1));
            consider(d, d + 10.0 * (1.0 - std::min(strength, 1.0)), Selection::Kind::Flow, int(f));
        }
    }
    if (best.kind == Selection::Kind::None) // corridors only where no flow is near
        for (size_t l = 0; l < scene.corridor_of_line.size(); ++l) {
            const int c = scene.corridor_of_line[l];
            if (!visibility.corridor(briefing, size_t(c))) continue;
            for (uint32_t i = scene.corridors.starts[l] + 1; i < scene.corridors.starts[l + 1]; ++i) {
                const double d = segment_distance(at, screen(camera, scene.corridors.points[i - 1]),
                                                  screen(camera, scene.corridors.points[i]));
                consider(d, d, Selection::Kind::Corridor, c);
            }
        }
    if (best.kind == Selection::Kind::None && visibility.theaters) // a theater by its name
        for (size_t t = 0; t < scene.theater_anchor.size(); ++t) {
            if (!scene.theater_has_anchor[t]) continue;
            const geo::XY p = screen(camera, scene.theater_anchor[t]);
            if (std::abs(p.y - y) < radius_px * 1.5 && std::abs(p.x - x) < radius_px * 8) {
                const double d = std::hypot(p.x - x, p.y - y) / 8;
                consider(d, d, Selection::Kind::Theater, int(t));
            }
        }
    return best;
}

std::optional<geo::Bounds> selection_bounds(const geo::Briefing& briefing, const geo::BriefingScene& scene,
                                            Selection s) {
    geo::Bounds b = kEmpty;
    auto place_at = [&](int place) {
        for (const geo::PlaceMarker& m : scene.places)
            if (m.place == place) include(b, m.position);
    };
    switch (s.kind) {
    case Selection::Kind::Place:
        place_at(s.index);
        break;
    case Selection::Kind::Event:
        if (briefing.events[size_t(s.index)].place >= 0) place_at(briefing.events[size_t(s.index)].place);
        break;
    case Selection::Kind::Flow:
        for (uint32_t i = scene.flows.first[size_t(s.index)];
             i < scene.flows.first[size_t(s.index)] + scene.flows.count[size_t(s.index)]; ++i)
            include(b, scene.flows.segments[i].p0), include(b, scene.flows.segments[i].p1);
        break;
    case Selection::Kind::Corridor:
        for (size_t l = 0; l < scene.corridor_of_line.size(); ++l)
            if (scene.corridor_of_line[l] == s.index)
                for (uint32_t i = scene.corridors.starts[l]; i < scene.corridors.starts[l + 1]; ++i)
                    include(b, scene.corridors.points[i]);
        break;
    case Selection::Kind::Theater:
        if (size_t(s.index) < scene.theater_anchor.size() && scene.theater_has_anchor[size_t(s.index)])
            include(b, scene.theater_anchor[size_t(s.index)]);
        break;
    case Selection::Kind::Actor:
        for (const geo::PlaceMarker& m : scene.places)
            if (briefing.places[size_t(m.place)].actor == s.index) include(b, m.position);
        break;
    case Selection::Kind::None:
        break;
    }
    if (b.min_x > b.max_x) return std::nullopt;
    // Room around it: a quarter on each side, and at least 600 km across.
    const double pad_x = std::max(b.width() * 0.25, 300e3 - b.width() / 2);
    const double pad_y = std::max(b.height() * 0.25, 300e3 - b.height() / 2);
    return geo::Bounds{b.min_x - pad_x, b.min_y - pad_y, b.max_x + pad_x, b.max_y + pad_y};
}

std::string selection_name(const geo::Briefing& b, Selection s) {
    const size_t i = size_t(s.index);
    switch (s.kind) {
    case Selection::Kind::Place:
        return b.places[i].name;
    case Selection::Kind::Flow:
        return b.flows[i].name.empty() ? b.flows[i].id : b.flows[i].name;
    case Selection::Kind::Corridor:
        return b.corridors[i].name.empty() ? b.corridors[i].id : b.corridors[i].name;
    case Selection::Kind::Theater:
        return b.theaters[i].name;
    case Selection::Kind::Event:
        return b.events[i].title;
    case Selection::Kind::Actor:
        return b.actors[i].name;
    case Selection::Kind::None:
        break;
    }
    return {};
}

} // namespace app
