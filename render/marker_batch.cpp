// MarkerBatch: instanced quads with SDF shapes.
#include "render/marker_batch.hpp"

#include "render/map_programs.hpp"
#include "render/shader_library.hpp"

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

std::unique_ptr<MarkerBatch> MarkerBatch::create(const std::vector<geo::PlaceMarker>& markers,
                                                 std::string& error) {
    auto batch = std::unique_ptr<MarkerBatch>(new MarkerBatch);
    batch->program_ = build_program("marker", error);
    if (!batch->program_) return nullptr;
    std::vector<float> data;
    for (const geo::PlaceMarker& m : markers) {
        data.insert(data.end(), {m.position.x, m.position.y, float(marker_shape(m.kind)),
                                 marker_size_points(m.kind, m.priority)});
    }
    batch->count_ = markers.size();
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
    if (!count_) return;
    const GLuint p = program_.get();
    set_view_uniforms(p, camera);
    glProgramUniform1f(p, glGetUniformLocation(p, "u_pixel_scale"), pixel_scale);
    glProgramUniform4f(p, glGetUniformLocation(p, "u_fill"), fill.r, fill.g, fill.b, fill.a);
    glProgramUniform4f(p, glGetUniformLocation(p, "u_outline"), outline.r, outline.g, outline.b, outline.a);
    glUseProgram(p);
    glBindVertexArray(vao_.get());
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(count_));
}

} // namespace render
