// Outputs never replace their inputs: a still or a video written over the briefing it shows, or
// over one of its layer files (and a Shapefile's sidecars), is refused before anything is drawn.
#pragma once

#include "base/result.hpp"
#include "geo/briefing.hpp"

#include <filesystem>

namespace app {

// An error naming the input when `output` (through symlinks) is the briefing's file or a file of
// one of its layers.
base::Status check_not_an_input(const std::filesystem::path& output, const geo::Briefing& briefing);

// True when `path` is the file open as descriptor `fd` (e.g. -o /dev/stdout and standard output).
bool same_file(const std::filesystem::path& path, int fd);

} // namespace app
