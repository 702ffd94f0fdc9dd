// png_colours FILE #RRGGBB [TOLERANCE]: prints the image size and how many pixels are within
// TOLERANCE (per channel, default 24) of the colour. GUI tests under Xvfb use it to check what
// a screenshot shows.
#include "support/image_diff.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char** argv) {
    if (argc < 3 || std::strlen(argv[2]) != 7 || argv[2][0] != '#') {
        std::fprintf(stderr, "usage: png_colours FILE #RRGGBB [TOLERANCE]\n");
        return 2;
    }
    test_support::Rgba8Image image;
    if (!test_support::load_png(argv[1], image)) {
        std::fprintf(stderr, "png_colours: cannot read %s\n", argv[1]);
        return 2;
    }
    const long rgb = std::strtol(argv[2] + 1, nullptr, 16);
    const int want[3] = {int(rgb >> 16 & 255), int(rgb >> 8 & 255), int(rgb & 255)};
    const int tolerance = argc > 3 ? std::atoi(argv[3]) : 24;
    long count = 0;
    for (size_t i = 0; i + 3 < image.pixels.size(); i += 4) {
        bool near = true;
        for (int c = 0; c < 3; ++c)
            near = near && std::abs(int(image.pixels[i + c]) - want[c]) <= tolerance;
        count += near;
    }
    std::printf("%dx%d %ld\n", image.width, image.height, count);
    return 0;
}
