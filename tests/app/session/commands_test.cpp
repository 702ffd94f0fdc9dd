// Commands do what their keys promise, checked on the session state the window draws from:
// P opens and closes the presenter, T switches the theme the frame carries, a slide brings its
// date, switches, spotlight, headline and camera, and every frame carries the session's look.
#include "app/session/commands.hpp"
#include "app/session/reload.hpp"
#include "app/window/scripted_run.hpp"
#include "geo/briefing.hpp"

#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

namespace {

// The shipped briefing with made-up slide framings (no projection needed for these tests).
struct Briefed {
    geo::MapScene scene;
    app::Session session;
    Briefed() {
        auto load = geo::load_briefing(SUPPLYLINE_ASSET_DIR "/briefings/eurasia-2024/briefing.toml");
        scene.briefing = std::make_shared<const geo::Briefing>(std::move(*load.briefing));
        for (size_t i = 0; i < scene.briefing->slides.size(); ++i)
            scene.slide_views.push_back({double(i) * 1e6, 0, double(i) * 1e6 + 2e6, 1e6});
        session.camera.viewport_width = 1600;
        session.camera.viewport_height = 900;
        session.camera.fit({-5e6, -3e6, 5e6, 3e6});
        session.clock = app::Playback::for_briefing(*scene.briefing, scene.briefing->info.start);
        session.visibility = geo::Visibility::all(*scene.briefing);
    }
    app::CommandContext context(double now = 0) const { return {&scene, {-5e6, -3e6, 5e6, 3e6}, now}; }
    void press(int key, int mods = 0, double now = 0) {
        auto command = app::command_for_key(key, mods);
        ASSERT_TRUE(command) << "no command on key " << key;
        app::apply_command(*command, session, context(now));
    }
};

} // namespace

// H flies back to exactly the view the map started with (it used to frame the home box tighter).
TEST(Commands, HReturnsToTheStartView) {
    Briefed b;
    const render::Camera start = b.session.camera; // fit(home) as the window frames it at start
    b.session.camera.zoom_at(300, 200, 3.0);
    b.press(GLFW_KEY_H);
    ASSERT_TRUE(b.session.flight.active);
    app::update_flight(b.session, b.session.flight.start + b.session.flight.seconds);
    EXPECT_NEAR(b.session.camera.metres_per_pixel, start.metres_per_pixel, 1e-6 * start.metres_per_pixel);
    EXPECT_NEAR(b.session.camera.center.x, start.center.x, 1.0);
    EXPECT_NEAR(b.session.camera.center.y, start.center.y, 1.0);
}

// A slide's headline and spotlight stay while its dates are shown (a day's nudge included) and go
// once the briefer moves the clock away from them.
TEST(Commands, MovingTheClockAwayLeavesTheSlide) {
    Briefed b;
    b.press(GLFW_KEY_PAGE_DOWN);
    ASSERT_EQ(b.session.slide, 0);
    ASSERT_FALSE(b.session.headline.empty());
    const geo::Slide& slide = b.scene.briefing->slides[0];
    b.session.clock.t = std::max(slide.to, slide.from) + 1;
    app::leave_slide_when_moved_away(b.session, *b.scene.briefing);
    EXPECT_EQ(b.session.slide, 0) << "a day past is still the slide";
    b.session.clock.t = std::max(slide.to, slide.from) + 30;
    app::leave_slide_when_moved_away(b.session, *b.scene.briefing);
    EXPECT_EQ(b.session.slide, -1);
    EXPECT_TRUE(b.session.headline.empty());
    EXPECT_TRUE(b.session.focus.empty());
    const render::Frame frame = app::session_frame(b.session, 0, 1.0f);
    EXPECT_TRUE(frame.headline.empty()) << "the map's title is the briefing's again";
    EXPECT_EQ(b.session.next_slide(), 1) << "the presenter's 'Next' is the slide Next will show";
    b.press(GLFW_KEY_PAGE_DOWN);
    EXPECT_EQ(b.session.slide, 1) << "Next goes on from the slide left";
}

TEST(Commands, PTogglesThePresenter) {
    Briefed b;
    EXPECT_FALSE(b.session.presenter);
    b.press(GLFW_KEY_P);
    EXPECT_TRUE(b.session.presenter);
    b.press(GLFW_KEY_P);
    EXPECT_FALSE(b.session.presenter);
}

// The presenter's keys: Ctrl+P pauses and resumes the talk timer, Ctrl+R resets it, Ctrl+= and
// Ctrl+- size the notes within their bounds; plain + and - still zoom the map.
TEST(Commands, PresenterKeysDriveTheTalkTimerAndNotes) {
    Briefed b;
    b.session.talk_timer.start(100);
    b.press(GLFW_KEY_P, GLFW_MOD_CONTROL, 160);
    EXPECT_TRUE(b.session.talk_timer.paused());
    EXPECT_FALSE(b.session.presenter) << "Ctrl+P is not P";
    EXPECT_DOUBLE_EQ(b.session.talk_timer.elapsed(500), 60);
    b.press(GLFW_KEY_P, GLFW_MOD_CONTROL, 500);
    EXPECT_DOUBLE_EQ(b.session.talk_timer.elapsed(510), 70);
    b.press(GLFW_KEY_R, GLFW_MOD_CONTROL, 600);
    EXPECT_DOUBLE_EQ(b.session.talk_timer.elapsed(605), 5);

    const double width = b.session.camera.visible().max_x - b.session.camera.visible().min_x;
    b.press(GLFW_KEY_EQUAL, GLFW_MOD_CONTROL);
    EXPECT_GT(b.session.notes_scale, 1.1f);
    EXPECT_DOUBLE_EQ(b.session.camera.visible().max_x - b.session.camera.visible().min_x, width)
        << "Ctrl+= zoomed the map";
    for (int i = 0; i < 20; ++i)
        b.press(GLFW_KEY_EQUAL, GLFW_MOD_CONTROL);
    EXPECT_FLOAT_EQ(b.session.notes_scale, 2.5f);
    for (int i = 0; i < 30; ++i)
        b.press(GLFW_KEY_MINUS, GLFW_MOD_CONTROL);
    EXPECT_FLOAT_EQ(b.session.notes_scale, 0.6f);
    b.press(GLFW_KEY_EQUAL);
    EXPECT_LT(b.session.camera.visible().max_x - b.session.camera.visible().min_x, width)
        << "+ no longer zooms";
}

