// App logic without a window: size parsing, pixel scale, mouse/keyboard camera moves.
#include "app/map/view_options.hpp"
#include "app/session/map_input.hpp"

#include <gtest/gtest.h>

TEST(ViewOptions, ParsesSizes) {
    auto s = app::parse_size("3840x2160");
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->width, 3840);
    EXPECT_EQ(s->height, 2160);
    for (const char* bad : {"", "1920", "0x0", "x1080", "1920x", "-5x10", "1920x1080px", "99999x10", "axb"}) {
        auto r = app::parse_size(bad);
        EXPECT_FALSE(r.ok()) << bad;
        if (!r.ok()) {
            EXPECT_NE(r.error().message.find("WIDTHxHEIGHT"), std::string::npos);
        }
    }
}

TEST(ViewOptions, PixelScaleFollowsOutputSize) {
    EXPECT_FLOAT_EQ(app::pixel_scale_for({1920, 1080}), 1.0f);
    EXPECT_FLOAT_EQ(app::pixel_scale_for({3840, 2160}), 2.0f);
    EXPECT_FLOAT_EQ(app::pixel_scale_for({7680, 4320}), 4.0f);
}

TEST(MapInput, DragPansOnlyWhileTheButtonIsDown) {
    render::Camera c;
    c.viewport_width = 800;
    c.viewport_height = 600;
    c.metres_per_pixel = 10;
    app::MapInput input;
    app::on_drag(input, c, false, 100, 100); // hover: nothing
    app::on_drag(input, c, true, 100, 100);  // press
    app::on_drag(input, c, true, 130, 100);  // drag 30 px right
    EXPECT_DOUBLE_EQ(c.center.x, -300);
    app::on_drag(input, c, false, 200, 100); // release, then move: no pan
    app::on_drag(input, c, false, 300, 100);
    EXPECT_DOUBLE_EQ(c.center.x, -300);
}

TEST(MapInput, WheelAndKeysZoom) {
    render::Camera c;
    c.viewport_width = 800;
    c.viewport_height = 600;
    c.metres_per_pixel = 1000;
    app::on_wheel(c, 400, 300, 1);
    EXPECT_NEAR(c.metres_per_pixel, 1000 / 1.2, 1e-9);
    app::on_key(c, app::MapKey::ZoomOut);
    EXPECT_NEAR(c.metres_per_pixel, 1000 / 1.2 * 1.25, 1e-9);
    const double x = c.center.x;
    app::on_key(c, app::MapKey::Right);
    EXPECT_GT(c.center.x, x);
}
