// MarkerBatch: instanced quads with SDF shapes.
#include "render/marker_batch.hpp"

#include "render/map_programs.hpp"
#include "render/shader_library.hpp"

#include <cassert>
#include <cmath>
#include <vector>

namespace render {

int marker_shape(geo::PlaceKind kind) {
    switch (kind) {
    case geo::PlaceKind::Capital:
    case geo::PlaceKind::City:
        return 0; // circle
    case geo::PlaceKind::Port:
    case geo::PlaceKind::Base:
        return 1; // square
    case geo::PlaceKind::RailHub:
    case geo::PlaceKind::Crossing:
        return 2; // diamond
    case geo::PlaceKind::Airbase:
    case geo::PlaceKind::Front:
        return 3; // triangle
    }
    return 0;
}

float marker_size_points(geo::PlaceKind kind, int priority) {
    const float base = kind == geo::PlaceKind::Capital ? 9.0f : 7.5f;
    return base * (priority == 1 ? 1.0f : priority == 2 ? 0.85f : 0.7f);
}

base::Result<std::unique_ptr<MarkerBatch>> MarkerBatch::create(const std::vector<geo::PlaceMarker>& markers) {
    auto batch = std::unique_ptr<MarkerBatch>(new MarkerBatch);
    auto program_made = build_program("marker");
    if (!program_made) return program_made.error();
    batch->program_ = std::move(*program_made);
    std::vector<float> data;
    batch->kept_before_.reserve(markers.size() + 1);
    for (const geo::PlaceMarker& m : markers) {
        batch->kept_before_.push_back(uint32_t(data.size() / 4));
        // geo filters non-finite positions (build_*_scene); this is the last guard before the GPU.
        const bool finite = std::isfinite(m.position.x) && std::isfinite(m.position.y);
        assert(finite && "non-finite marker reached render");
        if (!finite) continue;
        data.insert(data.end(), {m.position.x, m.position.y, float(marker_shape(m.kind)),
                                 marker_size_points(m.kind, m.priority)});
    }
    batch->kept_before_.push_back(uint32_t(data.size() / 4));
    batch->buffer_ = make_static_buffer(data.data(), data.size() * sizeof(float));
    GLuint vao = 0;
    glCreateVertexArrays(1, &vao);
    batch->vao_ = GlVertexArray(vao);
    glVertexArrayVertexBuffer(vao, 0, batch->buffer_.get(), 0, 4 * sizeof(float));
    glVertexArrayBindingDivisor(vao, 0, 1);
    for (GLuint attrib : {0u, 1u}) {
        glEnableVertexArrayAttrib(vao, attrib);
        glVertexArrayAttribFormat(vao, attrib, 2, GL_FLOAT, GL_FALSE, attrib * 2 * sizeof(float));
        glVertexArrayAttribBinding(vao, attrib, 0);
    }
    return batch;
}

void MarkerBatch::draw(const Camera& camera, Rgba fill, Rgba outline, float pixel_scale) const {
    draw(camera, fill, outline, pixel_scale, 0, kept_before_.size() - 1);
}

void MarkerBatch::draw(const Camera& camera, Rgba fill, Rgba outline, float pixel_scale, size_t first,
                       size_t count) const {
    if (count == 0 || first + count > kept_before_.size() - 1) return;
    const uint32_t begin = kept_before_[first], end = kept_before_[first + count];
    if (end <= begin) return;
    const ShaderProgram& p = program_;
    set_view_uniforms(p, camera);
    glProgramUniform1f(p.get(), p.uniform("u_pixel_scale"), pixel_scale);
    glProgramUniform4f(p.get(), p.uniform("u_fill"), fill.r, fill.g, fill.b, fill.a);
    glProgramUniform4f(p.get(), p.uniform("u_outline"), outline.r, outline.g, outline.b, outline.a);
    glUseProgram(p.get());
    glBindVertexArray(vao_.get());
    glDrawArraysInstancedBaseInstance(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(end - begin), begin);
}

} // namespace render
