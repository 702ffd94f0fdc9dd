// GL renderer checks.
#include "render/gl_info.hpp"

#include <glad/gl.h>

#include <cstring>
#include <initializer_list>

namespace render {

bool software_renderer() {
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    if (!renderer) return false;
    for (const char* name : {"llvmpipe", "softpipe", "SwiftShader", "Software Rasterizer"})
        if (std::strstr(renderer, name)) return true;
    return false;
}

int moving_picture_samples() {
    return software_renderer() ? 1 : 4;
}

} // namespace render
