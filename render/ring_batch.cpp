// RingBatch: streamed instances, one instanced draw.
#include "render/ring_batch.hpp"

#include "render/map_programs.hpp"
#include "render/shader_library.hpp"

#include <algorithm>

namespace render {

std::unique_ptr<RingBatch> RingBatch::create(std::string& error) {
    auto batch = std::unique_ptr<RingBatch>(new RingBatch);
    batch->program_ = build_program("ring", error);
    if (!batch->program_) return nullptr;
    GLuint vao = 0;
    glCreateVertexArrays(1, &vao);
    batch->vao_ = GlVertexArray(vao);
    return batch;
}

void RingBatch::add(geo::Vec2f center, float radius_px, float opacity) {
    rings_.insert(rings_.end(), {center.x, center.y, radius_px, opacity});
}

void RingBatch::draw(const Camera& camera, Rgba color, float width_px) {
    if (rings_.empty()) return;
    const size_t bytes = rings_.size() * sizeof(float);
    if (bytes > capacity_) {
        capacity_ = std::max(bytes, capacity_ * 2);
        GLuint buffer = 0;
        glCreateBuffers(1, &buffer);
        glNamedBufferStorage(buffer, GLsizeiptr(capacity_), nullptr, GL_DYNAMIC_STORAGE_BIT);
        buffer_ = GlBuffer(buffer);
        glVertexArrayVertexBuffer(vao_.get(), 0, buffer, 0, 4 * sizeof(float));
        glVertexArrayBindingDivisor(vao_.get(), 0, 1);
        glEnableVertexArrayAttrib(vao_.get(), 0);
        glVertexArrayAttribFormat(vao_.get(), 0, 4, GL_FLOAT, GL_FALSE, 0);
        glVertexArrayAttribBinding(vao_.get(), 0, 0);
    }
    glNamedBufferSubData(buffer_.get(), 0, GLsizeiptr(bytes), rings_.data());
    const GLuint p = program_.get();
    set_view_uniforms(p, camera);
    glProgramUniform4f(p, glGetUniformLocation(p, "u_color"), color.r, color.g, color.b, color.a);
    glProgramUniform1f(p, glGetUniformLocation(p, "u_ring_width"), width_px);
    glUseProgram(p);
    glBindVertexArray(vao_.get());
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(rings_.size() / 4));
}

} // namespace render
