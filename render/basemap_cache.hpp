// Keeps the map's static picture (the basemap and the corridors) while the camera stands still:
// the window then copies it each frame instead of drawing every country and corridor again, so
// playback costs only what moves (flows, labels). The first still frame draws into the cache;
// moving frames draw directly.
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

class BasemapCache {
  public:
    // Draws the static picture for `camera` (`draw_static` draws it) into framebuffer `target`
    // (0: the window) at pixel offset (x, y), with `samples` matching that framebuffer. Leaves
    // `target` bound with the map's viewport and the map pass's GL state set. Returns true when
    // the cached picture was used.
    bool draw(const StaticLook& look, const Camera& camera, int samples, GLuint target, int x, int y,
              const std::function<void()>& draw_static);
    // Forget the cached picture (new scene).
    void invalidate() { cached_.reset(); }

  private:
    std::unique_ptr<OffscreenTarget> picture_;
    std::optional<Camera> cached_, last_;
    StaticLook look_;
};

} // namespace render
