// png_diff A.png B.png TOLERANCE: prints the share of pixels whose largest channel difference is
// above TOLERANCE and the largest difference; exit 1 when the sizes differ. GUI tests compare the
// window's screenshot with `supplyline render` through it.
#include "support/image_diff.hpp"

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: png_diff A.png B.png TOLERANCE\n");
        return 2;
    }
    test_support::Rgba8Image a, b;
    if (!test_support::load_png(argv[1], a) || !test_support::load_png(argv[2], b)) {
        std::fprintf(stderr, "png_diff: cannot read %s or %s\n", argv[1], argv[2]);
        return 2;
    }
    const test_support::DiffResult d = test_support::compare(a, b, std::atoi(argv[3]));
    if (!d.same_size) {
        std::printf("sizes differ: %dx%d and %dx%d\n", a.width, a.height, b.width, b.height);
        return 1;
    }
    std::printf("%.5f %d\n", d.differing_fraction, d.max_channel_difference);
    return 0;
}
