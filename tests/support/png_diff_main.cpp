// png_diff A.png B.png TOLERANCE [X0 Y0 X1 Y1]: prints the share of pixels (in the rectangle, when
// given) whose largest channel difference is above TOLERANCE and the largest difference; exit 1
// when the sizes differ. GUI tests compare the window's screenshot with `supplyline render`, or
// where on the map something appeared, through it.
#include "support/image_diff.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    if (argc != 4 && argc != 8) {
        std::fprintf(stderr, "usage: png_diff A.png B.png TOLERANCE [X0 Y0 X1 Y1]\n");
        return 2;
    }
    test_support::Rgba8Image a, b;
    if (!test_support::load_png(argv[1], a) || !test_support::load_png(argv[2], b)) {
        std::fprintf(stderr, "png_diff: cannot read %s or %s\n", argv[1], argv[2]);
        return 2;
    }
    if (argc == 8 && a.width == b.width && a.height == b.height) {
        const int x0 = std::max(0, std::atoi(argv[4])), y0 = std::max(0, std::atoi(argv[5]));
        const int x1 = std::min(a.width, std::atoi(argv[6])), y1 = std::min(a.height, std::atoi(argv[7]));
        auto crop = [&](const test_support::Rgba8Image& in) {
            test_support::Rgba8Image out;
            out.width = std::max(0, x1 - x0), out.height = std::max(0, y1 - y0);
            for (int y = y0; y < y1; ++y)
                out.pixels.insert(out.pixels.end(), in.pixels.begin() + (size_t(y) * in.width + x0) * 4,
                                  in.pixels.begin() + (size_t(y) * in.width + x1) * 4);
            return out;
        };
        a = crop(a), b = crop(b);
    }
    const test_support::DiffResult d = test_support::compare(a, b, std::atoi(argv[3]));
    if (!d.same_size) {
        std::printf("sizes differ: %dx%d and %dx%d\n", a.width, a.height, b.width, b.height);
        return 1;
    }
    std::printf("%.5f %d\n", d.differing_fraction, d.max_channel_difference);
    return 0;
}
