// The command line: CLI11 parses, each command (command.hpp) registered its own flags; this file
// only dispatches to the one that was given, or to the window.
#include "app/cli/cli.hpp"

#include "app/cli/command.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <vector>

namespace app {

int run_cli(int argc, char** argv) {
    CLI::App cli{
        "Supplyline: animated supply routes, corridors and theaters on a map, for briefings.\n"
        "With no command it opens the map window on a briefing (the shipped Eurasia 2023-2024 one by\n"
        "default); with no display it renders that view to supplyline-default.png instead."};
    cli.set_version_flag("--version", SUPPLYLINE_VERSION);
    cli.require_subcommand(0, 1);
    const CommandEntry window = add_window_command(cli);
    const std::vector<CommandEntry> commands{add_render_command(cli), add_export_command(cli),
                                             add_check_command(cli), add_export_geo_command(cli)};
    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return cli.exit(e);
        // One line naming the problem, then where to look, instead of the whole help text.
        fmt::print(stderr, "supplyline: error: {}\nRun 'supplyline --help' for usage.\n", e.what());
        return 2;
    }
    // Each command sets the input policy before any GDAL or PROJ use (GDAL reads its plugin
    // setting once, at registration).
    for (const CommandEntry& command : commands)
        if (command.app->parsed()) return command.run();
    return window.run();
}

} // namespace app
