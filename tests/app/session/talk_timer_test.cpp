// The presenter's talk timer on an injected clock: it counts from its start, stands still while
// paused and counts on from there, resets to zero, and a pause pressed before the talk began
// holds it at zero until resumed.
#include "app/session/talk_timer.hpp"

#include <gtest/gtest.h>

namespace {

TEST(TalkTimer, CountsPausesResumesAndResets) {
    app::TalkTimer timer;
    EXPECT_EQ(timer.elapsed(50), 0);
    timer.start(100);
    EXPECT_DOUBLE_EQ(timer.elapsed(130), 30);
    timer.start(200); // already running: a second start changes nothing
    EXPECT_DOUBLE_EQ(timer.elapsed(230), 130);
    timer.toggle_pause(160);
    EXPECT_TRUE(timer.paused());
    EXPECT_DOUBLE_EQ(timer.elapsed(900), 60);
    timer.toggle_pause(1000);
    EXPECT_FALSE(timer.paused());
    EXPECT_DOUBLE_EQ(timer.elapsed(1015), 75);
    timer.reset(2000);
    EXPECT_DOUBLE_EQ(timer.elapsed(2000), 0);
    EXPECT_DOUBLE_EQ(timer.elapsed(2042), 42);
}

TEST(TalkTimer, ResetWhilePausedStaysPausedAtZero) {
    app::TalkTimer timer;
    timer.start(0);
    timer.toggle_pause(10);
    timer.reset(20);
    EXPECT_TRUE(timer.paused());
    EXPECT_EQ(timer.elapsed(500), 0);
    timer.toggle_pause(600);
    EXPECT_DOUBLE_EQ(timer.elapsed(610), 10);
}

TEST(TalkTimer, PausedBeforeTheTalkBeganHoldsAtZero) {
    app::TalkTimer timer;
    timer.toggle_pause(5);
    timer.start(6); // the presenter window opens after the key: the pause holds
    EXPECT_TRUE(timer.paused());
    EXPECT_EQ(timer.elapsed(100), 0);
    timer.toggle_pause(100);
    EXPECT_DOUBLE_EQ(timer.elapsed(103), 3);
}

} // namespace
