// A briefing's map made ready for headless drawing, loaded once: briefing, projection, basemap,
// extra-layer and briefing scenes, an EGL context and the layers. Shared by `render` (one frame) and `export`
// (many frames), so both draw exactly what the window draws. Owns its GL context: create, use and destroy it
// on one thread.
#pragma once

#include "app/headless_context.hpp"
#include "app/view_options.hpp"
#include "geo/basemap_scene.hpp"
#include "geo/briefing_scene.hpp"
#include "geo/layer_scene.hpp"
#include "render/basemap_cache.hpp"
#include "render/basemap_layer.hpp"
#include "render/briefing_layer.hpp"
#include "render/frame_tiles.hpp"
#include "render/layer_overlay.hpp"
#include "render/offscreen_target.hpp"

#include <functional>
#include <memory>
#include <optional>

namespace app {

class HeadlessMap {
  public:
    // `stage_done("load")` etc. is called after each stage, for --verbose timings (may be empty).
    static geo::Result<std::unique_ptr<HeadlessMap>>
    open(const ViewOptions& view, const std::function<void(const char*)>& stage_done = {});
    ~HeadlessMap();

    // Null for the basemap alone.
    const geo::Briefing* briefing() const { return briefing_.get(); }
    const geo::Projection& projection() const { return *projection_; }
    const render::Theme& theme() const { return *theme_; }
    // Scene metres are projected metres minus this.
    geo::XY origin() const { return basemap_scene_->origin; }
    // What the map shows when nothing else is asked for: the world with --world, else the
    // briefing's home view (or the basemap's).
    geo::Bounds home_view() const;
    // The briefing layer, to set a slide's focus and title (null for the basemap alone).
    render::BriefingLayer* briefing_layer() { return briefing_layer_.get(); }
    std::string gl_description() const { return context_->description(); }
    // Which of the briefing's extra layers ([[layer]]) show; missing entries are visible.
    void set_layers_visible(std::vector<bool> visible) { layers_visible_ = std::move(visible); }

    // Draws one frame into the bound framebuffer: clear, basemap, briefing at day `t`, pulses at
    // `anim_seconds`. `pixel_scale`: 1 at 1080 lines (times --scale). With `tile`, only that part of
    // the camera's viewport is drawn, into a target of the tile's size.
    void draw(const render::Camera& camera, float pixel_scale, double t, double anim_seconds,
              const render::FrameTile* tile = nullptr);

    // The same frame as draw() into `target`, but for a camera that stays still (export: a timeline,
    // a slide's hold) the basemap is drawn once into a cache and copied sample for sample, instead
    // of being rasterised again every frame.
    void draw_into(const render::OffscreenTarget& target, const render::Camera& camera, float pixel_scale,
                   double t, double anim_seconds);

  private:
    HeadlessMap() = default;
    // Everything above the basemap: extra layers, then the briefing.
    void draw_briefing(const render::Camera& camera, float pixel_scale, double t, double anim_seconds);
    // Declared first so it is destroyed last: every GL object below needs it current.
    std::unique_ptr<HeadlessContext> context_;
    ViewOptions view_;
    const render::Theme* theme_ = nullptr;
    std::shared_ptr<const geo::Briefing> briefing_;
    std::optional<geo::Projection> projection_;
    std::optional<geo::BasemapScene> basemap_scene_;
    std::optional<geo::BriefingScene> briefing_scene_;
    std::optional<geo::LayerScene> layer_scene_;
    std::unique_ptr<render::MapPrograms> programs_;
    std::unique_ptr<render::BasemapLayer> basemap_layer_;
    std::unique_ptr<render::BriefingLayer> briefing_layer_;
    std::unique_ptr<render::LayerOverlay> layer_overlay_;
    std::vector<bool> layers_visible_;
    render::BasemapCache basemap_cache_; // draw_into's basemap while the camera stands still
};

} // namespace app
