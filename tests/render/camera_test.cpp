// Camera arithmetic: fitting, panning and zooming around a fixed point.
#include "render/camera.hpp"

#include <gtest/gtest.h>

TEST(Camera, FitFramesBoundsWithMargin) {
    render::Camera c;
    c.viewport_width = 1000;
    c.viewport_height = 500;
    c.fit(geo::Bounds{-100, -50, 100, 50}, 0.0);
    EXPECT_DOUBLE_EQ(c.metres_per_pixel, 0.2);
    EXPECT_DOUBLE_EQ(c.center.x, 0);
    const auto corner = c.map_to_screen({-100, 50});
    EXPECT_NEAR(corner.x, 0, 1e-9);
    EXPECT_NEAR(corner.y, 0, 1e-9);
}

TEST(Camera, ZoomKeepsThePointUnderTheCursor) {
    render::Camera c;
    c.viewport_width = 800;
    c.viewport_height = 600;
    c.metres_per_pixel = 1000;
    const auto before = c.screen_to_map(123, 456);
    c.zoom_at(123, 456, 2.0);
    const auto after = c.screen_to_map(123, 456);
    EXPECT_NEAR(before.x, after.x, 1e-6);
    EXPECT_NEAR(before.y, after.y, 1e-6);
    EXPECT_DOUBLE_EQ(c.metres_per_pixel, 500);
}

TEST(Camera, PanMovesTheMapWithTheMouse) {
    render::Camera c;
    c.viewport_width = 800;
    c.viewport_height = 600;
    c.metres_per_pixel = 10;
    const auto grabbed = c.screen_to_map(400, 300);
    c.pan_pixels(50, -20); // drag right and up
    const auto now = c.map_to_screen(grabbed);
    EXPECT_NEAR(now.x, 450, 1e-9);
    EXPECT_NEAR(now.y, 280, 1e-9);
}

TEST(Camera, ClampKeepsZoomSane) {
    render::Camera c;
    c.viewport_width = 800;
    c.viewport_height = 600;
    c.metres_per_pixel = 1e-6;
    c.clamp_to(geo::Bounds{-1e7, -1e7, 1e7, 1e7});
    EXPECT_GE(c.metres_per_pixel, 1.0);
    c.metres_per_pixel = 1e12;
    c.clamp_to(geo::Bounds{-1e7, -1e7, 1e7, 1e7});
    EXPECT_LE(c.metres_per_pixel, 2e7 / 600 * 4 + 1);
}
