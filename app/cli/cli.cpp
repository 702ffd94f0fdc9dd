// Command-line parsing with CLI11 and dispatch to the window or a headless command.
#include "app/cli/cli.hpp"

#include "app/map/briefing_source.hpp"
#include "app/cli/check_command.hpp"
#include "app/cli/export_command.hpp"
#include "app/window/gui.hpp"
#include "app/session/preferences.hpp"
#include "app/cli/render_command.hpp"
#include "app/cli/view_flags.hpp"
#include "app/window/scripted_run.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

namespace app {

int run_cli(int argc, char** argv) {
    CLI::App cli{
        "Supplyline: animated supply routes, corridors and theaters on a map, for briefings.\n"
        "With no command it opens the map window on a briefing (the shipped Eurasia 2023-2024 one by\n"
        "default); with no display it renders that view to supplyline-default.png instead."};
    cli.set_version_flag("--version", SUPPLYLINE_VERSION);
    cli.require_subcommand(0, 1);

    ViewFlags gui_flags;
    std::string screenshot;
    add_view_flags(cli, gui_flags, "1600x900");
    cli.add_option("--screenshot", screenshot, "open the window, wait for the map, save this PNG and exit");
    std::string gui_time, gui_slide;
    bool present = false;
    int frame_stats = 0;
    cli.add_option("-t,--time", gui_time,
                   "start at this date, YYYY-MM-DD (default: the day with the most flow)");
    cli.add_option("--slide", gui_slide, "start on slide N (1-based) or by title");
    double screenshot_delay = 0;
    cli.add_option("--screenshot-delay", screenshot_delay,
                   "with --screenshot: keep running this many seconds first (playback, hot reload)")
        ->check(CLI::Range(0.0, 600.0));
    cli.add_flag("--present", present, "start in presentation mode (full screen; Esc leaves)");
    bool presenter = false;
    cli.add_flag("--presenter", presenter,
                 "open the presenter window (notes, next slide, elapsed time); with --screenshot it is saved "
                 "as FILE-presenter.png");
    std::string press;
    cli.add_option("--press", press,
                   "once the map is ready, press these keys in order, as if typed (scripted runs: e.g. P opens "
                   "the presenter, N the next slide)");
    cli.add_option("--frame-stats", frame_stats,
                   "play N frames as fast as possible, print frame and UI times, exit (measurement)")
        ->check(CLI::Range(2, 100000));

    CLI::App* render_cmd = cli.add_subcommand("render", "draw one frame headless (EGL, no display) to a PNG");
    ViewFlags render_flags;
    std::string output;
    add_view_flags(*render_cmd, render_flags, "1920x1080");
    render_cmd->add_option("-o,--output", output, "PNG file to write")->required();
    bool verbose = false;
    render_cmd->add_flag("-v,--verbose", verbose, "print stage timings and the OpenGL renderer");
    std::string slide;
    render_cmd->add_option("--slide", slide,
                           "show slide N (1-based) or by title: its date, view, focus and title");
    std::string time;
    render_cmd->add_option("-t,--time", time,
                           "the date to show, YYYY-MM-DD (default: the day with the most flow)");
    float render_scale = 1;
    render_cmd->add_option("--view", render_flags.view_box,
                           "frame this projected area, XMIN,YMIN,XMAX,YMAX in metres (the window's Export "
                           "passes the view on screen)");
    render_cmd->add_option("--scale", render_scale,
                           "multiply line widths, markers, labels and legend (0.25 to 8; default 1)");
    render_cmd->footer("Sizes above the GPU's limit (e.g. 7680x4320) are drawn in tiles and joined.\n"
                       "Example: supplyline render assets/briefings/eurasia-2024/briefing.toml -o map.png "
                       "--size 3840x2160");

    CLI::App* export_cmd = cli.add_subcommand(
        "export", "render the timeline or the slides headless into an MP4 (ffmpeg) or numbered PNGs");
    ViewFlags export_flags;
    ExportRequest exported;
    add_view_flags(*export_cmd, export_flags, "1920x1080");
    export_cmd->add_option("-o,--output", exported.output, "MP4 file to write (H.264, yuv420p, faststart)");
    export_cmd->add_option("--png-dir", exported.png_folder,
                           "write frame_000001.png, frame_000002.png, ... into this folder instead");
    auto* from_opt = export_cmd->add_option("--from", exported.from,
                                            "first date, YYYY-MM-DD (default: the briefing's start)");
    auto* to_opt =
        export_cmd->add_option("--to", exported.to, "last date, YYYY-MM-DD (default: the briefing's end)");
    auto* slides_opt = export_cmd->add_flag(
        "--slides", exported.slides,
        "play the slides: fly to each, hold it (running the clock across its date window)");
    slides_opt->excludes(from_opt)->excludes(to_opt);
    export_cmd->add_option("--speed", exported.days_per_second,
                           fmt::format("days per second (default: from..to in about {:.0f} s of video; "
                                       "with --slides: each date window within its hold)",
                                       kDefaultSeconds));
    export_cmd->add_option("--fps", exported.fps, "frames per second, 1 to 240")->capture_default_str();
    export_cmd->add_option("--crf", exported.crf, "H.264 quality, 0 (lossless) to 51; lower is better")
        ->capture_default_str();
    export_cmd
        ->add_option("--preset", exported.preset,
                     "x264 preset: ultrafast ... veryslow (slower: smaller file)")
        ->capture_default_str();
    export_cmd->add_option("--scale", exported.scale,
                           "multiply line widths, markers, labels and legend (0.25 to 8; default 1)");
    bool export_verbose = false;
    export_cmd->add_flag("-v,--verbose", export_verbose,
                         "print where the time went (render, readback, encode)");
    export_cmd->footer("Needs ffmpeg on PATH for video. The file appears only when complete; Ctrl-C cancels\n"
                       "and leaves any old file untouched.\n"
                       "Examples: supplyline export -o briefing.mp4\n"
                       "          supplyline export --slides -o slides.mp4 --size 3840x2160\n"
                       "          supplyline export --from 2024-06-01 --to 2024-07-01 --speed 2 -o june.mp4");

    CLI::App* check_cmd =
        cli.add_subcommand("check", "validate a briefing file; report file:line:col problems");
    CheckRequest check;
    check_cmd->add_option("briefing", check.briefing, "the briefing.toml to check")->required();
    check_cmd->add_flag("--strict", check.strict, "exit 1 when there are warnings (2 for errors)");
    check_cmd->add_flag("--json", check.json, "print the diagnostics as JSON for tools");
    add_trust_flag(*check_cmd, check.trust);
    check_cmd->footer(
        "Exit code: 0 clean, 1 warnings with --strict, 2 errors. Layers ([[layer]]) are read too: "
        "their problems name the layer and the feature id.");

    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return cli.exit(e);
        // One line naming the problem, then where to look, instead of the whole help text.
        fmt::print(stderr, "supplyline: error: {}\nRun 'supplyline --help' for usage.\n", e.what());
        return 2;
    }

