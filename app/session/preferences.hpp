// The window's preferences (theme, UI scale, last briefing, presentation monitor), kept in
// $XDG_CONFIG_HOME/supplyline/preferences.toml (~/.config/... when unset) and written atomically.
// A missing or broken file gives the defaults and a warning, never a failure to start.
#pragma once

#include "base/result.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace app {

struct Preferences {
    std::string theme = "dark";
    float ui_scale = 1.0f; // on top of the monitor's content scale
    std::string last_briefing;
    int monitor = 0;

    bool operator==(const Preferences&) const = default;
};

// The preferences file's path from the environment (XDG_CONFIG_HOME, else HOME); nullopt when
// neither is set.
std::optional<std::filesystem::path> preferences_path();

// Reads `path`; on a problem returns the defaults and sets `warning` (file:line:col when parsing).
Preferences load_preferences(const std::filesystem::path& path, std::string& warning);

// Creates the folder if needed and writes atomically; returns an empty Error on success.
base::Status save_preferences(const std::filesystem::path& path, const Preferences& preferences);

} // namespace app
