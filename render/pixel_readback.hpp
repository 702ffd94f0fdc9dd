// Reading frames back without stalling the renderer (video export): each frame's pixels are copied
// into one of several pixel buffer objects (GL_PIXEL_PACK_BUFFER) with a fence, and mapped only
// later, after the next frame has been issued, so drawing frame N overlaps the transfer of N-1.
#pragma once

#include "render/gl_handles.hpp"
#include "render/offscreen_target.hpp"

#include <cstdint>
#include <deque>
#include <memory>
#include <vector>

namespace render {

class PixelReadback {
  public:
    // `buffers` frames can be in flight; 2 is double buffering.
    PixelReadback(int width, int height, int buffers = 2);
    ~PixelReadback();
    PixelReadback(const PixelReadback&) = delete;
    PixelReadback& operator=(const PixelReadback&) = delete;

    // Resolves `target` (same size) and starts copying its pixels into a free buffer; does not wait.
    // Call only while `pending() < capacity()`.
    void start(const OffscreenTarget& target);
    // Waits for the oldest started frame and copies it into `out` (width * height * 4 bytes, RGBA,
    // top row first, as images and encoders want).
    void take(uint8_t* out);

    int pending() const { return int(in_flight_.size()); }
    int capacity() const { return int(buffers_.size()); }
    size_t frame_bytes() const { return size_t(width_) * height_ * 4; }

  private:
    struct InFlight {
        size_t buffer;
        void* fence; // GLsync
    };
    int width_, height_;
    std::vector<GlBuffer> buffers_;
    size_t next_ = 0;
    std::deque<InFlight> in_flight_;
};

} // namespace render
