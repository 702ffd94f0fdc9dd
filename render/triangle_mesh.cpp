// TriangleMesh upload and draw.
#include "render/triangle_mesh.hpp"

#include "render/gpu_layout.hpp"

namespace render {

TriangleMesh::TriangleMesh(const std::vector<geo::Vec2f>& vertices) : count_(vertices.size()) {
    buffer_ = make_static_buffer(vertices.data(), vertices.size() * sizeof(geo::Vec2f));
    GLuint vao = 0;
    glCreateVertexArrays(1, &vao);
    vao_ = GlVertexArray(vao);
    glVertexArrayVertexBuffer(vao, 0, buffer_.get(), 0, sizeof(geo::Vec2f));
    glEnableVertexArrayAttrib(vao, 0);
    glVertexArrayAttribFormat(vao, 0, 2, GL_FLOAT, GL_FALSE, 0);
    glVertexArrayAttribBinding(vao, 0, 0);
}

void TriangleMesh::draw() const {
    if (!count_) return;
    glBindVertexArray(vao_.get());
    glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(count_));
}

void TriangleMesh::draw_range(uint32_t first, uint32_t count) const {
    if (!count || first + count > count_) return;
    glBindVertexArray(vao_.get());
    glDrawArrays(GL_TRIANGLES, GLint(first), GLsizei(count));
}

} // namespace render
