// The shader programs every map layer draws with (flat fills, wide antialiased lines),
// compiled once per GL context, with helpers that set the view and style uniforms.
#pragma once

#include "base/result.hpp"

#include "render/camera.hpp"
#include "render/gl_handles.hpp"
#include "render/shader_library.hpp"
#include "render/theme.hpp"

#include <memory>
#include <string>

namespace render {

// Sets u_center, u_mpp and u_viewport (shaders/prelude.glsl) on `program` for `camera`.
void set_view_uniforms(const ShaderProgram& program, const Camera& camera);

class MapPrograms {
  public:
    // Null with `error` set when a shader fails to compile (a driver without GL 4.5, say).
    static base::Result<std::unique_ptr<MapPrograms>> create();

    void use_fill(const Camera& camera, Rgba color) const;
    void use_line(const Camera& camera, Rgba color, float width_px) const;

  private:
    ShaderProgram fill_;
    ShaderProgram line_;
};

} // namespace render
