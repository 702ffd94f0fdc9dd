// The legend never covers a label, on every slide of every shipped briefing (issue 17): it sits on
// its backing in the right-hand corner that covers least, and labels keep clear of it.
#include "app/map/headless_map.hpp"
#include "geo/slides.hpp"
#include "render/offscreen_target.hpp"
#include "support/shipped_map.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace {

TEST(LegendPlacement, NoLabelUnderTheLegendOnAnyShippedSlide) {
    size_t slides = 0, with_legend = 0;
    for (const auto& entry : std::filesystem::directory_iterator(SUPPLYLINE_ASSET_DIR "/briefings")) {
        const auto path = entry.path() / "briefing.toml";
        if (!std::filesystem::exists(path)) continue;
        auto map = app::HeadlessMap::open(test_support::shipped_view(entry.path().filename().string()));
        ASSERT_TRUE(map.ok()) << path << ": " << map.error().text();
        auto target = render::OffscreenTarget::create(1920, 1080, 1);
        ASSERT_TRUE(target.ok());
        const geo::Briefing& b = *(*map)->briefing();
        for (size_t i = 0; i < b.slides.size(); ++i) {
            render::Frame frame = test_support::slide_frame(**map, i);
            const auto placed = test_support::draw_placed(**map, **target, frame);
            ASSERT_TRUE(placed);
            ++slides;
            if (!placed->legend) continue;
            ++with_legend;
            for (const geo::LabelBox& label : placed->labels)
                EXPECT_FALSE(geo::boxes_overlap(label, *placed->legend))
                    << path.parent_path().filename() << " slide " << i + 1 << ": a label at (" << label.x0
                    << ", " << label.y0 << ")-(" << label.x1 << ", " << label.y1 << ") under the legend";
        }
    }
    EXPECT_GE(slides, 16u);
    EXPECT_GE(with_legend, slides / 2) << "most slides have flows moving, so a legend";
}

// A slide on an event's date names it in a caption by its place: on screen, clear of the title,
// the date stamp and the legend, and no place label under it.
TEST(CaptionPlacement, SlidesOnAnEventsDateNameItClearOfEverything) {
    auto map = app::HeadlessMap::open(test_support::shipped_view("eurasia-2024"));
    ASSERT_TRUE(map.ok()) << map.error().text();
    auto target = render::OffscreenTarget::create(1920, 1080, 1);
    ASSERT_TRUE(target.ok());
    const geo::Briefing& b = *(*map)->briefing();
    size_t captions = 0;
    for (size_t i = 0; i < b.slides.size(); ++i) {
        render::Frame frame = test_support::slide_frame(**map, i);
        const auto placed = test_support::draw_placed(**map, **target, frame);
        ASSERT_TRUE(placed);
        EXPECT_EQ(placed->caption.has_value(), frame.caption >= 0) << "slide " << i + 1;
        if (!placed->caption) continue;
        ++captions;
        const geo::LabelBox& c = *placed->caption;
        EXPECT_TRUE(c.x0 >= 0 && c.y0 >= 0 && c.x1 <= 1920 && c.y1 <= 1080)
            << "slide " << i + 1 << " off screen";
        if (placed->legend) {
            EXPECT_FALSE(geo::boxes_overlap(c, *placed->legend)) << "slide " << i + 1 << ": over the legend";
        }
        EXPECT_FALSE(geo::boxes_overlap(c, placed->title)) << "slide " << i + 1 << ": over the title";
        EXPECT_FALSE(geo::boxes_overlap(c, placed->date)) << "slide " << i + 1 << ": over the date";
        for (const geo::LabelBox& label : placed->labels)
            EXPECT_FALSE(geo::boxes_overlap(label, c)) << "slide " << i + 1 << ": a label under the caption";
    }
    EXPECT_GE(captions, 6u) << "most of this briefing's slides open on an event's date";
}

// The window's panels cover part of the map: the legend takes the other corner and no label goes
// under them (render, export and presentation have no panels, so none of this changes them).
TEST(LegendPlacement, TheWindowsPanelsPushTheLegendAndLabelsAway) {
    auto map = app::HeadlessMap::open(test_support::shipped_view("eurasia-2024"));
    ASSERT_TRUE(map.ok()) << map.error().text();
    auto target = render::OffscreenTarget::create(1920, 1080, 1);
    ASSERT_TRUE(target.ok());
    const geo::Briefing& b = *(*map)->briefing();
    size_t moved = 0;
    for (size_t i = 0; i < b.slides.size(); ++i) {
        render::Frame frame = test_support::slide_frame(**map, i);
        auto draw = [&](const render::Frame& f) {
            return test_support::draw_placed(**map, **target, f).value();
        };
        const auto plain = draw(frame);
        if (!plain.legend) continue;
        // A panel exactly where the legend was, and one over the middle of the map.
        frame.reserved = {*plain.legend, {800, 400, 1100, 600, 0, -1, true}};
        const auto paneled = draw(frame);
        ASSERT_TRUE(paneled.legend);
        EXPECT_FALSE(geo::boxes_overlap(*paneled.legend, frame.reserved[0])) << "slide " << i + 1;
        ++moved;
        for (const geo::LabelBox& label : paneled.labels)
            for (const geo::LabelBox& panel : frame.reserved)
                EXPECT_FALSE(geo::boxes_overlap(label, panel))
                    << "slide " << i + 1 << ": a label under a panel";
    }
    EXPECT_GE(moved, 6u);
}

} // namespace

namespace {

// The heights of the labels placed and of the legend, for one look.
struct Sizes {
    double label = 0, legend = 0;
    size_t labels = 0;
};

Sizes placed_sizes(float text_scale) {
    app::ViewOptions view = test_support::shipped_view("eurasia-2024");
    view.look.text_scale = text_scale;
    auto map = app::HeadlessMap::open(view);
    auto target = render::OffscreenTarget::create(1920, 1080, 1);
    if (!map || !target) return {};
    render::Camera camera;
    camera.viewport_width = 1920;
    camera.viewport_height = 1080;
    camera.fit((*map)->home_view());
    render::Frame frame = (*map)->frame(camera, *geo::parse_day("2024-06-19"), 0, 1.0f);
    const auto placed = test_support::draw_placed(**map, **target, frame);
    if (!placed) return {};
    Sizes out;
    for (const geo::LabelBox& b : placed->labels)
        out.label = std::max(out.label, b.y1 - b.y0);
    out.labels = placed->labels.size();
    if (placed->legend) out.legend = placed->legend->y1 - placed->legend->y0;
    return out;
}

} // namespace

// The map text size (--text-size, the Map panel's "Map text") enlarges names and the legend; the
// label layout still keeps them apart and clear of the legend.
TEST(MapTextSize, EnlargesNamesAndTheLegend) {
    const Sizes normal = placed_sizes(1.0f), large = placed_sizes(1.6f);
    ASSERT_GT(normal.labels, 5u);
    EXPECT_NEAR(large.label / normal.label, 1.6, 0.1);
    EXPECT_NEAR(large.legend / normal.legend, 1.3, 0.1); // the legend grows half as fast
    EXPECT_LE(large.labels, normal.labels) << "bigger names: the same or fewer fit";
}
