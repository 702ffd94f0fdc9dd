// MapPrograms: compile once, set uniforms per draw.
#include "render/map_programs.hpp"

#include "render/shader_library.hpp"

namespace render {
namespace {

void set_color(const ShaderProgram& program, Rgba c) {
    glProgramUniform4f(program.get(), program.uniform("u_color"), c.r, c.g, c.b, c.a);
}

} // namespace

void set_view_uniforms(const ShaderProgram& program, const Camera& camera) {
    glProgramUniform2f(program.get(), program.uniform("u_center"), float(camera.center.x),
                       float(camera.center.y));
    glProgramUniform1f(program.get(), program.uniform("u_mpp"), float(camera.metres_per_pixel));
    glProgramUniform2f(program.get(), program.uniform("u_viewport"), float(camera.viewport_width),
                       float(camera.viewport_height));
}

base::Result<std::unique_ptr<MapPrograms>> MapPrograms::create() {
    auto programs = std::unique_ptr<MapPrograms>(new MapPrograms);
    auto fill_made = build_program("fill");
    if (!fill_made) return fill_made.error();
    programs->fill_ = std::move(*fill_made);
    auto line_made = build_program("line");
    if (!line_made) return line_made.error();
    programs->line_ = std::move(*line_made);
    return programs;
}

void MapPrograms::use_fill(const Camera& camera, Rgba color) const {
    set_view_uniforms(fill_, camera);
    set_color(fill_, color);
    glUseProgram(fill_.get());
}

void MapPrograms::use_line(const Camera& camera, Rgba color, float width_px) const {
    set_view_uniforms(line_, camera);
    set_color(line_, color);
    glProgramUniform1f(line_.get(), line_.uniform("u_half_width"), width_px / 2);
    glUseProgram(line_.get());
}

} // namespace render
