// Image comparison for golden tests: load a PNG (stb_image), compare with a per-channel tolerance
// and a budget of differing pixels, and write the difference when it fails.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace test_support {

struct Rgba8Image {
    int width = 0, height = 0;
    std::vector<uint8_t> pixels; // RGBA, top row first
};

bool load_png(const std::string& path, Rgba8Image& out);
bool save_png(const std::string& path, const Rgba8Image& image);

struct DiffResult {
    bool same_size = false;
    double differing_fraction = 1; // pixels whose largest channel difference exceeds the tolerance
    int max_channel_difference = 255;
};

DiffResult compare(const Rgba8Image& actual, const Rgba8Image& expected, int channel_tolerance);

// Compares `actual` with the golden file; with SUPPLYLINE_UPDATE_GOLDEN=1 in the environment it
// rewrites the golden file instead. On failure writes <name>.actual.png beside the test's temp dir
// and returns a message; returns empty on success.
std::string check_golden(const Rgba8Image& actual, const std::string& golden_path, int channel_tolerance,
                         double max_differing_fraction);

} // namespace test_support
