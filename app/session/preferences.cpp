// Preferences as TOML (toml++ reads and writes it).
#include "app/session/preferences.hpp"

#include "app/export/atomic_file.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cstdlib>
#include <sstream>

namespace app {

std::optional<std::filesystem::path> preferences_path() {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    if (xdg && *xdg) return std::filesystem::path(xdg) / "supplyline" / "preferences.toml";
    const char* home = std::getenv("HOME");
    if (home && *home) return std::filesystem::path(home) / ".config" / "supplyline" / "preferences.toml";
    return std::nullopt;
}

Preferences load_preferences(const std::filesystem::path& path, std::string& warning) {
    Preferences p;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return p;
    try {
        const toml::table t = toml::parse_file(path.string());
        const std::string theme = t["theme"].value_or(p.theme);
        if (theme == "dark" || theme == "light") p.theme = theme;
        p.ui_scale = std::clamp(float(t["ui_scale"].value_or(double(p.ui_scale))), 0.75f, 3.0f);
        p.last_briefing = t["last_briefing"].value_or(std::string());
        p.monitor = std::max(0, int(t["monitor"].value_or(int64_t(0))));
    } catch (const toml::parse_error& e) {
        warning = fmt::format("{}:{}:{}: {} (using default preferences)", path.string(),
                              e.source().begin.line, e.source().begin.column, e.description());
        return Preferences{};
    }
    return p;
}

base::Status save_preferences(const std::filesystem::path& path, const Preferences& p) {
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec)
        return base::Error{fmt::format("cannot create {}: {}", path.parent_path().string(), ec.message())};
    const toml::table t{{"theme", p.theme},
                        {"ui_scale", double(p.ui_scale)},
                        {"last_briefing", p.last_briefing},
                        {"monitor", int64_t(p.monitor)}};
    std::ostringstream text;
    text << "# Supplyline preferences, written by the program.\n" << t << "\n";
    const std::string s = text.str();
    return write_file_atomic(path, std::span(reinterpret_cast<const uint8_t*>(s.data()), s.size()));
}

} // namespace app
