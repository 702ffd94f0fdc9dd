// Scripted runs: key presses, screenshots, frame statistics.
#include "app/window/scripted_run.hpp"

#include "app/export/png_file.hpp"
#include "app/window/presenter_window.hpp"
#include "geo/calendar.hpp"
#include "render/offscreen_target.hpp"

#include <glad/gl.h>
// GLFW after glad so it does not pull in the system GL header.
#include <GLFW/glfw3.h>
#include <fmt/format.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <sstream>
#include <strings.h>

namespace app {
namespace {

struct KeyName {
    const char* name;
    int key;
};
constexpr KeyName kKeyNames[] = {
    {"Space", GLFW_KEY_SPACE},    {"Enter", GLFW_KEY_ENTER},
    {"Escape", GLFW_KEY_ESCAPE},  {"Esc", GLFW_KEY_ESCAPE},
    {"Left", GLFW_KEY_LEFT},      {"Right", GLFW_KEY_RIGHT},
    {"Up", GLFW_KEY_UP},          {"Down", GLFW_KEY_DOWN},
    {"PageUp", GLFW_KEY_PAGE_UP}, {"PageDown", GLFW_KEY_PAGE_DOWN},
    {"Home", GLFW_KEY_HOME},      {"End", GLFW_KEY_END},
    {"Plus", GLFW_KEY_EQUAL},     {"Minus", GLFW_KEY_MINUS},
    {"Tab", GLFW_KEY_TAB},        {"]", GLFW_KEY_RIGHT_BRACKET},
    {"[", GLFW_KEY_LEFT_BRACKET},
};

std::optional<int> key_code(const std::string& name) {
    if (name.size() == 1 && std::isalnum(static_cast<unsigned char>(name[0])))
        return std::toupper(static_cast<unsigned char>(name[0])); // GLFW codes are ASCII for A-Z, 0-9
    for (const KeyName& k : kKeyNames)
        if (strcasecmp(k.name, name.c_str()) == 0) return k.key;
    int f = 0;
    char tail = 0;
    if ((name[0] == 'F' || name[0] == 'f') && std::sscanf(name.c_str() + 1, "%d%c", &f, &tail) == 1 &&
        f >= 1 && f <= 12)
        return GLFW_KEY_F1 + f - 1;
    return std::nullopt;
}

} // namespace

base::Result<std::vector<KeyPress>> parse_key_presses(const std::string& text) {
    std::vector<KeyPress> keys;
    std::istringstream words(text);
    std::string word;
    while (words >> word) {
        int mods = 0;
        std::string rest = word;
        for (bool more = true; more;) { // modifiers in any order: Ctrl+Shift+Plus, Shift+Ctrl+Plus
            more = false;
            for (auto [prefix, bit] :
                 {std::pair{"Shift+", GLFW_MOD_SHIFT}, {"Ctrl+", GLFW_MOD_CONTROL}, {"Alt+", GLFW_MOD_ALT}})
                if (rest.size() > std::strlen(prefix) &&
                    strncasecmp(rest.c_str(), prefix, std::strlen(prefix)) == 0) {
                    mods |= bit;
                    rest = rest.substr(std::strlen(prefix));
                    more = true;
                }
        }
        const auto key = key_code(rest);
        if (!key)
            return base::Error{
                fmt::format("bad --press key '{}'; expected letters and digits, F1-F12 or Space, "
                            "Enter, Escape, Left, Right, Up, Down, PageUp, PageDown, Home, End, "
                            "Plus, Minus, Tab, ], [, with Shift+, Ctrl+ or Alt+ in front",
                            word)};
        keys.push_back({*key, mods});
    }
    return keys;
}

ScriptedRun::ScriptedRun(const GuiOptions& options) : options_(options) {}

void ScriptedRun::press_keys_once() {
    // On the second ready frame: the first has drawn the map as the start options left it, so a
    // key sees what the briefer would have seen (a slide change has a slide to change from).
    if (pressed_ || ++ready_frames_ < 2) return;
    pressed_ = true;
    auto keys = parse_key_presses(options_.press);
    for (const KeyPress& k : keys ? *keys : std::vector<KeyPress>{})
        push_key(k);
}

std::optional<int>
ScriptedRun::after_frame(bool ready, const Session& session, PresenterWindow* presenter, int width,
                         int height, double now,
                         const std::function<std::vector<std::string>(const std::string&)>& export_still) {
    if (!ready || options_.screenshot.empty()) return std::nullopt;
    if (ready_at_ < 0) {
        ready_at_ = now;
        fmt::print("map ready\n"); // scripts wait for this before changing files
        std::fflush(stdout);
    }
    if (++frames_since_ready_ < 3 || session.flight.active || now - ready_at_ < options_.screenshot_delay)
        return std::nullopt;
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    const std::vector<uint8_t> pixels = render::read_rgba_top_down(GL_BACK, width, height);
    if (auto written = write_png_atomic(options_.screenshot, width, height, pixels); !written) {
        fmt::print(stderr, "supplyline: error: {}\n", written.error().message);
        return 2;
    }
    fmt::print("wrote {} ({}x{})\n", options_.screenshot.string(), width, height);
    print_panels();
    // The timeline's date and the map's date stamp, which must agree in every frame.
    fmt::print("timeline date {}, map date {}\n", geo::long_date(geo::Day(session.timeline_day_shown)),
               geo::long_date(geo::Day(std::floor(session.clock.t))));
    std::filesystem::path still = options_.screenshot;
    still.replace_filename(still.stem().string() + "-export" + still.extension().string());
    fmt::print("export still args:");
    for (const std::string& arg : export_still(still.string()))
        fmt::print("\t{}", arg);
    fmt::print("\n");
    // The presenter's frame and the pictures it showed, beside the screenshot (tests compare the
    // pictures with `render`).
    using Kept = PresenterWindow::KeptPicture;
    std::vector<std::pair<const char*, const Kept*>> presenter_files;
    if (presenter)
        presenter_files = {{"-presenter", &presenter->last_frame()},
                           {"-presenter-live", &presenter->last_live_picture()},
                           {"-presenter-next", &presenter->last_next_picture()}};
    for (const auto& [suffix, kept] : presenter_files) {
        if (kept->rgba.empty()) continue;
        std::filesystem::path path = options_.screenshot;
        path.replace_filename(path.stem().string() + suffix + path.extension().string());
        if (auto written = write_png_atomic(path, kept->width, kept->height, kept->rgba); !written) {
            fmt::print(stderr, "supplyline: error: {}\n", written.error().message);
            return 2;
        }
        fmt::print("wrote {} ({}x{})\n", path.string(), kept->width, kept->height);
    }
    return 0;
}

void ScriptedRun::print_panels() {
    // Tests check where the panels are against the window (UI scale changes keep them inside).
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    fmt::print("ui font {:.0f} px in {:.0f}x{:.0f}\n", ImGui::GetFontSize(), display.x, display.y);
    for (const PanelRect& p : open_panels())
        fmt::print("panel '{}' at {:.0f},{:.0f} size {:.0f}x{:.0f}\n", p.name, p.x, p.y, p.width, p.height);
}

void ScriptedRun::after_swap(bool ready, bool map_shown, Session& session, double ui_ms, double frame_start) {
    if (options_.frame_stats <= 0) return;
    if (map_shown && first_map_at_ < 0) first_map_at_ = glfwGetTime();
    if (!ready) return;
    if (first_ready_at_ < 0) first_ready_at_ = glfwGetTime();
    Playback& clock = session.clock;
    if (stats_.frame_ms.empty() && !clock.playing) {
        clock.speed = 30; // scrub-like playback: the picture changes every frame
        clock.loop = true;
        clock.playing = true;
    }
    stats_.add((glfwGetTime() - frame_start) * 1000.0, ui_ms);
    if (options_.frame_stats_pan) { // a drag 600 px east and back, 7.5 px a frame, drifting north
        const double step = (pan_step_++ / 80) % 2 == 0 ? -7.5 : 7.5;
        const geo::XY before = session.camera.center;
        session.camera.pan_pixels(step, 0.8);
        moved_frames_ += before.x != session.camera.center.x || before.y != session.camera.center.y;
    }
    if (int(stats_.frame_ms.size()) >= options_.frame_stats) { // (scripted: preferences untouched)
        stats_.print();
        fmt::print("map first drawn {:.0f} ms, complete {:.0f} ms after the window system started\n",
                   first_map_at_ * 1000, first_ready_at_ * 1000);
        if (options_.frame_stats_pan) fmt::print("camera moved in {} frames\n", moved_frames_);
        finished_ = 0;
    }
}

} // namespace app
