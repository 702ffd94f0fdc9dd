// Place markers on the GPU: one instance per place (position, shape by kind, size by priority),
// uploaded once, drawn as antialiased shapes with an outline at a pixel size independent of zoom.
#pragma once

#include "base/result.hpp"

#include "geo/scene.hpp"
#include "render/camera.hpp"
#include "render/gl_handles.hpp"
#include "render/shader_library.hpp"
#include "render/theme.hpp"

#include <memory>
#include <string>
#include <vector>

namespace render {

class MarkerBatch {
  public:
    // Null with `error` set when the marker shaders fail to build.
    static base::Result<std::unique_ptr<MarkerBatch>> create(const std::vector<geo::PlaceMarker>& markers);

    void draw(const Camera& camera, Rgba fill, Rgba outline, float pixel_scale) const;
    // Draws only markers [first, first + count) of those it was created with.
    void draw(const Camera& camera, Rgba fill, Rgba outline, float pixel_scale, size_t first,
              size_t count) const;

  private:
    ShaderProgram program_;
    GlBuffer buffer_;
    GlVertexArray vao_;
    std::vector<uint32_t> kept_before_; // per marker given, plus one: instances kept before it
};

// The marker shape and size (points) used for a place kind and label priority.
int marker_shape(geo::PlaceKind kind);
float marker_size_points(geo::PlaceKind kind, int priority);

} // namespace render
