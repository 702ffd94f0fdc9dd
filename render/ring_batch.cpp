// RingBatch: streamed instances, one instanced draw.
#include "render/ring_batch.hpp"

#include "render/map_programs.hpp"
#include "render/shader_library.hpp"

namespace render {

base::Result<std::unique_ptr<RingBatch>> RingBatch::create() {
    auto batch = std::unique_ptr<RingBatch>(new RingBatch);
    auto program_made = build_program("ring");
    if (!program_made) return program_made.error();
    batch->program_ = std::move(*program_made);
    return batch;
}

void RingBatch::add(geo::Vec2f center, float radius_px, float opacity) {
    rings_.insert(rings_.end(), {center.x, center.y, radius_px, opacity});
}

void RingBatch::draw(const Camera& camera, Rgba color, float width_px) {
    if (rings_.empty()) return;
    instances_.upload(rings_, 1);
    const ShaderProgram& p = program_;
    set_view_uniforms(p, camera);
    glProgramUniform4f(p.get(), p.uniform("u_color"), color.r, color.g, color.b, color.a);
    glProgramUniform1f(p.get(), p.uniform("u_ring_width"), width_px);
    glUseProgram(p.get());
    instances_.bind();
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, instances_.instances());
}

} // namespace render
