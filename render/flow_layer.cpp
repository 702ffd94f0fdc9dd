// FlowLayer: static segments + style SSBO, streamed state SSBO, one multi-draw of the live runs.
#include "render/flow_layer.hpp"

#include "render/gpu_layout.hpp"

#include "render/map_programs.hpp"
#include "render/shader_library.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace render {

const std::array<Rgba, kCategoryCount>& category_palette() {
    // Okabe-Ito hues first (munitions vermillion, missiles reddish purple, fuel orange, food bluish
    // green, technology sky blue, electronics yellow), then lighter or darker relatives for the rest;
    // meaning never rests on colour alone: the legend names them and line style shows confidence.
    static const std::array<Rgba, kCategoryCount> palette{
        hex_color("#E8602C"), // munitions
        hex_color("#CC79A7"), // missiles
        hex_color("#E69F00"), // fuel
        hex_color("#009E73"), // food
        hex_color("#56B4E9"), // technology
        hex_color("#F0E442"), // electronics
        hex_color("#B39DDB"), // labour
        hex_color("#9CCC65"), // money
        hex_color("#FFB74D"), // energy
        hex_color("#4DD0E1"), // humanitarian
        hex_color("#EF5350"), // troops
        hex_color("#BCAAA4"), // equipment
        hex_color("#90A4AE"), // dual-use
    };
    return palette;
}

base::Result<std::unique_ptr<FlowLayer>> FlowLayer::create(const geo::Briefing& briefing,
                                                           const geo::FlowGeometry& geometry) {
    auto layer = std::unique_ptr<FlowLayer>(new FlowLayer);
    auto program_made = build_program("flow");
    if (!program_made) return program_made.error();
    layer->program_ = std::move(*program_made);
    auto arrow_program_made = build_program("arrow");
    if (!arrow_program_made) return arrow_program_made.error();
    layer->arrow_program_ = std::move(*arrow_program_made);
    layer->segments_ = geometry.segments.size();
    layer->flows_ = briefing.flows.size();
    layer->segments_buffer_ =
        make_static_buffer(geometry.segments.data(), geometry.segments.size() * sizeof(geo::FlowSegment));
    std::vector<FlowStyleGpu> style;
    for (const geo::Flow& f : briefing.flows)
        style.push_back({uint32_t(f.category), uint32_t(f.confidence)});
    layer->style_buffer_ = make_static_buffer(style.data(), style.size() * sizeof(FlowStyleGpu));
    GLuint state = 0;
    glCreateBuffers(1, &state);
    glNamedBufferStorage(state, GLsizeiptr(std::max<size_t>(layer->flows_, 1) * sizeof(geo::FlowState)),
                         nullptr, GL_DYNAMIC_STORAGE_BIT);
    layer->state_buffer_ = GlBuffer(state);

    GLuint vao = 0;
    glCreateVertexArrays(1, &vao);
    layer->vao_ = GlVertexArray(vao);
    glVertexArrayVertexBuffer(vao, 0, layer->segments_buffer_.get(), 0, sizeof(geo::FlowSegment));
    glVertexArrayBindingDivisor(vao, 0, 1);
    for (GLuint attrib : {0u, 1u}) {
        glEnableVertexArrayAttrib(vao, attrib);
        glVertexArrayAttribFormat(vao, attrib, 4, GL_FLOAT, GL_FALSE, attrib * 4 * sizeof(float));
        glVertexArrayAttribBinding(vao, attrib, 0);
    }

    layer->segment_first_ = geometry.first;
    layer->segment_count_ = geometry.count;
    // Arrows come flow by flow too (arrival arrow, then those along the route).
    layer->arrow_first_.assign(layer->flows_, 0);
    layer->arrow_count_.assign(layer->flows_, 0);
    for (size_t a = geometry.arrows.size(); a-- > 0;) {
        const size_t f = size_t(geometry.arrows[a].flow);
        if (f >= layer->flows_) continue;
        layer->arrow_first_[f] = uint32_t(a);
        ++layer->arrow_count_[f];
    }
    GLuint commands = 0; // at most one run per flow, for segments and for arrows
    glCreateBuffers(1, &commands);
    glNamedBufferStorage(
        commands, GLsizeiptr(std::max<size_t>(2 * layer->flows_, 1) * sizeof(DrawArraysIndirectCommand)),
        nullptr, GL_DYNAMIC_STORAGE_BIT);
    layer->commands_buffer_ = GlBuffer(commands);

    layer->arrows_ = geometry.arrows.size();
    layer->arrows_buffer_ =
        make_static_buffer(geometry.arrows.data(), geometry.arrows.size() * sizeof(geo::FlowArrow));
    GLuint arrow_vao = 0;
    glCreateVertexArrays(1, &arrow_vao);
    layer->arrow_vao_ = GlVertexArray(arrow_vao);
    glVertexArrayVertexBuffer(arrow_vao, 0, layer->arrows_buffer_.get(), 0, sizeof(geo::FlowArrow));
    glVertexArrayBindingDivisor(arrow_vao, 0, 1);
    glEnableVertexArrayAttrib(arrow_vao, 0);
    glVertexArrayAttribFormat(arrow_vao, 0, 4, GL_FLOAT, GL_FALSE, 0);
    glVertexArrayAttribBinding(arrow_vao, 0, 0);
    glEnableVertexArrayAttrib(arrow_vao, 1);
    glVertexArrayAttribFormat(arrow_vao, 1, 3, GL_FLOAT, GL_FALSE, 4 * sizeof(float));
    glVertexArrayAttribBinding(arrow_vao, 1, 0);
    return layer;
}

