// OffscreenTarget: MSAA renderbuffer -> resolve blit -> glReadnPixels.
#include "render/offscreen_target.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace render {
namespace {

GlRenderbuffer make_color(int w, int h, int samples, GLenum format) {
    GLuint rb = 0;
    glCreateRenderbuffers(1, &rb);
    if (samples > 1)
        glNamedRenderbufferStorageMultisample(rb, samples, format, w, h);
    else
        glNamedRenderbufferStorage(rb, format, w, h);
    return GlRenderbuffer(rb);
}

GlFramebuffer make_fbo(const GlRenderbuffer& color) {
    GLuint fbo = 0;
    glCreateFramebuffers(1, &fbo);
    glNamedFramebufferRenderbuffer(fbo, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color.get());
    return GlFramebuffer(fbo);
}

} // namespace

base::Result<std::unique_ptr<OffscreenTarget>> OffscreenTarget::create(int width, int height, int samples,
                                                                     Alpha alpha) {
    GLint max_size = 0, max_samples = 0;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_size);
    glGetIntegerv(GL_MAX_SAMPLES, &max_samples);
    if (width < 1 || height < 1 || width > max_size || height > max_size)
        return base::Error{
            fmt::format("size {}x{} is outside what this GPU can render in one piece (1..{} per side)", width,
                        height, max_size)};
    auto t = std::unique_ptr<OffscreenTarget>(new OffscreenTarget);
    t->width_ = width;
    t->height_ = height;
    samples = std::clamp(samples, 1, std::max(1, int(max_samples)));
    t->samples_ = samples;
    const GLenum format = alpha == Alpha::Kept ? GL_RGBA8 : GL_RGB8;
    t->msaa_color_ = make_color(width, height, samples, format);
    t->msaa_fbo_ = make_fbo(t->msaa_color_);
    if (samples > 1) { // single-sampled pictures are their own resolved copy
        t->resolve_color_ = make_color(width, height, 1, format);
        t->resolve_fbo_ = make_fbo(t->resolve_color_);
    }
    for (GLuint fbo : {t->msaa_fbo_.get(), t->resolved_framebuffer()}) {
        if (glCheckNamedFramebufferStatus(fbo, GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
            return base::Error{fmt::format("cannot create a {}x{} offscreen framebuffer (out of GPU memory?)",
                                           width, height)};
    }
    return t;
}

void OffscreenTarget::bind() const {
    glBindFramebuffer(GL_FRAMEBUFFER, msaa_fbo_.get());
    glViewport(0, 0, width_, height_);
}

void OffscreenTarget::resolve() const {
    if (samples_ <= 1) return;
    glBlitNamedFramebuffer(msaa_fbo_.get(), resolve_fbo_.get(), 0, 0, width_, height_, 0, 0, width_, height_,
                           GL_COLOR_BUFFER_BIT, GL_NEAREST);
}

void OffscreenTarget::blit_to(GLuint framebuffer, int x, int y) const {
    glBlitNamedFramebuffer(msaa_fbo_.get(), framebuffer, 0, 0, width_, height_, x, y, x + width_, y + height_,
                           GL_COLOR_BUFFER_BIT, GL_NEAREST);
}

void OffscreenTarget::blit_region_to(GLuint framebuffer, int sx0, int sy0, int sx1, int sy1, int x, int y, int w,
                                     int h) const {
    const bool scaled = sx1 - sx0 != w || sy1 - sy0 != h;
    glBlitNamedFramebuffer(msaa_fbo_.get(), framebuffer, sx0, sy0, sx1, sy1, x, y, x + w, y + h, GL_COLOR_BUFFER_BIT,
                           scaled ? GL_LINEAR : GL_NEAREST);
}

std::vector<uint8_t> OffscreenTarget::read_rgba() const {
    resolve();
    glBindFramebuffer(GL_READ_FRAMEBUFFER, resolved_framebuffer());
    return read_rgba_top_down(GL_COLOR_ATTACHMENT0, width_, height_);
}

std::vector<uint8_t> read_rgba_top_down(GLenum buffer, int width, int height) {
    const size_t row = size_t(width) * 4;
    std::vector<uint8_t> pixels(row * height);
    glReadBuffer(buffer);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadnPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, GLsizei(pixels.size()), pixels.data());
    // GL's first row is the bottom one; images want the top first.
    for (int y = 0; y < height / 2; ++y)
        std::swap_ranges(pixels.begin() + y * row, pixels.begin() + (y + 1) * row,
                         pixels.begin() + (height - 1 - y) * row);
    return pixels;
}

} // namespace render
