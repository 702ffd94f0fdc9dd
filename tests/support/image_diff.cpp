// Golden-image comparison helpers.
#include "support/image_diff.hpp"

#include <stb_image.h>
#include <stb_image_write.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace test_support {

bool load_png(const std::string& path, Rgba8Image& out) {
    int channels = 0;
    unsigned char* data = stbi_load(path.c_str(), &out.width, &out.height, &channels, 4);
    if (!data) return false;
    out.pixels.assign(data, data + size_t(out.width) * out.height * 4);
    stbi_image_free(data);
    return true;
}

bool save_png(const std::string& path, const Rgba8Image& image) {
    return stbi_write_png(path.c_str(), image.width, image.height, 4, image.pixels.data(), image.width * 4) !=
           0;
}

DiffResult compare(const Rgba8Image& actual, const Rgba8Image& expected, int tolerance) {
    DiffResult r;
    r.same_size = actual.width == expected.width && actual.height == expected.height &&
                  actual.pixels.size() == expected.pixels.size();
    if (!r.same_size) return r;
    size_t differing = 0;
    int worst = 0;
    for (size_t i = 0; i < actual.pixels.size(); i += 4) {
        int d = 0;
        for (int c = 0; c < 4; ++c)
            d = std::max(d, std::abs(int(actual.pixels[i + c]) - int(expected.pixels[i + c])));
        worst = std::max(worst, d);
        differing += d > tolerance;
    }
    r.differing_fraction = double(differing) / (actual.pixels.size() / 4);
    r.max_channel_difference = worst;
    return r;
}

std::string check_golden(const Rgba8Image& actual, const std::string& golden_path, int tolerance,
                         double max_fraction) {
    const char* update = std::getenv("SUPPLYLINE_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        std::filesystem::create_directories(std::filesystem::path(golden_path).parent_path());
        return save_png(golden_path, actual) ? "" : "cannot write " + golden_path;
    }
    Rgba8Image expected;
    if (!load_png(golden_path, expected))
        return "missing golden image " + golden_path + " (run with SUPPLYLINE_UPDATE_GOLDEN=1 to create it)";
    const DiffResult r = compare(actual, expected, tolerance);
    if (r.same_size && r.differing_fraction <= max_fraction) return "";
    const std::string actual_path =
        (std::filesystem::temp_directory_path() / std::filesystem::path(golden_path).filename()).string() +
        ".actual.png";
    save_png(actual_path, actual);
    std::ostringstream msg;
    msg << "image differs from " << golden_path << ": ";
    if (!r.same_size)
        msg << "size " << actual.width << "x" << actual.height << " vs " << expected.width << "x"
            << expected.height;
    else
        msg << r.differing_fraction * 100 << "% of pixels beyond tolerance " << tolerance << " (allowed "
            << max_fraction * 100 << "%), max channel difference " << r.max_channel_difference;
    msg << "; actual written to " << actual_path;
    return msg.str();
}

} // namespace test_support
