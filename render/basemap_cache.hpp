// Keeps the map's static picture (the basemap and the corridors) so that frames do not draw every
// country and corridor again: playback costs only what moves (flows, labels). The picture is drawn
// with a margin around the view, so a camera that pans by whole pixels reuses it, shifted, with
// the same pixels. While the camera moves, the window may also reuse it shifted by a rounded offset
// or scaled for a zoom, when drawing it is slow (GPU time from a timer query), and draws it afresh
// once the camera stops: panning and flights over a 1:10m basemap on a software rasterizer then
// cost a copy, not a full redraw (issue 16), and a fast GPU keeps every frame exact.
#pragma once

#include "render/basemap_layer.hpp"
#include "render/camera.hpp"
#include "render/map_programs.hpp"
#include "render/offscreen_target.hpp"
#include "render/theme.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace render {

// What the static picture depends on besides the camera.
struct StaticLook {
    const void* scene = nullptr; // the layers drawn (a new scene is a new picture)
    const Theme* theme = nullptr;
    float pixel_scale = 0;
    std::vector<bool> modes; // corridor modes shown
    bool operator==(const StaticLook&) const = default;
};

// How the last frame got its static picture (tests and frame statistics).
enum class StaticPicture { Drawn, Cached, Shifted, Approximated };

class BasemapCache {
  public:
    // Draws the static picture for `camera` (`draw_static` draws it with the camera it is given)
    // into framebuffer `target` (0: the window) at pixel offset (x, y), with `samples` matching that
    // framebuffer. Leaves `target` bound with the map's viewport and the map pass's GL state set.
    // `approximate_above_ms`: see DrawTarget (below 0 never, 0 always, else when the last full draw
    // took longer).
    StaticPicture draw(const StaticLook& look, const Camera& camera, int samples, GLuint target, int x, int y,
                       float approximate_above_ms, const std::function<void(const Camera&)>& draw_static);
    // Forget the cached picture (new scene).
    void invalidate() { cached_.reset(); }

  private:
    // Pixels of margin on each side of a `camera`-sized view: a quarter of the short side where
    // moving frames may reuse the picture (the window), none where they never do (exports).
    static int margin_for(const Camera& camera, bool may_approximate);
    std::optional<StaticPicture> reuse(const Camera& camera, bool moving, bool approximate, GLuint target,
                                       int x, int y) const;

    // GPU milliseconds of the last full draw of the picture, once its timer query has answered.
    double last_draw_ms();

    std::unique_ptr<OffscreenTarget> picture_;
    GlQuery timer_;
    bool timing_ = false; // a query is in flight
    double last_draw_ms_ = -1;
    int margin_ = 0;                      // the picture's
    std::optional<Camera> cached_, last_; // cached_: the view's camera the picture was drawn for
    StaticLook look_;
};

} // namespace render
