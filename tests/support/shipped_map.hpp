// App tests that draw a shipped briefing headless: its view on the fast 110m basemap, and a slide
// framed and looked as `render --slide` shows it, at a given size. One place for the set-up the
// placement, annotation and cache tests share.
#pragma once

#include "app/map/headless_map.hpp"
#include "geo/slides.hpp"
#include "render/offscreen_target.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace test_support {

inline app::ViewOptions shipped_view(std::string_view briefing) {
    app::ViewOptions view;
    view.briefing =
        std::string(SUPPLYLINE_ASSET_DIR "/briefings/") + std::string(briefing) + "/briefing.toml";
    view.basemap = geo::BasemapScale::k110m;
    view.basemap_set = true;
    return view;
}

// Slide `i` of the map's briefing at `width`x`height`: framed on its view, at its first date, with
// its switches, spotlight, headline and caption.
inline render::Frame slide_frame(const app::HeadlessMap& map, size_t i, int width = 1920, int height = 1080) {
    render::Camera camera;
    camera.viewport_width = width;
    camera.viewport_height = height;
    camera.fit(map.scene().slide_views[i], 0.0);
    const geo::Briefing& b = *map.briefing();
    render::Frame frame = map.frame(camera, b.slides[i].from, 0, 1.0f);
    render::show_slide(geo::slide_look(b.slides[i], b), frame);
    return frame;
}

// Draws `frame` (evaluated here) into `target` and returns where its labels, legend, caption,
// title and date went; nullopt when the renderer placed none (no briefing).
inline std::optional<render::BriefingLayer::PlacedOverlay>
draw_placed(app::HeadlessMap& map, const render::OffscreenTarget& target, render::Frame frame) {
    map.renderer().evaluate(frame);
    map.renderer().draw(frame, {target.framebuffer(), 0, 0, target.samples()});
    const auto* placed = map.renderer().last_overlay();
    if (!placed) return std::nullopt;
    return *placed;
}

} // namespace test_support
