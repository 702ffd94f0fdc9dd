// Playback rules without a window: speed, end and loop, steps, event jumps, auto-pause, modes.
#include "app/session/playback.hpp"

#include <gtest/gtest.h>

namespace {

// 2024-01-01 .. 2024-12-31 with events on days +10 (pauses), +40 and +100 (pauses).
geo::Briefing year_with_events() {
    geo::Briefing b;
    b.info.start = *geo::parse_day("2024-01-01");
    b.info.end = *geo::parse_day("2024-12-31");
    for (auto [offset, pause] : {std::pair{10, true}, {40, false}, {100, true}}) {
        geo::Event e;
        e.from = e.to = b.info.start + offset;
        e.pause = pause;
        b.events.push_back(e);
    }
    return b;
}

} // namespace

TEST(Playback, PlaysAtItsSpeedAndStopsAtTheEnd) {
    const geo::Briefing b = year_with_events();
    app::Playback p = app::Playback::for_briefing(b, b.info.start + 200);
    app::advance(p, b, 1.0);
    EXPECT_DOUBLE_EQ(p.t, b.info.start + 200) << "paused clocks do not move";
    app::toggle_play(p);
    p.speed = 30;
    app::advance(p, b, 0.5);
    EXPECT_DOUBLE_EQ(p.t, b.info.start + 215);
    app::advance(p, b, 100);
    EXPECT_DOUBLE_EQ(p.t, b.info.end);
    EXPECT_FALSE(p.playing);
    app::toggle_play(p); // from the very end: start again
    EXPECT_TRUE(p.playing);
    EXPECT_DOUBLE_EQ(p.t, b.info.start);
}

// The window advances the clock by wall_step() each frame: at 60, 4 or 1.5 frames a second, with
// uneven frames, "7 days a second" is 7 days a second of wall time (issue 17: at 4 fps it ran at 4.8).
TEST(Playback, KeepsWallTimeAtAnyFrameRate) {
    const geo::Briefing b = year_with_events();
    for (double fps : {60.0, 4.0, 1.5}) {
        app::Playback p = app::Playback::for_briefing(b, b.info.start + 120);
        app::toggle_play(p);
        p.speed = 7;
        double now = 0, last = 0;
        for (int frame = 0; now < 10.0; ++frame) {
            now += (1.0 / fps) * (frame % 3 == 0 ? 1.4 : 0.8); // uneven frames, mean 1/fps
            app::advance(p, b, app::wall_step(last, now));
            last = now;
        }
        EXPECT_NEAR(p.t - (b.info.start + 120), 7 * now, 0.05 * 7 * now) << fps << " fps";
    }
    EXPECT_DOUBLE_EQ(app::wall_step(10.0, 10.5), 0.5);
    EXPECT_DOUBLE_EQ(app::wall_step(10.0, 40.0), 2.0); // after a long stall: no leap
    EXPECT_DOUBLE_EQ(app::wall_step(10.0, 9.0), 0.0);
}

TEST(Playback, LoopWrapsToTheStart) {
    const geo::Briefing b = year_with_events();
    app::Playback p = app::Playback::for_briefing(b, b.info.end - 5);
    p.loop = true;
    p.playing = true;
    p.speed = 10;
    app::advance(p, b, 1.0); // 10 days: 5 to the end, 5 past the start
    EXPECT_TRUE(p.playing);
    EXPECT_NEAR(p.t, b.info.start + 5, 1e-9);
}

TEST(Playback, PausesAtFlaggedEventsOnlyOnceEach) {
    const geo::Briefing b = year_with_events();
    app::Playback p = app::Playback::for_briefing(b, b.info.start);
    p.playing = true;
    p.speed = 30;
    app::advance(p, b, 1.0); // would reach day 30: stops at day 10
    EXPECT_FALSE(p.playing);
    EXPECT_DOUBLE_EQ(p.t, b.info.start + 10);
    EXPECT_EQ(p.paused_at, 0);
    app::toggle_play(p);
    app::advance(p, b, 2.0); // day 70: passes day 40 (not flagged), no pause
    EXPECT_TRUE(p.playing);
    EXPECT_DOUBLE_EQ(p.t, b.info.start + 70);
    app::advance(p, b, 2.0); // day 130: pauses at 100
    EXPECT_FALSE(p.playing);
    EXPECT_DOUBLE_EQ(p.t, b.info.start + 100);
}

TEST(Playback, StepsSnapToDaysAndStayInside) {
    const geo::Briefing b = year_with_events();
    app::Playback p = app::Playback::for_briefing(b, b.info.start + 3.6);
    app::step_days(p, 1);
    EXPECT_DOUBLE_EQ(p.t, b.info.start + 4);
    app::step_days(p, -7);
    EXPECT_DOUBLE_EQ(p.t, b.info.start); // clamped
    app::set_time(p, b.info.end + 50);
    EXPECT_DOUBLE_EQ(p.t, b.info.end);
    app::step_days(p, 7);
    EXPECT_DOUBLE_EQ(p.t, b.info.end);
}

TEST(Playback, JumpsBetweenEvents) {
    const geo::Briefing b = year_with_events();
    app::Playback p = app::Playback::for_briefing(b, b.info.start + 20);
    ASSERT_TRUE(app::jump_to_event(p, b, +1));
    EXPECT_DOUBLE_EQ(p.t, b.info.start + 40);
    ASSERT_TRUE(app::jump_to_event(p, b, +1));
    EXPECT_DOUBLE_EQ(p.t, b.info.start + 100);
    EXPECT_FALSE(app::jump_to_event(p, b, +1));
    EXPECT_DOUBLE_EQ(p.t, b.info.start + 100);
    ASSERT_TRUE(app::jump_to_event(p, b, -1));
    EXPECT_DOUBLE_EQ(p.t, b.info.start + 40);
    // Playing on from an event that pauses does not pause there again.
    ASSERT_TRUE(app::jump_to_event(p, b, -1));
    p.playing = true;
    p.speed = 1;
    app::advance(p, b, 1.0);
    EXPECT_TRUE(p.playing);
}

TEST(Playback, ModesChooseWhereTheShownSpanStarts) {
    const geo::Briefing b = year_with_events();
    app::Playback p = app::Playback::for_briefing(b, b.info.start + 50);
    EXPECT_DOUBLE_EQ(p.shown_from(), p.t);
    p.mode = app::TimeMode::Window;
    p.window_days = 30;
    EXPECT_DOUBLE_EQ(p.shown_from(), b.info.start + 20);
    p.window_days = 90;
    EXPECT_DOUBLE_EQ(p.shown_from(), b.info.start); // not before the briefing
    p.mode = app::TimeMode::Cumulative;
    EXPECT_DOUBLE_EQ(p.shown_from(), b.info.start);
}

TEST(Playback, PlayingASlideWindowStopsAtItsEnd) {
    const geo::Briefing b = year_with_events();
    app::Playback p = app::Playback::for_briefing(b, b.info.start + 150);
    p.stop_at = b.info.start + 160;
    p.playing = true;
    p.speed = 4;
    app::advance(p, b, 2.0);
    EXPECT_DOUBLE_EQ(p.t, b.info.start + 158);
    app::advance(p, b, 2.0);
    EXPECT_DOUBLE_EQ(p.t, b.info.start + 160);
    EXPECT_FALSE(p.playing);
    app::toggle_play(p); // the stop is spent: playing on goes past it
    app::advance(p, b, 2.0);
    EXPECT_DOUBLE_EQ(p.t, b.info.start + 168);
}
