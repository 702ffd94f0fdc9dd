// An offscreen framebuffer to draw into without a window (headless render, export, golden tests):
// a multisampled colour buffer resolved into a plain one, read back as RGBA8, top row first.
#pragma once

#include "base/result.hpp"

#include "render/gl_handles.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace render {

class OffscreenTarget {
  public:
    // Whether the picture keeps an alpha channel: an opaque one (copied, never blended) is smaller
    // and copies faster into a window.
    enum class Alpha { Kept, Opaque };
    // Null with `error` set when the size exceeds the driver's limits or the framebuffer is incomplete.
    static base::Result<std::unique_ptr<OffscreenTarget>> create(int width, int height, int samples,
                                                                 Alpha alpha = Alpha::Kept);

    void bind() const; // draw into the multisampled buffer
    // Resolves and reads the pixels, rows top to bottom, 4 bytes each.
    std::vector<uint8_t> read_rgba() const;
    // Resolves the multisampled buffer into the plain one, which `resolved_framebuffer` names (for
    // asynchronous readback, see PixelReadback).
    void resolve() const;
    GLuint resolved_framebuffer() const { return samples_ > 1 ? resolve_fbo_.get() : msaa_fbo_.get(); }
    // The single-sampled colour renderbuffer behind resolved_framebuffer(): renderbuffers are shared
    // between contexts (framebuffers are not), so another window can attach and copy it.
    GLuint resolved_renderbuffer() const { return samples_ > 1 ? resolve_color_.get() : msaa_color_.get(); }
    // The framebuffer drawing goes into (multisampled when samples() > 1).
    GLuint framebuffer() const { return msaa_fbo_.get(); }
    // Copies the picture into `framebuffer` (0: the window) with its bottom-left corner at (x, y);
    // multisampled pictures are resolved on the way.
    void blit_to(GLuint framebuffer, int x, int y) const;
    // Copies the picture's rectangle from (sx0, sy0) to (sx1, sy1) onto `framebuffer`'s rectangle at
    // (x, y) of size w x h, scaling with linear filtering when the sizes differ (single-sampled only).
    void blit_region_to(GLuint framebuffer, int sx0, int sy0, int sx1, int sy1, int x, int y, int w,
                        int h) const;

    int width() const { return width_; }
    int height() const { return height_; }
    int samples() const { return samples_; }

  private:
    int width_ = 0, height_ = 0, samples_ = 1;
    GlFramebuffer msaa_fbo_, resolve_fbo_;
    GlRenderbuffer msaa_color_, resolve_color_; // resolve_*: only when multisampled
};

// RGBA8 of the `width`x`height` rectangle at the origin of the bound read framebuffer's colour
// buffer `buffer` (GL_BACK for a window, GL_COLOR_ATTACHMENT0 for a framebuffer object), top row first.
std::vector<uint8_t> read_rgba_top_down(GLenum buffer, int width, int height);

} // namespace render
