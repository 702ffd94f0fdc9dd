// PixelReadback: glReadPixels into a pack buffer, a fence, and a mapped copy one frame later.
#include "render/pixel_readback.hpp"

#include <cstring>

namespace render {

PixelReadback::PixelReadback(int width, int height, int buffers) : width_(width), height_(height) {
    for (int i = 0; i < buffers; ++i) {
        GLuint name = 0;
        glCreateBuffers(1, &name);
        glNamedBufferStorage(name, GLsizeiptr(frame_bytes()), nullptr,
                             GL_MAP_READ_BIT | GL_CLIENT_STORAGE_BIT);
        buffers_.emplace_back(name);
    }
}

PixelReadback::~PixelReadback() {
    for (const InFlight& f : in_flight_)
        glDeleteSync(static_cast<GLsync>(f.fence));
}

void PixelReadback::start(const OffscreenTarget& target) {
    target.resolve();
    const size_t buffer = next_;
    next_ = (next_ + 1) % buffers_.size();
    glBindFramebuffer(GL_READ_FRAMEBUFFER, target.resolved_framebuffer());
    glBindBuffer(GL_PIXEL_PACK_BUFFER, buffers_[buffer].get());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, nullptr); // into the buffer: no wait
    glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
    in_flight_.push_back({buffer, glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0)});
}

void PixelReadback::take(uint8_t* out) {
    const InFlight f = in_flight_.front();
    in_flight_.pop_front();
    GLsync fence = static_cast<GLsync>(f.fence);
    while (glClientWaitSync(fence, GL_SYNC_FLUSH_COMMANDS_BIT, 1'000'000'000) == GL_TIMEOUT_EXPIRED) {
    }
    glDeleteSync(fence);
    const GLuint buffer = buffers_[f.buffer].get();
    const auto* pixels = static_cast<const uint8_t*>(
        glMapNamedBufferRange(buffer, 0, GLsizeiptr(frame_bytes()), GL_MAP_READ_BIT));
    // GL's first row is the bottom one; flip while copying out of the mapping.
    const size_t row = size_t(width_) * 4;
    for (int y = 0; y < height_; ++y)
        std::memcpy(out + size_t(y) * row, pixels + size_t(height_ - 1 - y) * row, row);
    glUnmapNamedBuffer(buffer);
}

} // namespace render
