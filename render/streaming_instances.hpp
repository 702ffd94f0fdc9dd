// Per-frame instance data (labels, event rings): a vertex array whose buffer is re-filled every
// frame and grows by doubling. Each instance is a run of vec4 attributes 0, 1, ...
#pragma once

#include "render/gl_handles.hpp"

#include <vector>

namespace render {

class StreamingInstances {
  public:
    StreamingInstances();

    // Uploads `data` as instances of `vec4s_per_instance` vec4 attributes each.
    void upload(const std::vector<float>& data, int vec4s_per_instance);
    void bind() const { glBindVertexArray(vao_.get()); }
    GLsizei instances() const { return instances_; }

  private:
    GlBuffer buffer_;
    GlVertexArray vao_;
    size_t capacity_ = 0;
    GLsizei instances_ = 0;
};

} // namespace render
