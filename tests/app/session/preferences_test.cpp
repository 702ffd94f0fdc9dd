// Preferences: where they live, a round trip through the file, and a broken file giving defaults.
#include "app/session/preferences.hpp"

#include "support/status.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <unistd.h>

namespace {

std::filesystem::path temp_dir(const char* name) {
    auto dir =
        std::filesystem::temp_directory_path() / ("supplyline-prefs-" + std::to_string(::getpid())) / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

} // namespace

TEST(Preferences, PathFollowsXdgThenHome) {
    const char* old_xdg = std::getenv("XDG_CONFIG_HOME");
    const std::string saved = old_xdg ? old_xdg : "";
    setenv("XDG_CONFIG_HOME", "/tmp/xdg-test", 1);
    EXPECT_EQ(*app::preferences_path(), "/tmp/xdg-test/supplyline/preferences.toml");
    unsetenv("XDG_CONFIG_HOME");
    if (std::getenv("HOME")) {
        EXPECT_EQ(app::preferences_path()->filename(), "preferences.toml");
        EXPECT_NE(app::preferences_path()->string().find(".config/supplyline"), std::string::npos);
    }
    if (old_xdg) setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
}

TEST(Preferences, RoundTripThroughTheFile) {
    const auto path = temp_dir("roundtrip") / "nested" / "preferences.toml";
    app::Preferences p;
    p.theme = "light";
    p.ui_scale = 1.5f;
    p.last_briefing = "/data/briefings/the \"quoted\" one.toml";
    p.monitor = 2;
    ASSERT_EQ(test_support::failure(app::save_preferences(path, p)), "");
    std::string warning;
    EXPECT_EQ(app::load_preferences(path, warning), p);
    EXPECT_EQ(warning, "");
}

TEST(Preferences, MissingOrBrokenFilesGiveDefaults) {
    std::string warning;
    const auto dir = temp_dir("broken");
    EXPECT_EQ(app::load_preferences(dir / "none.toml", warning), app::Preferences{});
    EXPECT_EQ(warning, "");
    std::ofstream(dir / "bad.toml") << "theme = \"light\"\nui_scale = [\n";
    EXPECT_EQ(app::load_preferences(dir / "bad.toml", warning), app::Preferences{});
    EXPECT_NE(warning.find("bad.toml:"), std::string::npos) << warning;
    // Out-of-range values are clamped, unknown themes ignored.
    std::ofstream(dir / "odd.toml") << "theme = \"neon\"\nui_scale = 40.0\nmonitor = -3\n";
    const app::Preferences odd = app::load_preferences(dir / "odd.toml", warning);
    EXPECT_EQ(odd.theme, "dark");
    EXPECT_FLOAT_EQ(odd.ui_scale, 3.0f);
    EXPECT_EQ(odd.monitor, 0);
}
