// An OpenGL 4.5 core context with no window and no display server, through EGL: Mesa's
// surfaceless platform (llvmpipe in CI), else an EGL device (a real GPU), else the default display.
// Draw into an OffscreenTarget while it is current.
#pragma once

#include "base/result.hpp"

#include <memory>
#include <string>

namespace render {

class HeadlessContext {
  public:
    static base::Result<std::unique_ptr<HeadlessContext>> create();
    ~HeadlessContext();
    HeadlessContext(const HeadlessContext&) = delete;
    HeadlessContext& operator=(const HeadlessContext&) = delete;

    // "OpenGL 4.5 (Core Profile) Mesa ... llvmpipe" for logs.
    std::string description() const;

  private:
    HeadlessContext() = default;
    void* display_ = nullptr;
    void* context_ = nullptr;
};

} // namespace render
