// A set of polylines on the GPU as instanced segments, drawn as wide antialiased lines with
// round caps and joins at a pixel width independent of zoom. Geometry is uploaded once.
#pragma once

#include "geo/scene.hpp"
#include "render/gl_handles.hpp"

#include <cstdint>
#include <vector>

namespace render {

class LineBatch {
  public:
    LineBatch() = default;
    explicit LineBatch(const geo::LineSet& lines);

    // Draws with whatever line program is in use (see MapPrograms::use_line).
    void draw() const;
    // Draws only lines [first_line, first_line + count) of the LineSet it was built from.
    void draw_lines(size_t first_line, size_t count) const;
    size_t segment_count() const { return segments_; }

  private:
    GlBuffer buffer_;
    GlVertexArray vao_;
    size_t segments_ = 0;
    std::vector<uint32_t> line_first_segment_; // per line, plus one past the end
};

} // namespace render
