// Draws flows: the static segments of every flow (uploaded once) with per-flow state (intensity,
// opacity) uploaded each frame as two floats per flow; the time uniform moves the pulses. Only
// the segments and arrows of flows alive this frame are submitted: update() turns the states into
// runs of consecutive live flows, one indirect draw command each (16 bytes a run, never geometry).
// Colours come from a colour-blind-conscious categorical palette (Okabe-Ito based).
#pragma once

#include "base/result.hpp"

#include "geo/briefing.hpp"
#include "geo/flow_geometry.hpp"
#include "render/camera.hpp"
#include "render/gl_handles.hpp"
#include "render/shader_library.hpp"
#include "render/theme.hpp"
#include "shaders/gpu_layout.h"

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace render {

// glMultiDrawArraysIndirect's command, as GL lays it out.
struct DrawArraysIndirectCommand {
    uint32_t count, instance_count, first, base_instance;
};

// The colour of each flow category (index = geo::FlowCategory), readable on dark and light themes.
const std::array<Rgba, CATEGORY_COUNT>& category_palette();

class FlowLayer {
  public:
    static base::Result<std::unique_ptr<FlowLayer>> create(const geo::Briefing& briefing,
                                                           const geo::FlowGeometry& geometry);

    // Uploads the per-flow state for this frame and the draw commands of the live flows' runs
    // (the only per-frame uploads). With `only` (ascending flow indices, e.g. the time index's
    // candidates), the runs look at those flows alone: every other flow's state must be zero.
    void update(const std::vector<geo::FlowState>& states,
                std::optional<std::span<const uint32_t>> only = std::nullopt);
    // `anim_seconds` drives the pulses; `pixel_scale` converts point sizes to pixels.
    void draw(const Camera& camera, float pixel_scale, double anim_seconds) const;
    // Draws only segments [first, first + count), without arrowheads, optionally all in one colour
    // instead of their categories' (legend swatches).
    void draw_range(const Camera& camera, float pixel_scale, double anim_seconds, size_t first, size_t count,
                    Rgba colour_override = {0, 0, 0, 0}) const;

    size_t segment_count() const { return segments_; }
    // Segments the last update() submits to the GPU (those of live flows).
    size_t submitted_segments() const { return submitted_segments_; }

  private:
    void set_shared_uniforms(const ShaderProgram& program, const Camera& camera, float pixel_scale) const;
    // The segment program, buffers and vertex array bound for a draw.
    void bind_segment_program(const Camera& camera, float pixel_scale, double anim_seconds,
                              Rgba colour_override) const;

    ShaderProgram program_, arrow_program_;
    GlBuffer segments_buffer_, style_buffer_, state_buffer_, arrows_buffer_, commands_buffer_;
    GlVertexArray vao_, arrow_vao_;
    size_t segments_ = 0, flows_ = 0, arrows_ = 0;
    // Per flow: its segments and arrows, [first, first + count) (flows' own are consecutive).
    std::vector<uint32_t> segment_first_, segment_count_, arrow_first_, arrow_count_;
    // This frame's draw commands: segment runs, then arrow runs (scratch, kept between frames).
    std::vector<DrawArraysIndirectCommand> commands_;
    size_t segment_runs_ = 0, arrow_runs_ = 0, submitted_segments_ = 0;
};

} // namespace render
