// StreamingInstances: grow-by-doubling buffer, attribute layout set when the buffer is replaced.
#include "render/streaming_instances.hpp"

#include <algorithm>

namespace render {

StreamingInstances::StreamingInstances() {
    GLuint vao = 0;
    glCreateVertexArrays(1, &vao);
    vao_ = GlVertexArray(vao);
}

void StreamingInstances::upload(const std::vector<float>& data, int vec4s_per_instance) {
    const size_t bytes = data.size() * sizeof(float);
    const GLsizei stride = GLsizei(vec4s_per_instance * 4 * sizeof(float));
    instances_ = GLsizei(data.size() / size_t(vec4s_per_instance * 4));
    if (bytes == 0) return;
    if (bytes > capacity_) {
        capacity_ = std::max(bytes, capacity_ * 2);
        GLuint buffer = 0;
        glCreateBuffers(1, &buffer);
        glNamedBufferStorage(buffer, GLsizeiptr(capacity_), nullptr, GL_DYNAMIC_STORAGE_BIT);
        buffer_ = GlBuffer(buffer);
        const GLuint vao = vao_.get();
        glVertexArrayVertexBuffer(vao, 0, buffer, 0, stride);
        glVertexArrayBindingDivisor(vao, 0, 1);
        for (GLuint attrib = 0; attrib < GLuint(vec4s_per_instance); ++attrib) {
            glEnableVertexArrayAttrib(vao, attrib);
            glVertexArrayAttribFormat(vao, attrib, 4, GL_FLOAT, GL_FALSE, attrib * 4 * sizeof(float));
            glVertexArrayAttribBinding(vao, attrib, 0);
        }
    }
    glNamedBufferSubData(buffer_.get(), 0, GLsizeiptr(bytes), data.data());
}

} // namespace render
