// A briefing's map made ready for headless drawing, loaded once: the scene (geo::build_map_scene),
// an EGL context and the map renderer. Shared by `render` (one frame) and `export` (many frames),
// which draw through the same MapRenderer as the window. Owns its GL context: create, use and
// destroy it on one thread.
#pragma once

#include "app/map/view_options.hpp"
#include "geo/scene.hpp"
#include "render/frame.hpp"
#include "render/headless_context.hpp"
#include "render/map_renderer.hpp"

#include <functional>
#include <memory>

namespace app {

class HeadlessMap {
  public:
    // `stage_done("load")` etc. is called after each stage, for --verbose timings (may be empty).
    static base::Result<std::unique_ptr<HeadlessMap>>
    open(const ViewOptions& view, const std::function<void(const char*)>& stage_done = {});
    ~HeadlessMap();

    // Null for the basemap alone.
    const geo::Briefing* briefing() const { return scene_->briefing.get(); }
    const geo::MapScene& scene() const { return *scene_; }
    // What the map shows when nothing else is asked for: the world with --world, else the
    // briefing's home view (or the basemap's).
    geo::Bounds home_view() const;
    std::string gl_description() const { return context_->description(); }

    // A frame with the view's look (theme, flow labels), everything on, no spotlight.
    render::Frame frame(const render::Camera& camera, double t, double anim_seconds, float pixel_scale) const;
    render::MapRenderer& renderer() { return *renderer_; }

  private:
    HeadlessMap() = default;
    // Declared first so it is destroyed last: every GL object below needs it current.
    std::unique_ptr<render::HeadlessContext> context_;
    ViewOptions view_;
    std::shared_ptr<const geo::MapScene> scene_;
    std::unique_ptr<render::MapRenderer> renderer_;
};

} // namespace app