void FlowLayer::update(const std::vector<geo::FlowState>& states, std::optional<std::span<const uint32_t>> only) {
    segment_runs_ = arrow_runs_ = submitted_segments_ = 0;
    if (states.empty()) return;
    glNamedBufferSubData(state_buffer_.get(), 0, GLsizeiptr(states.size() * sizeof(geo::FlowState)),
                         states.data());
    upload_stats().state_calls += 1;
    upload_stats().state_bytes += states.size() * sizeof(geo::FlowState);
    // Runs of consecutive live flows (the shader's test: intensity x opacity > 0), as instanced
    // draws starting at the run's first segment (arrow).
    commands_.clear();
    const size_t n = std::min(states.size(), flows_);
    auto runs = [&](const std::vector<uint32_t>& first, const std::vector<uint32_t>& count) {
        const size_t before = commands_.size();
        auto consider = [&](size_t f) {
            if (f >= n || states[f].intensity * states[f].opacity <= 0 || count[f] == 0) return;
            DrawArraysIndirectCommand* last = commands_.size() > before ? &commands_.back() : nullptr;
            if (last && last->base_instance + last->instance_count == first[f])
                last->instance_count += count[f];
            else
                commands_.push_back({4, count[f], 0, first[f]});
        };
        if (only)
            for (uint32_t f : *only)
                consider(f);
        else
            for (size_t f = 0; f < n; ++f)
                consider(f);
        return commands_.size() - before;
    };
    segment_runs_ = runs(segment_first_, segment_count_);
    for (size_t r = 0; r < segment_runs_; ++r)
        submitted_segments_ += commands_[r].instance_count;
    arrow_runs_ = runs(arrow_first_, arrow_count_);
    for (size_t r = segment_runs_; r < commands_.size(); ++r)
        commands_[r].count = 3; // an arrow is one triangle
    if (commands_.empty()) return;
    glNamedBufferSubData(commands_buffer_.get(), 0,
                         GLsizeiptr(commands_.size() * sizeof(DrawArraysIndirectCommand)), commands_.data());
    upload_stats().command_bytes += commands_.size() * sizeof(DrawArraysIndirectCommand);
}

void FlowLayer::set_shared_uniforms(const ShaderProgram& p, const Camera& camera, float pixel_scale) const {
    set_view_uniforms(p, camera);
    glProgramUniform1f(p.get(), p.uniform("u_pixel_scale"), pixel_scale);
    glProgramUniform1f(p.get(), p.uniform("u_min_width"), 2.2f);
    glProgramUniform1f(p.get(), p.uniform("u_max_width"), 10.0f);
    glProgramUniform1f(p.get(), p.uniform("u_lane_spacing"), 8.0f);
    const auto& palette = category_palette();
    glProgramUniform4fv(p.get(), p.uniform("u_palette"), GLsizei(palette.size()), &palette[0].r);
}

void FlowLayer::draw(const Camera& camera, float pixel_scale, double anim_seconds) const {
    if (!segments_ || segment_runs_ == 0) return;
    glBindBuffer(GL_DRAW_INDIRECT_BUFFER, commands_buffer_.get());
    bind_segment_program(camera, pixel_scale, anim_seconds, {0, 0, 0, 0});
    glMultiDrawArraysIndirect(GL_TRIANGLE_STRIP, nullptr, GLsizei(segment_runs_), 0);
    if (arrow_runs_ > 0) {
        set_shared_uniforms(arrow_program_, camera, pixel_scale);
        glUseProgram(arrow_program_.get());
        glBindVertexArray(arrow_vao_.get());
        glMultiDrawArraysIndirect(
            GL_TRIANGLES, reinterpret_cast<const void*>(segment_runs_ * sizeof(DrawArraysIndirectCommand)),
            GLsizei(arrow_runs_), 0);
    }
    glBindBuffer(GL_DRAW_INDIRECT_BUFFER, 0);
}

void FlowLayer::draw_range(const Camera& camera, float pixel_scale, double anim_seconds, size_t first,
                           size_t count, Rgba colour_override) const {
    if (first >= segments_) return;
    count = std::min(count, segments_ - first);
    bind_segment_program(camera, pixel_scale, anim_seconds, colour_override);
    glDrawArraysInstancedBaseInstance(GL_TRIANGLE_STRIP, 0, 4, GLsizei(count), GLuint(first));
}

void FlowLayer::bind_segment_program(const Camera& camera, float pixel_scale, double anim_seconds,
                                     Rgba colour_override) const {
    glBindBufferBase(GL_SHADER_STORAGE_BUFFER, kFlowStyleBinding, style_buffer_.get());
    glBindBufferBase(GL_SHADER_STORAGE_BUFFER, kFlowStateBinding, state_buffer_.get());
    const ShaderProgram& p = program_;
    set_shared_uniforms(p, camera, pixel_scale);
    // Pulses travel 90 points a second: an audience can follow them.
    glProgramUniform1f(p.get(), p.uniform("u_anim_px"), float(anim_seconds * 90.0 * pixel_scale));
    glProgramUniform4fv(p.get(), p.uniform("u_colour_override"), 1, &colour_override.r);
    glUseProgram(p.get());
    glBindVertexArray(vao_.get());
}

} // namespace render
