// Writes RGBA pixels as a PNG atomically: to a temporary file beside the target, then rename,
// so a failed or interrupted write never leaves a half-written image in place of the old one.
#pragma once

#include "base/result.hpp"

#include <cstdint>
#include <filesystem>
#include <vector>

namespace app {

// Returns an empty Error message on success.
base::Status write_png_atomic(const std::filesystem::path& path, int width, int height,
                              const std::vector<uint8_t>& rgba);

// Checks up front that `path` can be written (its folder exists and is writable).
base::Status check_writable(const std::filesystem::path& path);

} // namespace app
