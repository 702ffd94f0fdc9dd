// The presenter's laser pointer and ink land on the audience's map where the presenter points on
// its picture: the picture's centre is the map's centre, strokes start on a press and grow as the
// pen moves (not on a tremor), E erases them and the next slide starts clean.
#include "app/session/commands.hpp"
#include "app/session/presenter_marks.hpp"

#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

namespace {

app::Session audience() {
    app::Session s;
    s.camera.viewport_width = 1920;
    s.camera.viewport_height = 1080;
    s.camera.fit({-5e6, -3e6, 5e6, 3e6});
    return s;
}

TEST(PresenterMarks, LaserFollowsThePictureOntoTheMap) {
    app::Session s = audience();
    app::apply_presenter_marks(s, {std::pair{0.5, 0.5}, std::nullopt, false});
    ASSERT_TRUE(s.pointer);
    EXPECT_NEAR(s.pointer->x, s.camera.center.x, 1e3);
    EXPECT_NEAR(s.pointer->y, s.camera.center.y, 1e3);
    app::apply_presenter_marks(s, {std::pair{0.25, 0.75}, std::nullopt, false});
    const geo::XY expected = s.camera.screen_to_map(480, 810);
    EXPECT_NEAR(s.pointer->x, expected.x, 1e3);
    EXPECT_NEAR(s.pointer->y, expected.y, 1e3);
    EXPECT_EQ(app::session_frame(s, 0, 1).pointer->x, s.pointer->x) << "the frame carries it";
    app::apply_presenter_marks(s, {});
    EXPECT_FALSE(s.pointer) << "let go: the pointer goes";
}

TEST(PresenterMarks, InkStrokesGrowWithThePenAndClear) {
    app::Session s = audience();
    app::apply_presenter_marks(s, {std::nullopt, std::pair{0.1, 0.1}, true});
    app::apply_presenter_marks(s, {std::nullopt, std::pair{0.1001, 0.1}, false}); // a tremor
    app::apply_presenter_marks(s, {std::nullopt, std::pair{0.2, 0.1}, false});
    app::apply_presenter_marks(s, {std::nullopt, std::pair{0.3, 0.2}, false});
    ASSERT_TRUE(s.ink);
    EXPECT_EQ(s.ink->line_count(), 1u);
    EXPECT_EQ(s.ink->points.size(), 3u);
    const auto first = s.ink;
    app::apply_presenter_marks(s, {std::nullopt, std::pair{0.6, 0.6}, true});
    app::apply_presenter_marks(s, {std::nullopt, std::pair{0.7, 0.6}, false});
    EXPECT_EQ(s.ink->line_count(), 2u);
    EXPECT_EQ(first->line_count(), 1u) << "a frame's strokes never change under it";
    EXPECT_EQ(app::session_frame(s, 0, 1).ink, s.ink);
    app::apply_command(*app::command_for_key(GLFW_KEY_E, 0), s, {});
    EXPECT_FALSE(s.ink);
}

} // namespace
