// `supplyline [BRIEFING]`: the window's flags (start date or slide, presentation, scripted runs),
// the remembered preferences, and the fallback with no display (render the default view).
#include "app/cli/command.hpp"
#include "app/cli/render_command.hpp"
#include "app/cli/view_flags.hpp"
#include "app/map/briefing_source.hpp"
#include "app/session/briefing_watcher.hpp"
#include "app/session/preferences.hpp"
#include "app/window/gui.hpp"
#include "app/window/scripted_run.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>

namespace app {
namespace {

struct WindowFlags {
    ViewFlags view;
    GuiOptions gui;
    std::string screenshot;
};

int run_window(CLI::App& cli, WindowFlags& flags) {
    use_input_policy(flags.view.trust);
    GuiOptions gui = flags.gui;
    // An interactive window remembers theme, UI scale, monitor and the last briefing; scripted
    // runs (screenshots, measurements) neither read nor write the preferences.
    const bool scripted = !flags.screenshot.empty() || gui.frame_stats > 0 || !has_display();
    const auto prefs_path = scripted ? std::nullopt : preferences_path();
    if (prefs_path) {
        std::string warning;
        Preferences prefs = load_preferences(*prefs_path, warning);
        if (!warning.empty()) fmt::print(stderr, "supplyline: warning: {}\n", warning);
        std::error_code ec;
        if (flags.view.briefing.empty() && !flags.view.basemap_only && !prefs.last_briefing.empty() &&
            std::filesystem::is_regular_file(prefs.last_briefing, ec))
            flags.view.briefing = prefs.last_briefing;
        if (cli.get_option("--theme")->count() == 0) flags.view.theme = prefs.theme;
        if (cli.get_option("--ui-scale")->count() == 0) gui.ui_scale = prefs.ui_scale;
        gui.monitor = prefs.monitor;
        gui.preferences = *prefs_path;
    }
    if (!resolve(flags.view, "", "1600x900", gui.view, gui.window_size)) return 2;
    gui.window_size_given = !flags.view.size.empty();
    gui.screenshot = flags.screenshot;
    if (auto keys = parse_key_presses(gui.press); !keys) {
        fmt::print(stderr, "supplyline: error: {}\n", keys.error().text());
        return 2;
    }
    if (has_display()) {
        const int code = run_gui(gui);
        // A hot reload stuck inside a driver was left running: end now, without running static
        // destructors under that thread (the window and its preferences are already closed).
        if (watcher_left_running()) {
            std::fflush(nullptr);
            std::_Exit(code);
        }
        return code;
    }
    if (!gui.screenshot.empty()) {
        fmt::print(stderr,
                   "supplyline: error: --screenshot needs a display (set DISPLAY, e.g. under Xvfb)\n");
        return 2;
    }
    fmt::print("No display found; rendering the default view instead of opening a window.\n");
    RenderRequest request;
    request.view = gui.view;
    request.output = "supplyline-default.png";
    return run_render(request);
}

} // namespace

CommandEntry add_window_command(CLI::App& cli) {
    auto flags = std::make_shared<WindowFlags>();
    GuiOptions& gui = flags->gui;
    add_view_flags(cli, flags->view, "1600x900");
    cli.add_option("--screenshot", flags->screenshot,
                   "open the window, wait for the map, save this PNG and exit");
    cli.add_option("-t,--time", gui.time,
                   "start at this date, YYYY-MM-DD (default: the day with the most flow)");
    cli.add_option("--slide", gui.slide, "start on slide N (1-based) or by title");
    cli.add_option("--speed", gui.speed, "playback speed to start with, in days per second (default 7)")
        ->check(CLI::Range(0.25, 365.0));
    cli.add_option("--screenshot-delay", gui.screenshot_delay,
                   "with --screenshot: keep running this many seconds first (playback, hot reload)")
        ->check(CLI::Range(0.0, 600.0));
    cli.add_flag("--present", gui.present, "start in presentation mode (full screen; Esc leaves)");
    cli.add_flag(
        "--presenter", gui.presenter,
        "open the presenter window (the picture on screen, the next slide, notes, clocks, slide list); "
        "with --screenshot it is saved as FILE-presenter.png, its pictures as FILE-presenter-live.png "
        "and FILE-presenter-next.png");
    cli.add_option("--ui-scale", gui.ui_scale,
                   "the panels' size times this, on top of the screen's own (a 4K screen starts at 2x); "
                   "the Map panel's UI scale, remembered")
        ->check(CLI::Range(0.75, 3.0));
    cli.add_option(
        "--press", gui.press,
        "once the map is ready, press these keys in order, as if typed (scripted runs: e.g. P opens "
        "the presenter, N the next slide)");
    cli.add_option(
        "--select", gui.select,
        "open the inspector on the object with this id (a flow, place, event, theater, corridor or "
        "actor): what its sources say and what was added from general knowledge");
    cli.add_option(
        "--drop", gui.drop,
        "once the map is ready, add these files as layers as if dropped on the window (scripted runs)");
    cli.add_option("--frame-stats", gui.frame_stats,
                   "play N frames as fast as possible, print frame and UI times, exit (measurement)")
        ->check(CLI::Range(2, 100000));
    cli.add_flag("--pan", gui.frame_stats_pan,
                 "with --frame-stats: pan the map every frame (600 px east and back at 7.5 px a frame), "
                 "to measure a moving camera")
        ->needs("--frame-stats");
    return {&cli, [&cli, flags] { return run_window(cli, *flags); }};
}

} // namespace app
