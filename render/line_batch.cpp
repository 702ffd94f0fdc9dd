// LineBatch: LineSet -> (p0, p1) per segment, one instanced strip draw.
#include "render/line_batch.hpp"

#include "render/gpu_layout.hpp"

#include <cassert>
#include <cmath>
#include <vector>

namespace render {

LineBatch::LineBatch(const geo::LineSet& lines) {
    std::vector<geo::Vec2f> segments;
    segments.reserve(lines.segment_count() * 2);
    line_first_segment_.reserve(lines.line_count() + 1);
    for (size_t l = 0; l < lines.line_count(); ++l) {
        line_first_segment_.push_back(uint32_t(segments.size() / 2));
        for (uint32_t i = lines.starts[l] + 1; i < lines.starts[l + 1]; ++i) {
            const geo::Vec2f a = lines.points[i - 1], b = lines.points[i];
            // geo filters non-finite points (LineSet::add); this is the last guard before the GPU.
            const bool finite =
                std::isfinite(a.x) && std::isfinite(a.y) && std::isfinite(b.x) && std::isfinite(b.y);
            assert(finite && "non-finite line point reached render");
            if (!finite) continue;
            segments.push_back(a);
            segments.push_back(b);
        }
    }
    line_first_segment_.push_back(uint32_t(segments.size() / 2));
    segments_ = segments.size() / 2;
    buffer_ = make_static_buffer(segments.data(), segments.size() * sizeof(geo::Vec2f));
    GLuint vao = 0;
    glCreateVertexArrays(1, &vao);
    vao_ = GlVertexArray(vao);
    glVertexArrayVertexBuffer(vao, 0, buffer_.get(), 0, 2 * sizeof(geo::Vec2f));
    glVertexArrayBindingDivisor(vao, 0, 1);
    for (GLuint attrib : {0u, 1u}) {
        glEnableVertexArrayAttrib(vao, attrib);
        glVertexArrayAttribFormat(vao, attrib, 2, GL_FLOAT, GL_FALSE, attrib * sizeof(geo::Vec2f));
        glVertexArrayAttribBinding(vao, attrib, 0);
    }
}

void LineBatch::draw() const {
    if (!segments_) return;
    glBindVertexArray(vao_.get());
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(segments_));
}

} // namespace render

namespace render {

void LineBatch::draw_lines(size_t first_line, size_t count) const {
    if (count == 0 || line_first_segment_.empty() || first_line + count > line_first_segment_.size() - 1)
        return;
    const uint32_t first = line_first_segment_[first_line];
    const uint32_t end = line_first_segment_[first_line + count];
    if (end <= first) return;
    glBindVertexArray(vao_.get());
    glDrawArraysInstancedBaseInstance(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(end - first), first);
}

} // namespace render
