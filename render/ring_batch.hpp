// Event rings for one frame: (place, radius, opacity) instances streamed each frame (a handful),
// drawn as antialiased rings. Used to make events near the clock pulse at their place.
#pragma once

#include "base/result.hpp"

#include "geo/scene.hpp"
#include "render/camera.hpp"
#include "render/gl_handles.hpp"
#include "render/shader_library.hpp"
#include "render/streaming_instances.hpp"
#include "render/theme.hpp"

#include <memory>
#include <string>
#include <vector>

namespace render {

class RingBatch {
  public:
    static base::Result<std::unique_ptr<RingBatch>> create();

    void clear() { rings_.clear(); }
    void add(geo::Vec2f center, float radius_px, float opacity);
    void draw(const Camera& camera, Rgba color, float width_px);

  private:
    ShaderProgram program_;
    StreamingInstances instances_;
    std::vector<float> rings_;
};

} // namespace render
