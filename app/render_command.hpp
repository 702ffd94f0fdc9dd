// `supplyline render`: one frame drawn headless (EGL) and written as a PNG.
#pragma once

#include "app/view_options.hpp"

#include <filesystem>

namespace app {

struct RenderRequest {
    ViewOptions view;
    Size size;
    std::filesystem::path output;
    bool verbose = false; // print stage timings and the GL renderer to stderr
};

// Returns the process exit code; prints a one-line error to stderr on failure and the
// written path to stdout on success.
int run_render(const RenderRequest& request);

} // namespace app
