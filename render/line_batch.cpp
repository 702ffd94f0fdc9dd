// LineBatch: LineSet -> (p0, p1) per segment, one instanced strip draw.
#include "render/line_batch.hpp"

#include <vector>

namespace render {

LineBatch::LineBatch(const geo::LineSet& lines) {
    std::vector<geo::Vec2f> segments;
    segments.reserve(lines.segment_count() * 2);
    for (size_t l = 0; l < lines.line_count(); ++l) {
        for (uint32_t i = lines.starts[l] + 1; i < lines.starts[l + 1]; ++i) {
            segments.push_back(lines.points[i - 1]);
            segments.push_back(lines.points[i]);
        }
    }
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
