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
    // #version first, then the layout shared with C++, the prelude, and the stage numbered from 1.
    const std::string_view version = "#version 450 core\n", line_reset = "\n#line 1\n";
    const std::string_view layout = shader_source("gpu_layout.h");
    const std::string_view parts[] = {version, layout, line_reset, prelude, line_reset, body};
    const char* texts[std::size(parts)];
    GLint lengths[std::size(parts)];
    for (size_t i = 0; i < std::size(parts); ++i)
        texts[i] = parts[i].data(), lengths[i] = GLint(parts[i].size());
    glShaderSource(shader.get(), GLsizei(std::size(parts)), texts, lengths);
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

base::Result<ShaderProgram> build_program(std::string_view name) {
    std::string error;
    GlShader vert = compile(GL_VERTEX_SHADER, fmt::format("{}.vert.glsl", name), error);
    if (!vert) return base::Error{error};
    GlShader frag = compile(GL_FRAGMENT_SHADER, fmt::format("{}.frag.glsl", name), error);
    if (!frag) return base::Error{error};
    GlProgram program(glCreateProgram());
    glAttachShader(program.get(), vert.get());
    glAttachShader(program.get(), frag.get());
    glLinkProgram(program.get());
    GLint ok = 0;
    glGetProgramiv(program.get(), GL_LINK_STATUS, &ok);
    if (!ok) {
        return base::Error{fmt::format("linking shaders/{}.*.glsl: {}", name, info_log(program.get(), true))};
    }
    ShaderProgram built;
    GLint count = 0, longest = 0;
    glGetProgramiv(program.get(), GL_ACTIVE_UNIFORMS, &count);
    glGetProgramiv(program.get(), GL_ACTIVE_UNIFORM_MAX_LENGTH, &longest);
    std::string uniform(size_t(std::max(longest, 1)), '\0');
    for (GLint i = 0; i < count; ++i) {
        GLsizei length = 0;
        GLint size = 0;
        GLenum type = 0;
        glGetActiveUniform(program.get(), GLuint(i), GLsizei(uniform.size()), &length, &size, &type,
                           uniform.data());
        std::string bare(uniform.data(), size_t(length));
        if (bare.size() > 3 && bare.compare(bare.size() - 3, 3, "[0]") == 0) bare.resize(bare.size() - 3);
        const GLint location = glGetUniformLocation(program.get(), bare.c_str());
        if (location >= 0) built.uniforms_.emplace_back(std::move(bare), location);
    }
    built.program_ = std::move(program);
    return built;
}

GLint ShaderProgram::uniform(std::string_view name) const {
    for (const auto& [n, location] : uniforms_)
        if (n == name) return location;
    return -1;
}

} // namespace render