    // Before any GDAL or PROJ use: GDAL reads its plugin setting once, at registration.
    use_input_policy(check_cmd->parsed()    ? check.trust
                     : render_cmd->parsed() ? render_flags.trust
                     : export_cmd->parsed() ? export_flags.trust
                                            : gui_flags.trust);
    if (check_cmd->parsed()) return run_check(check);
    if (render_cmd->parsed()) {
        RenderRequest request;
        if (!resolve(render_flags, "render", "1920x1080", request.view, request.size)) return 2;
        request.output = output;
        request.verbose = verbose;
        request.time = time;
        request.slide = slide;
        request.scale = render_scale;
        if (!render_flags.view_box.empty()) {
            auto box = parse_view_box(render_flags.view_box);
            if (!box) {
                fmt::print(stderr, "supplyline render: error: {}\n", box.error().text());
                return 2;
            }
            request.view_box = *box;
        }
        return run_render(request);
    }
    if (export_cmd->parsed()) {
        if (!resolve(export_flags, "export", "1920x1080", exported.view, exported.size)) return 2;
        return run_export_command(exported, export_verbose);
    }

    GuiOptions gui;
    // An interactive window remembers theme, UI scale, monitor and the last briefing; scripted
    // runs (screenshots, measurements) neither read nor write the preferences.
    const bool scripted = !screenshot.empty() || frame_stats > 0 || !has_display();
    const auto prefs_path = scripted ? std::nullopt : preferences_path();
    Preferences prefs;
    if (prefs_path) {
        std::string warning;
        prefs = load_preferences(*prefs_path, warning);
        if (!warning.empty()) fmt::print(stderr, "supplyline: warning: {}\n", warning);
        std::error_code ec;
        if (gui_flags.briefing.empty() && !gui_flags.basemap_only && !prefs.last_briefing.empty() &&
            std::filesystem::is_regular_file(prefs.last_briefing, ec))
            gui_flags.briefing = prefs.last_briefing;
        if (cli.get_option("--theme")->count() == 0) gui_flags.theme = prefs.theme;
        gui.ui_scale = prefs.ui_scale;
        gui.monitor = prefs.monitor;
        gui.preferences = *prefs_path;
    }
    if (!resolve(gui_flags, "", "1600x900", gui.view, gui.window_size)) return 2;
    gui.screenshot = screenshot;
    gui.time = gui_time;
    gui.slide = gui_slide;
    gui.present = present;
    gui.presenter = presenter;
    gui.frame_stats = frame_stats;
    gui.press = press;
    if (auto keys = parse_key_presses(press); !keys) {
        fmt::print(stderr, "supplyline: error: {}\n", keys.error().text());
        return 2;
    }
    gui.screenshot_delay = screenshot_delay;
    if (has_display()) return run_gui(gui);
    if (!screenshot.empty()) {
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

} // namespace app
