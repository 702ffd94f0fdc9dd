// The presenter's marks in the pixels, through the map renderer every output uses: the laser
// pointer is a red spot exactly where it points, ink an amber stroke along its points, and a
// frame without them has neither.
#include "app/map/headless_map.hpp"
#include "render/offscreen_target.hpp"
#include "support/shipped_map.hpp"

#include <gtest/gtest.h>

#include <memory>

namespace {

struct Drawn {
    std::vector<uint8_t> rgba;
    int width = 960, height = 540;
    const uint8_t* at(int x, int y) const { return &rgba[(size_t(y) * width + x) * 4]; }
    bool red(int x, int y) const { return at(x, y)[0] > 200 && at(x, y)[1] < 80 && at(x, y)[2] < 80; }
    bool amber(int x, int y) const { return at(x, y)[0] > 200 && at(x, y)[1] > 150 && at(x, y)[2] < 90; }
    int count(bool (Drawn::*is)(int, int) const) const {
        int n = 0;
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x)
                n += (this->*is)(x, y);
        return n;
    }
};

TEST(Annotations, PointerAndInkAreDrawnWhereThePresenterPuts) {
    auto map = app::HeadlessMap::open(test_support::shipped_view("eurasia-2024"));
    ASSERT_TRUE(map.ok()) << map.error().text();
    auto target = render::OffscreenTarget::create(960, 540, 1);
    ASSERT_TRUE(target.ok());
    render::Camera camera;
    camera.viewport_width = 960;
    camera.viewport_height = 540;
    camera.fit((*map)->home_view());
    auto draw = [&](const render::Frame& frame) {
        render::Frame f = frame;
        (*map)->renderer().evaluate(f);
        (*map)->renderer().draw(f, {(*target)->framebuffer(), 0, 0, 1});
        return Drawn{(*target)->read_rgba()};
    };
    const render::Frame plain = (*map)->frame(camera, *geo::parse_day("2024-06-19"), 0, 1.0f);
    const Drawn before = draw(plain);

    render::Frame marked = plain;
    const geo::XY spot = camera.screen_to_map(300, 400); // over Kazakhstan's steppe
    marked.pointer = geo::Vec2f{float(spot.x), float(spot.y)};
    auto ink = std::make_shared<geo::LineSet>();
    for (int x = 500; x <= 700; x += 20) {
        const geo::XY p = camera.screen_to_map(x, 460);
        ink->points.push_back({float(p.x), float(p.y)});
    }
    ink->starts.push_back(uint32_t(ink->points.size()));
    marked.ink = ink;
    const Drawn after = draw(marked);

    EXPECT_TRUE(after.red(300, 400)) << "no laser spot where it points";
    EXPECT_FALSE(before.red(300, 400));
    EXPECT_GT(after.count(&Drawn::red), before.count(&Drawn::red) + 100);
    int inked = 0;
    for (int x = 505; x < 700; x += 10)
        inked += after.amber(x, 460) || after.amber(x, 459) || after.amber(x, 461);
    EXPECT_GE(inked, 18) << "the ink stroke is not along its points";
    EXPECT_FALSE(after.amber(600, 420)) << "ink where none was drawn";
}

} // namespace
