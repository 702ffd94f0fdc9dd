// Crash-safe file writes: the bytes go to a temporary file in the target's folder, are flushed to
// disk (fsync), then renamed over the target, and the folder is synced, so a crash or a kill at
// any point leaves either the old file or the complete new one, never a mix. Used by PNG export
// and meant for preferences and anything else the program saves.
#pragma once

#include "base/result.hpp"

#include <cstdint>
#include <filesystem>
#include <span>

namespace app {

// Returns an empty Error message on success; the message names the path and the reason otherwise.
// After a successful write, temporary files an interrupted earlier write left beside `path` are removed.
base::Status write_file_atomic(const std::filesystem::path& path, std::span<const uint8_t> bytes);

// Removes temporary files of interrupted writes of `path` ("<name>.tmp-<pid>-<n>" whose process
// is gone); returns how many it removed.
size_t remove_stale_temp_files(const std::filesystem::path& path);

} // namespace app
