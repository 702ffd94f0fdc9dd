// A subcommand (or the window) as the command line sees it: each registers its own flags on the
// CLI11 app and returns what to run once parsing has filled them. cli.cpp only dispatches.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace app {

struct CommandEntry {
    CLI::App* app = nullptr;  // where its flags live (the top-level app for the window)
    std::function<int()> run; // the exit code
};

CommandEntry add_window_command(CLI::App& cli); // supplyline [BRIEFING] (no subcommand)
CommandEntry add_render_command(CLI::App& cli);
CommandEntry add_export_command(CLI::App& cli);
CommandEntry add_check_command(CLI::App& cli);
CommandEntry add_export_geo_command(CLI::App& cli);

} // namespace app
