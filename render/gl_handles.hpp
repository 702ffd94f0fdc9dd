// RAII keepers for OpenGL object names (buffers, vertex arrays, programs, framebuffers, ...):
// feature code never calls glDelete* itself. Requires a current GL context on destruction.
#pragma once

#include <glad/gl.h>

#include <cstddef>
#include <utility>

namespace render {

// Owns one GL name; Destroy is a function deleting it.
template <void (*Destroy)(GLuint)> class GlName {
  public:
    GlName() = default;
    explicit GlName(GLuint name) : name_(name) {}
    ~GlName() { reset(); }
    GlName(GlName&& other) noexcept : name_(std::exchange(other.name_, 0)) {}
    GlName& operator=(GlName&& other) noexcept {
        if (this != &other) {
            reset();
            name_ = std::exchange(other.name_, 0);
        }
        return *this;
    }
    GlName(const GlName&) = delete;
    GlName& operator=(const GlName&) = delete;

    GLuint get() const { return name_; }
    explicit operator bool() const { return name_ != 0; }
    void reset() {
        if (name_) Destroy(name_);
        name_ = 0;
    }

  private:
    GLuint name_ = 0;
};

void delete_buffer(GLuint name);
void delete_vertex_array(GLuint name);
void delete_program(GLuint name);
void delete_shader(GLuint name);
void delete_framebuffer(GLuint name);
void delete_renderbuffer(GLuint name);
void delete_texture(GLuint name);
void delete_query(GLuint name);

using GlBuffer = GlName<delete_buffer>;
using GlVertexArray = GlName<delete_vertex_array>;
using GlProgram = GlName<delete_program>;
using GlShader = GlName<delete_shader>;
using GlFramebuffer = GlName<delete_framebuffer>;
using GlRenderbuffer = GlName<delete_renderbuffer>;
using GlTexture = GlName<delete_texture>;
using GlQuery = GlName<delete_query>;

// Creates an immutable buffer holding `bytes` (DSA). Counts toward upload_stats().
GlBuffer make_static_buffer(const void* data, size_t bytes);

// Bytes and calls uploaded to GPU buffers since start; tests use it to prove animation re-uploads nothing.
struct UploadStats {
    size_t calls = 0; // static geometry buffers created
    size_t bytes = 0;
    size_t state_calls = 0; // per-frame state (flow intensities) streamed
    size_t state_bytes = 0;
    size_t command_bytes = 0; // per-frame draw commands (runs of live flows)
};
UploadStats& upload_stats();

} // namespace render
