// Event captions as the window drives them: ] names the event it lands on for eight seconds and
// fades over the last one; playback pausing at an amber event names it and says so until it plays
// on; a slide on an event's date names that event, and leaving the slide takes it away; a timeline
// diamond names its event and keeps the zoom, panning only when the place is off screen. Every
// frame carries the caption the session holds.
#include "app/session/commands.hpp"
#include "geo/basemap.hpp"
#include "geo/map_scene.hpp"
#include "geo/projection.hpp"
#include "geo/slides.hpp"

#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

namespace {

struct Presented {
    geo::MapScene scene;
    app::Session session;
    explicit Presented(const char* briefing) {
        auto load =
            geo::load_briefing(std::string(SUPPLYLINE_ASSET_DIR "/briefings/") + briefing + "/briefing.toml");
        auto basemap = geo::load_basemap(geo::basemap_file(SUPPLYLINE_ASSET_DIR, geo::BasemapScale::k110m));
        auto projection = geo::Projection::create(geo::kDefaultProjection);
        auto built = geo::build_map_scene(
            *basemap, std::make_shared<const geo::Briefing>(std::move(*load.briefing)), {}, *projection);
        scene = std::move(*built);
        session.camera.viewport_width = 1600;
        session.camera.viewport_height = 900;
        session.camera.fit(scene.home());
        session.clock = app::Playback::for_briefing(*scene.briefing, scene.briefing->info.start);
        session.visibility = geo::Visibility::all(*scene.briefing);
    }
    app::CommandContext context(double now) const { return {&scene, scene.home(), now}; }
    const geo::Briefing& briefing() const { return *scene.briefing; }
    double width() const { return session.camera.visible().max_x - session.camera.visible().min_x; }
};

TEST(Captions, NextEventNamesItForEightSecondsThenFades) {
    Presented p("eurasia-2024");
    app::apply_command(*app::command_for_key(GLFW_KEY_RIGHT_BRACKET, 0), p.session, p.context(100));
    ASSERT_GE(p.session.caption, 0);
    EXPECT_EQ(p.briefing().events[size_t(p.session.caption)].from, p.session.clock.t)
        << "the event landed on";
    app::update_caption(p.session, 105);
    EXPECT_EQ(app::session_frame(p.session, 0, 1).caption, p.session.caption);
    EXPECT_FLOAT_EQ(app::session_frame(p.session, 0, 1).caption_alpha, 1.0f);
    app::update_caption(p.session, 107.5);
    EXPECT_NEAR(app::session_frame(p.session, 0, 1).caption_alpha, 0.5f, 1e-3) << "fading";
    app::update_caption(p.session, 108.1);
    EXPECT_EQ(p.session.caption, -1);
    EXPECT_EQ(app::session_frame(p.session, 0, 1).caption, -1);
}

TEST(Captions, AnAmberPauseSaysSoUntilPlaybackGoesOn) {
    Presented p("berlin-airlift");
    const geo::Briefing& b = p.briefing();
    size_t amber = 0;
    while (amber < b.events.size() && !b.events[amber].pause)
        ++amber;
    ASSERT_LT(amber, b.events.size());
    p.session.clock.t = b.events[amber].from - 2;
    app::toggle_play(p.session.clock);
    for (int frame = 0; frame < 200 && p.session.clock.playing; ++frame)
        app::advance(p.session.clock, b, 1 / 60.0);
    ASSERT_FALSE(p.session.clock.playing) << "playback did not pause at the amber event";
    app::update_caption(p.session, 50);
    EXPECT_EQ(p.session.caption, int(amber));
    EXPECT_NE(app::session_frame(p.session, 0, 1).caption_note.find("paused"), std::string::npos);
    app::update_caption(p.session, 500); // paused for minutes: still said
    EXPECT_EQ(p.session.caption, int(amber));
    // Stepping away from the pause also ends "paused here".
    app::Session stepped = p.session;
    app::apply_command(*app::command_for_key(GLFW_KEY_RIGHT, GLFW_MOD_SHIFT), stepped, p.context(500));
    app::update_caption(stepped, 500);
    EXPECT_TRUE(stepped.caption_note.empty()) << "stepped a day on, still 'paused here'";
    app::toggle_play(p.session.clock);
    app::update_caption(p.session, 501);
    EXPECT_TRUE(p.session.caption_note.empty()) << "playing on: no longer paused";
    app::update_caption(p.session, 502.5);
    EXPECT_EQ(p.session.caption, -1);
}

TEST(Captions, ASlideOnAnEventsDateNamesItUntilLeft) {
    Presented p("eurasia-2024");
    const geo::Briefing& b = p.briefing();
    size_t with = 0;
    while (with < b.slides.size() && geo::slide_look(b.slides[with], b).caption < 0)
        ++with;
    ASSERT_LT(with, b.slides.size());
    p.session.ink = std::make_shared<geo::LineSet>();
    app::go_to_slide(p.session, p.context(0), int(with), true);
    EXPECT_FALSE(p.session.ink) << "a new slide starts without the last one's ink";
    const int event = p.session.caption;
    ASSERT_GE(event, 0);
    EXPECT_EQ(b.events[size_t(event)].from, b.slides[with].from);
    app::update_caption(p.session, 1000); // no expiry while the slide is shown
    EXPECT_EQ(p.session.caption, event);
    p.session.clock.t = b.slides[with].from + 200;
    app::leave_slide_when_moved_away(p.session, b);
    EXPECT_EQ(p.session.caption, -1);
}

TEST(Captions, ADiamondKeepsTheZoomAndPansOnlyWhenTheEventIsOffScreen) {
    Presented p("eurasia-2024");
    const geo::Briefing& b = p.briefing();
    size_t e = 0;
    while (e < b.events.size() && b.events[e].place < 0)
        ++e;
    ASSERT_LT(e, b.events.size());
    const double home_width = p.width();
    const geo::Bounds home = p.session.camera.visible();
    app::show_event(p.session, p.context(10), int(e));
    EXPECT_EQ(p.session.caption, int(e));
    EXPECT_EQ(p.session.clock.t, b.events[e].from);
    EXPECT_FALSE(p.session.flight.active) << "the place is on screen at home: the map stays";
    EXPECT_EQ(p.session.camera.visible().min_x, home.min_x);

    // Zoomed far in elsewhere: it pans there, at the same zoom.
    p.session.camera.metres_per_pixel /= 20;
    p.session.camera.center = {p.session.camera.center.x + 3e6, p.session.camera.center.y - 2e6};
    const double zoomed_width = p.width();
    ASSERT_LT(zoomed_width, home_width / 10);
    app::show_event(p.session, p.context(20), int(e));
    ASSERT_TRUE(p.session.flight.active);
    app::update_flight(p.session, 20 + p.session.flight.seconds + 1);
    EXPECT_NEAR(p.width(), zoomed_width, zoomed_width * 1e-6) << "the zoom changed";
    const auto place =
        app::selection_bounds(b, *p.scene.briefing_scene, {app::Selection::Kind::Event, int(e)});
    ASSERT_TRUE(place);
    const geo::Bounds v = p.session.camera.visible();
    EXPECT_NEAR((v.min_x + v.max_x) / 2, (place->min_x + place->max_x) / 2, 1.0);
    EXPECT_NEAR((v.min_y + v.max_y) / 2, (place->min_y + place->max_y) / 2, 1.0);
}

} // namespace
