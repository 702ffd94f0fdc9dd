// Key bindings: clickers' keys change slides, modifiers pick steps, number keys pick groups.
#include "app/session/keymap.hpp"

#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

using app::Command;

TEST(Keymap, ClickerKeysChangeSlides) {
    EXPECT_EQ(app::command_for_key(GLFW_KEY_PAGE_DOWN, 0), Command::NextSlide);
    EXPECT_EQ(app::command_for_key(GLFW_KEY_PAGE_UP, 0), Command::PreviousSlide);
    EXPECT_EQ(app::command_for_key(GLFW_KEY_RIGHT, 0), Command::NextSlide);
    EXPECT_EQ(app::command_for_key(GLFW_KEY_LEFT, 0), Command::PreviousSlide);
    EXPECT_EQ(app::command_for_key(GLFW_KEY_PERIOD, 0), Command::Blackout);
}

TEST(Keymap, ModifiersStepTheClockOrPan) {
    EXPECT_EQ(app::command_for_key(GLFW_KEY_RIGHT, GLFW_MOD_SHIFT), Command::DayForward);
    EXPECT_EQ(app::command_for_key(GLFW_KEY_LEFT, GLFW_MOD_SHIFT), Command::DayBack);
    EXPECT_EQ(app::command_for_key(GLFW_KEY_RIGHT, GLFW_MOD_CONTROL), Command::WeekForward);
    EXPECT_EQ(app::command_for_key(GLFW_KEY_LEFT, GLFW_MOD_ALT), Command::PanLeft);
    EXPECT_EQ(app::command_for_key(GLFW_KEY_F, GLFW_MOD_CONTROL), Command::Search);
    EXPECT_FALSE(app::command_for_key(GLFW_KEY_F, 0));
    EXPECT_EQ(app::command_for_key(GLFW_KEY_SLASH, GLFW_MOD_SHIFT), Command::Help);
}

TEST(Keymap, NumberKeysPickGroups) {
    EXPECT_EQ(app::command_for_key(GLFW_KEY_1, 0), Command::ToggleGroup1);
    EXPECT_EQ(app::command_for_key(GLFW_KEY_9, 0), Command::ToggleGroup9);
    EXPECT_FALSE(app::command_for_key(GLFW_KEY_0, 0));
}

TEST(Keymap, EveryCommandIsReachableAndListedInHelp) {
    // Every command has a key (scan the keyboard), so everything is reachable without a mouse.
    std::vector<bool> seen(size_t(Command::ToggleGroup9) + 1, false);
    for (int key = GLFW_KEY_SPACE; key <= GLFW_KEY_LAST; ++key)
        for (int mods :
             {0, GLFW_MOD_SHIFT, GLFW_MOD_CONTROL, GLFW_MOD_ALT, GLFW_MOD_CONTROL | GLFW_MOD_SHIFT})
            if (auto c = app::command_for_key(key, mods)) seen[size_t(*c)] = true;
    for (size_t c = 0; c < seen.size(); ++c)
        EXPECT_TRUE(seen[c]) << "command " << c << " has no key";
    EXPECT_GE(app::key_help().size(), 15u);
}
