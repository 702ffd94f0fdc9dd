// Compiles programs from the GLSL files in shaders/, embedded into the binary at build time.
// Every stage is prefixed with shaders/prelude.glsl.
#pragma once

#include "base/result.hpp"

#include "render/gl_handles.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace render {

// Source of an embedded shader file by name ("line.vert.glsl"); empty when unknown.
std::string_view shader_source(std::string_view file_name);

// A linked program with its uniforms' locations, read once when it is built: drawing looks them
// up here instead of asking the driver (glGetUniformLocation) every frame.
class ShaderProgram {
  public:
    ShaderProgram() = default;
    GLuint get() const { return program_.get(); }
    // -1 (ignored by glProgramUniform*) when the program has no active uniform of that name; arrays
    // by their bare name ("u_palette").
    GLint uniform(std::string_view name) const;

  private:
    friend base::Result<ShaderProgram> build_program(std::string_view name);
    GlProgram program_;
    std::vector<std::pair<std::string, GLint>> uniforms_;
};

// Links "<name>.vert.glsl" + "<name>.frag.glsl"; the error is the compiler's log, naming the file.
base::Result<ShaderProgram> build_program(std::string_view name);

} // namespace render
