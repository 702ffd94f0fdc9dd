// Keeps the drawn basemap while the camera stands still: the window then copies it each frame
// instead of drawing every country again, so playback costs only what moves (flows, labels).
// The first still frame draws into the cache; moving frames draw directly.
#pragma once

#include "render/basemap_layer.hpp"
#include "render/camera.hpp"
#include "render/map_programs.hpp"
#include "render/offscreen_target.hpp"
#include "render/theme.hpp"

#include <memory>
#include <optional>

namespace render {

class BasemapCache {
  public:
    // Draws `layer` for `camera` into framebuffer `target` (0: the window) at pixel offset
    // (x, y), with `samples` matching that framebuffer. Leaves `target` bound with the map's
    // viewport and the map pass's GL state set. Returns true when the cached picture was used.
    bool draw(const BasemapLayer& layer, const MapPrograms& programs, const Camera& camera,
              const Theme& theme, float pixel_scale, int samples, GLuint target, int x, int y);
    // Forget the cached picture (new scene).
    void invalidate() { cached_.reset(); }

  private:
    std::unique_ptr<OffscreenTarget> picture_;
    std::optional<Camera> cached_, last_;
    const BasemapLayer* layer_ = nullptr;
    const Theme* theme_ = nullptr;
    float pixel_scale_ = 0;
};

} // namespace render
