// Non-indexed triangles on the GPU (sphere, land), uploaded once, drawn with the fill program.
#pragma once

#include "geo/scene.hpp"
#include "render/gl_handles.hpp"

#include <vector>

namespace render {

class TriangleMesh {
  public:
    TriangleMesh() = default;
    explicit TriangleMesh(const std::vector<geo::Vec2f>& vertices);

    void draw() const;
    // Draws vertices [first, first + count) only (e.g. one country of the land mesh).
    void draw_range(uint32_t first, uint32_t count) const;
    size_t vertex_count() const { return count_; }

  private:
    GlBuffer buffer_;
    GlVertexArray vao_;
    size_t count_ = 0;
};

} // namespace render
