// Embedded shader lookup and program linking.
#include "render/shader_library.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>
#include <vector>

namespace embedded {
extern const std::pair<std::string_view, std::string_view> embedded_shaders[];
}

namespace render {
namespace {

// The compiler's or linker's log for a shader or program name.
std::string info_log(GLuint name, bool is_program) {
    GLint length = 0;
    (is_program ? glGetProgramiv : glGetShaderiv)(name, GL_INFO_LOG_LENGTH, &length);
    std::string log(std::max(length, 1), '\0');
    (is_program ? glGetProgramInfoLog : glGetShaderInfoLog)(name, length, nullptr, log.data());
    return log.c_str();
}

GlShader compile(GLenum stage, std::string_view file, std::string& error) {
    const std::string_view prelude = shader_source("prelude.glsl");
    const std::string_view body = shader_source(file);
    if (body.empty()) {
        error = fmt::format("shader {} is not embedded in this build", file);
        return {};
    }
    GlShader shader(glCreateShader(stage));
    const std::string line_reset = "\n#line 1\n";
    const char* parts[] = {prelude.data(), line_reset.c_str(), body.data()};
    const GLint lengths[] = {GLint(prelude.size()), GLint(line_reset.size()), GLint(body.size())};
    glShaderSource(shader.get(), 3, parts, lengths);
    glCompileShader(shader.get());
    GLint ok = 0;
    glGetShaderiv(shader.get(), GL_COMPILE_STATUS, &ok);
    if (!ok) {
        error = fmt::format("shaders/{}: {}", file, info_log(shader.get(), false));
        return {};
    }
    return shader;
}

} // namespace

std::string_view shader_source(std::string_view file_name) {
    for (auto* entry = embedded::embedded_shaders; !entry->first.empty(); ++entry)
        if (entry->first == file_name) return entry->second;
    return {};
}

geo::Result<GlProgram> build_program(std::string_view name) {
    std::string error;
    GlShader vert = compile(GL_VERTEX_SHADER, fmt::format("{}.vert.glsl", name), error);
    if (!vert) return geo::Error{error};
    GlShader frag = compile(GL_FRAGMENT_SHADER, fmt::format("{}.frag.glsl", name), error);
    if (!frag) return geo::Error{error};
    GlProgram program(glCreateProgram());
    glAttachShader(program.get(), vert.get());
    glAttachShader(program.get(), frag.get());
    glLinkProgram(program.get());
    GLint ok = 0;
    glGetProgramiv(program.get(), GL_LINK_STATUS, &ok);
    if (!ok) {
        return geo::Error{fmt::format("linking shaders/{}.*.glsl: {}", name, info_log(program.get(), true))};
    }
    return program;
}

} // namespace render
