// EGL display selection, context creation and GL loading.
#include "render/headless_context.hpp"

#include <glad/egl.h>
#include <glad/gl.h>

#include <fmt/format.h>

namespace render {
namespace {

// Tries the platforms in order; eglGetPlatformDisplay (EGL 1.5) is not loaded until a display
// exists, so the EXT entry point is used (see TOOLCHAIN.md).
EGLDisplay open_display() {
    auto get_platform_display =
        reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
    if (get_platform_display) {
        EGLDisplay d = get_platform_display(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
        EGLint major = 0, minor = 0;
        if (d != EGL_NO_DISPLAY && eglInitialize(d, &major, &minor)) return d;
        auto query_devices =
            reinterpret_cast<PFNEGLQUERYDEVICESEXTPROC>(eglGetProcAddress("eglQueryDevicesEXT"));
        EGLDeviceEXT devices[8];
        EGLint count = 0;
        if (query_devices && query_devices(8, devices, &count)) {
            for (EGLint i = 0; i < count; ++i) {
                d = get_platform_display(EGL_PLATFORM_DEVICE_EXT, devices[i], nullptr);
                if (d != EGL_NO_DISPLAY && eglInitialize(d, &major, &minor)) return d;
            }
        }
    }
    EGLDisplay d = eglGetDisplay(EGL_DEFAULT_DISPLAY);
    EGLint major = 0, minor = 0;
    if (d != EGL_NO_DISPLAY && eglInitialize(d, &major, &minor)) return d;
    return EGL_NO_DISPLAY;
}

} // namespace

base::Result<std::unique_ptr<HeadlessContext>> HeadlessContext::create() {
    if (!gladLoaderLoadEGL(EGL_NO_DISPLAY))
        return base::Error{"cannot load libEGL; install libegl1 and Mesa (scripts/setup.sh)"};
    EGLDisplay display = open_display();
    if (display == EGL_NO_DISPLAY)
        return base::Error{
            "no EGL display: neither Mesa's surfaceless platform nor a GPU device is available"};
    if (!gladLoaderLoadEGL(display)) return base::Error{"cannot load EGL 1.5 functions for the display"};
    auto ctx = std::unique_ptr<HeadlessContext>(new HeadlessContext);
    ctx->display_ = display;
    if (!eglBindAPI(EGL_OPENGL_API)) return base::Error{"EGL cannot bind the desktop OpenGL API"};

    const EGLint config_attribs[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
    EGLConfig config = nullptr;
    EGLint configs = 0;
    eglChooseConfig(display, config_attribs, &config, 1, &configs);
    const EGLint context_attribs[] = {EGL_CONTEXT_MAJOR_VERSION,
                                      4,
                                      EGL_CONTEXT_MINOR_VERSION,
                                      5,
                                      EGL_CONTEXT_OPENGL_PROFILE_MASK,
                                      EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                                      EGL_NONE};
    EGLContext context =
        eglCreateContext(display, configs ? config : EGL_NO_CONFIG_KHR, EGL_NO_CONTEXT, context_attribs);
    if (context == EGL_NO_CONTEXT)
        return base::Error{
            fmt::format("cannot create an OpenGL 4.5 core context (EGL error 0x{:x})", eglGetError())};
    ctx->context_ = context;
    if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context))
        return base::Error{"cannot make the headless OpenGL context current (no surfaceless support)"};
    if (!gladLoadGL(reinterpret_cast<GLADloadfunc>(eglGetProcAddress)))
        return base::Error{"cannot load OpenGL 4.5 functions"};
    return ctx;
}

HeadlessContext::~HeadlessContext() {
    if (!display_) return;
    EGLDisplay display = static_cast<EGLDisplay>(display_);
    eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    if (context_) eglDestroyContext(display, static_cast<EGLContext>(context_));
    // No eglTerminate: the display is process-wide and reused by the next context, and
    // terminating unloads Mesa's driver, which leaves leak reports without symbols.
}

std::string HeadlessContext::description() const {
    return fmt::format("{} ({})", reinterpret_cast<const char*>(glGetString(GL_VERSION)),
                       reinterpret_cast<const char*>(glGetString(GL_RENDERER)));
}

} // namespace render
