// The legend never covers a label, on every slide of every shipped briefing (issue 17): it sits on
// its backing in the right-hand corner that covers least, and labels keep clear of it.
#include "app/map/headless_map.hpp"
#include "geo/slides.hpp"
#include "render/offscreen_target.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace {

TEST(LegendPlacement, NoLabelUnderTheLegendOnAnyShippedSlide) {
    size_t slides = 0, with_legend = 0;
    for (const auto& entry : std::filesystem::directory_iterator(SUPPLYLINE_ASSET_DIR "/briefings")) {
        const auto path = entry.path() / "briefing.toml";
        if (!std::filesystem::exists(path)) continue;
        app::ViewOptions view;
        view.briefing = path.string();
        view.basemap = geo::BasemapScale::k110m;
        view.basemap_set = true;
        auto map = app::HeadlessMap::open(view);
        ASSERT_TRUE(map.ok()) << path << ": " << map.error().text();
        auto target = render::OffscreenTarget::create(1920, 1080, 1);
        ASSERT_TRUE(target.ok());
        const geo::Briefing& b = *(*map)->briefing();
        for (size_t i = 0; i < b.slides.size(); ++i) {
            render::Camera camera;
            camera.viewport_width = 1920;
            camera.viewport_height = 1080;
            camera.fit((*map)->scene().slide_views[i], 0.0);
            render::Frame frame = (*map)->frame(camera, b.slides[i].from, 0, 1.0f);
            render::show_slide(geo::slide_look(b.slides[i], b), frame);
            (*map)->renderer().evaluate(frame);
            (*map)->renderer().draw(frame, {(*target)->framebuffer(), 0, 0, 1});
            const auto* placed = (*map)->renderer().last_overlay();
            ASSERT_NE(placed, nullptr);
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

} // namespace
