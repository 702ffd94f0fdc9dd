// The window's "Export still" asks `supplyline render` for exactly what is on screen: the camera's
// area (--view, projected metres), the date, the slide and the look. The render command line parses
// back to the same area.
#include "app/cli/view_flags.hpp"
#include "app/panels/briefing_panels.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

namespace {

std::string value_after(const std::vector<std::string>& args, const std::string& flag) {
    auto it = std::find(args.begin(), args.end(), flag);
    return it == args.end() || it + 1 == args.end() ? "" : *(it + 1);
}

} // namespace

TEST(ExportStill, AsksRenderForTheViewOnScreen) {
    app::Session session;
    session.camera.viewport_width = 1600;
    session.camera.viewport_height = 760;
    session.camera.fit({-1.2e6, 3.5e5, 2.9e6, 2.1e6}, 0.0);
    session.camera.pan_pixels(137, -42); // the briefer has moved the map since
    session.clock.t = 19893.6;           // 2024-06-19, during the day
    session.slide = 4;
    session.look.theme = &render::light_theme();
    session.look.flow_labels = true;
    app::ViewOptions view;
    view.briefing = "briefing.toml";
    const geo::XY origin{250e3, -40e3};

    const auto args = app::still_export_args(session, view, origin, "3840x2160", "still.png");
    ASSERT_EQ(args.front(), "render");
    EXPECT_EQ(value_after(args, "--time"), "2024-06-19");
    EXPECT_EQ(value_after(args, "--slide"), "5");
    EXPECT_EQ(value_after(args, "--theme"), "light");
    EXPECT_EQ(value_after(args, "--size"), "3840x2160");
    EXPECT_NE(std::find(args.begin(), args.end(), "--flow-labels"), args.end());
    auto box = app::parse_view_box(value_after(args, "--view"));
    ASSERT_TRUE(box.ok()) << box.error().text();
    const geo::Bounds shown = session.camera.visible();
    EXPECT_DOUBLE_EQ(box->min_x, shown.min_x + origin.x);
    EXPECT_DOUBLE_EQ(box->min_y, shown.min_y + origin.y);
    EXPECT_DOUBLE_EQ(box->max_x, shown.max_x + origin.x);
    EXPECT_DOUBLE_EQ(box->max_y, shown.max_y + origin.y);
}

TEST(ExportStill, BadViewBoxesAreClearErrors) {
    for (const char* bad : {"", "1,2,3", "1,2,3,4,5", "3,0,1,5", "0,5,1,5", "a,b,c,d", "nan,0,1,1"}) {
        auto box = app::parse_view_box(bad);
        ASSERT_FALSE(box.ok()) << bad;
        EXPECT_NE(box.error().message.find("XMIN,YMIN,XMAX,YMAX"), std::string::npos) << box.error().message;
    }
}

// Exports go beside the briefing, named after it, shown as absolute paths; a typed relative name
// lands in the briefing's folder; the whole timeline is not called "slides".
TEST(ExportPaths, DefaultBesideTheBriefingAndNamedForWhatIsExported) {
    const std::string briefing = SUPPLYLINE_ASSET_DIR "/briefings/berlin-airlift/briefing.toml";
    const std::string folder =
        std::filesystem::path(SUPPLYLINE_ASSET_DIR "/briefings/berlin-airlift").lexically_normal().string();
    EXPECT_EQ(app::default_export_path(briefing, app::ExportKind::Still),
              folder + "/berlin-airlift-still.png");
    EXPECT_EQ(app::default_export_path(briefing, app::ExportKind::SlidesVideo),
              folder + "/berlin-airlift-slides.mp4");
    EXPECT_EQ(app::default_export_path(briefing, app::ExportKind::TimelineVideo),
              folder + "/berlin-airlift-timeline.mp4");
    EXPECT_EQ(app::resolve_export_path("talk/map.png", briefing), folder + "/talk/map.png");
    EXPECT_EQ(app::resolve_export_path("/tmp/map.png", briefing), "/tmp/map.png");
    const std::string other = "/srv/ops/kazakh-transit.toml";
    EXPECT_EQ(app::default_export_path(other, app::ExportKind::Still), "/srv/ops/kazakh-transit-still.png");
    EXPECT_TRUE(std::filesystem::path(app::default_export_path("", app::ExportKind::Still)).is_absolute());
}

// The map text size goes with the look into every export the window starts.
TEST(ExportStill, CarriesTheMapTextSize) {
    app::Session session;
    session.camera.viewport_width = 800;
    session.camera.viewport_height = 450;
    session.look.text_scale = 1.75f;
    app::ViewOptions view;
    view.briefing = "b.toml";
    const auto args = app::still_export_args(session, view, {0, 0}, "1920x1080", "out.png");
    EXPECT_EQ(value_after(args, "--text-size"), "1.75");
    session.look.text_scale = 1.0f;
    const auto plain = app::still_export_args(session, view, {0, 0}, "1920x1080", "out.png");
    EXPECT_EQ(std::find(plain.begin(), plain.end(), "--text-size"), plain.end());
}