TEST(Commands, TSwitchesTheThemeEveryFrameDraws) {
    Briefed b;
    b.session.look.theme = &render::dark_theme();
    b.press(GLFW_KEY_T);
    EXPECT_EQ(app::session_frame(b.session, 0, 1).look.theme, &render::light_theme());
    b.press(GLFW_KEY_T);
    EXPECT_EQ(app::session_frame(b.session, 0, 1).look.theme, &render::dark_theme());
}

TEST(Commands, NextSlideBringsItsDateLookAndCamera) {
    Briefed b;
    b.session.look.flow_labels = true;
    b.press(GLFW_KEY_PAGE_DOWN);
    b.press(GLFW_KEY_PAGE_DOWN);
    ASSERT_EQ(b.session.slide, 1);
    const geo::Slide& slide = b.scene.briefing->slides[1];
    const render::Frame frame = app::session_frame(b.session, 2.5, 1.5f);
    EXPECT_EQ(frame.t, slide.from);
    EXPECT_EQ(frame.headline, slide.title);
    EXPECT_EQ(frame.focus, slide.focus);
    EXPECT_TRUE(frame.look.flow_labels);
    EXPECT_EQ(frame.pixel_scale, 1.5f);
    EXPECT_EQ(frame.anim_seconds, 2.5);
    ASSERT_TRUE(b.session.flight.active);
    app::update_flight(b.session, 100); // long after the flight's end
    const geo::Bounds shown = b.session.camera.visible(), target = b.scene.slide_views[1];
    EXPECT_NEAR((shown.min_x + shown.max_x) / 2, (target.min_x + target.max_x) / 2, 1.0);
    EXPECT_NEAR((shown.min_y + shown.max_y) / 2, (target.min_y + target.max_y) / 2, 1.0);
}

TEST(Commands, EscapeLeavesPresentationAfterClosingHelp) {
    Briefed b;
    b.press(GLFW_KEY_F5);
    ASSERT_TRUE(b.session.presenting);
    b.session.help = true;
    b.press(GLFW_KEY_ESCAPE);
    EXPECT_FALSE(b.session.help);
    EXPECT_TRUE(b.session.presenting);
    b.press(GLFW_KEY_ESCAPE);
    EXPECT_FALSE(b.session.presenting);
}

TEST(ScriptedKeys, NamesAndModifiersParse) {
    auto keys = app::parse_key_presses("P n Right Ctrl+F Shift+Left F5 Escape 3");
    ASSERT_TRUE(keys.ok()) << keys.error().text();
    ASSERT_EQ(keys->size(), 8u);
    EXPECT_EQ((*keys)[0].key, GLFW_KEY_P);
    EXPECT_EQ((*keys)[1].key, GLFW_KEY_N);
    EXPECT_EQ((*keys)[2].key, GLFW_KEY_RIGHT);
    EXPECT_EQ((*keys)[3].key, GLFW_KEY_F);
    EXPECT_EQ((*keys)[3].mods, GLFW_MOD_CONTROL);
    EXPECT_EQ((*keys)[4].mods, GLFW_MOD_SHIFT);
    EXPECT_EQ((*keys)[5].key, GLFW_KEY_F5);
    EXPECT_EQ((*keys)[6].key, GLFW_KEY_ESCAPE);
    EXPECT_EQ((*keys)[7].key, GLFW_KEY_3);
    auto bad = app::parse_key_presses("P Banana");
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("'Banana'"), std::string::npos) << bad.error().message;
}

TEST(Reload, KeepsSwitchesSlideAndDateWithinTheNewDates) {
    Briefed b;
    b.press(GLFW_KEY_PAGE_DOWN);
    b.session.visibility.categories[size_t(geo::FlowCategory::Fuel)] = false;
    b.session.clock.t = b.scene.briefing->info.end;
    geo::Briefing shorter = *b.scene.briefing;
    shorter.info.end = shorter.info.start + 30;
    shorter.actors.pop_back(); // a list that changed length starts all on
    b.session.visibility.actors[0] = false;
    app::keep_across_reload(b.session, *b.scene.briefing, shorter);
    EXPECT_EQ(b.session.slide, 0);
    EXPECT_FALSE(b.session.visibility.categories[size_t(geo::FlowCategory::Fuel)]);
    EXPECT_TRUE(b.session.visibility.actors[0]);
    EXPECT_EQ(b.session.clock.t, shorter.info.end);
}
