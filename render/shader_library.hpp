// Compiles programs from the GLSL files in shaders/, embedded into the binary at build time.
// Every stage is prefixed with shaders/prelude.glsl.
#pragma once

#include "geo/result.hpp"

#include "render/gl_handles.hpp"

#include <string>
#include <string_view>

namespace render {

// Source of an embedded shader file by name ("line.vert.glsl"); empty when unknown.
std::string_view shader_source(std::string_view file_name);

// Links "<name>.vert.glsl" + "<name>.frag.glsl"; on failure returns an empty program and sets `error`
// to the compiler's log, naming the file.
geo::Result<GlProgram> build_program(std::string_view name);

} // namespace render
