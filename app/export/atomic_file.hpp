// Crash-safe file writes: the bytes go to a temporary file in the target's folder, are flushed to
// disk (fsync), then renamed over the target, and the folder is synced, so a crash or a kill at
// any point leaves either the old file or the complete new one, never a mix. Symlinks are written
// through to their file and devices or pipes in place: nothing but a regular file is ever renamed
// over. Used by PNG export, preferences and anything else the program saves.
#pragma once

#include "base/result.hpp"

#include <cstdint>
#include <filesystem>
#include <span>

namespace app {

// Where a write to `path` goes: a symlink's target file (the link stays a link); a character
// device or pipe (/dev/null, /dev/stdout, a FIFO) written through in place, never renamed over;
// an error for folders, block devices and sockets, and for links to nothing.
struct OutputTarget {
    std::filesystem::path file;
    bool write_through = false;
};
base::Result<OutputTarget> output_target(const std::filesystem::path& path);

// The error names the path and the reason. After a successful write, temporary files an
// interrupted earlier write left beside the file are removed.
base::Status write_file_atomic(const std::filesystem::path& path, std::span<const uint8_t> bytes);

// Removes temporary files of interrupted writes of `path` ("<name>.tmp-<pid>-<n>" whose process
// is gone); returns how many it removed.
size_t remove_stale_temp_files(const std::filesystem::path& path);

} // namespace app
