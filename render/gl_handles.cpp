// Deleters for GL names and the static buffer helper.
#include "render/gl_handles.hpp"

namespace render {

void delete_buffer(GLuint n) {
    glDeleteBuffers(1, &n);
}
void delete_vertex_array(GLuint n) {
    glDeleteVertexArrays(1, &n);
}
void delete_program(GLuint n) {
    glDeleteProgram(n);
}
void delete_shader(GLuint n) {
    glDeleteShader(n);
}
void delete_framebuffer(GLuint n) {
    glDeleteFramebuffers(1, &n);
}
void delete_renderbuffer(GLuint n) {
    glDeleteRenderbuffers(1, &n);
}
void delete_texture(GLuint n) {
    glDeleteTextures(1, &n);
}
void delete_query(GLuint n) {
    glDeleteQueries(1, &n);
}

UploadStats& upload_stats() {
    static UploadStats stats;
    return stats;
}

GlBuffer make_static_buffer(const void* data, size_t bytes) {
    GLuint name = 0;
    glCreateBuffers(1, &name);
    // A zero-size store is invalid in GL; keep a 1-byte buffer so empty layers stay drawable (as nothing).
    glNamedBufferStorage(name, bytes ? static_cast<GLsizeiptr>(bytes) : 1, bytes ? data : nullptr, 0);
    upload_stats().calls += 1;
    upload_stats().bytes += bytes;
    return GlBuffer(name);
}

} // namespace render
