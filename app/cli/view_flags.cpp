// Shared view flags: registration, resolution, and writing them back for child processes.
#include "app/cli/view_flags.hpp"

#include "app/map/briefing_source.hpp"

#include <fmt/format.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace app {

void add_trust_flag(CLI::App& cmd, bool& trust) {
    cmd.add_flag("--trust", trust,
                 "trust the briefing: allow layer files outside its folder, network paths (/vsicurl/, URLs), "
                 "any GDAL vector driver and GDAL plugins (default: local files beside the briefing, safe "
                 "drivers only)");
}

void add_view_flags(CLI::App& cmd, ViewFlags& flags, const char* default_size) {
    flags.command = &cmd;
    cmd.add_option("briefing", flags.briefing,
                   "briefing.toml to show (default: the shipped Eurasia 2023-2024 briefing)");
    cmd.add_flag("--basemap-only", flags.basemap_only, "show the basemap without any briefing");
    cmd.add_option("--projection,-p", flags.projection,
                   "PROJ string, EPSG code or WKT (default: Eurasia-centred equal-area)");
    cmd.add_option("--theme", flags.theme, "dark or light")->capture_default_str();
    cmd.add_option("--basemap", flags.basemap, "Natural Earth detail: 110m, 50m or 10m")
        ->capture_default_str();
    cmd.add_flag("--world", flags.world, "frame the whole world instead of the Syria-to-Japan region");
    cmd.add_flag("--flow-labels", flags.flow_labels, "name each moving flow halfway along its route");
    cmd.add_option("--text-size", flags.text_size,
                   "map text size for the back of the room: place and theater names, flow names and the "
                   "legend times S (0.5 to 3); the title and date keep their share of the height")
        ->check(CLI::Range(0.5f, 3.0f));
    cmd.add_option("--size", flags.size, fmt::format("WIDTHxHEIGHT in pixels (default {})", default_size));
    add_trust_flag(cmd, flags.trust);
}

bool resolve(const ViewFlags& flags, const char* command, const char* default_size, ViewOptions& view,
             Size& size) {
    auto scale = geo::parse_basemap_scale(flags.basemap);
    auto parsed_size = parse_size(flags.size.empty() ? default_size : flags.size);
    const base::Error* error = !scale ? &scale.error() : !parsed_size ? &parsed_size.error() : nullptr;
    const render::Theme* theme = render::find_theme(flags.theme);
    std::string theme_error;
    if (!error && !theme)
        theme_error = fmt::format("unknown theme '{}'; expected dark or light", flags.theme);
    if (error || !theme_error.empty()) {
        fmt::print(stderr, "supplyline{}{}: error: {}\n", *command ? " " : "", command,
                   error ? error->text() : theme_error);
        return false;
    }
    view.projection = flags.projection;
    view.look.theme = theme;
    view.look.flow_labels = flags.flow_labels;
    view.look.text_scale = flags.text_size;
    view.basemap = *scale;
    view.world = flags.world;
    view.briefing = flags.briefing;
    view.trust = flags.trust;
    if (flags.basemap_only)
        view.briefing.clear();
    else if (view.briefing.empty() && std::filesystem::exists(default_briefing_path()))
        view.briefing = default_briefing_path();
    view.projection_set = flags.command->get_option("--projection")->count() > 0;
    view.basemap_set = flags.command->get_option("--basemap")->count() > 0;
    size = *parsed_size;
    return true;
}

std::vector<std::string> view_args(const ViewOptions& view, const render::FrameLook& look) {
    std::vector<std::string> args;
    if (view.briefing.empty())
        args.push_back("--basemap-only");
    else
        args.push_back(view.briefing);
    args.insert(args.end(), {"--theme", std::string(look.theme->name), "--projection", view.projection,
                             "--basemap", std::string(geo::to_string(view.basemap))});
    if (look.flow_labels) args.push_back("--flow-labels");
    if (look.text_scale != 1.0f)
        args.insert(args.end(), {"--text-size", fmt::format("{:g}", look.text_scale)});
    if (view.world) args.push_back("--world");
    if (view.trust) args.push_back("--trust");
    return args;
}

base::Result<geo::Bounds> parse_view_box(const std::string& text) {
    double v[4];
    char tail = 0;
    const bool parsed =
        std::sscanf(text.c_str(), "%lf,%lf,%lf,%lf%c", &v[0], &v[1], &v[2], &v[3], &tail) == 4;
    const bool finite =
        parsed && std::isfinite(v[0]) && std::isfinite(v[1]) && std::isfinite(v[2]) && std::isfinite(v[3]);
    if (!finite || v[2] <= v[0] || v[3] <= v[1])
        return base::Error{fmt::format("bad --view '{}'; expected XMIN,YMIN,XMAX,YMAX in projected metres "
                                       "with XMIN < XMAX and YMIN < YMAX",
                                       text)};
    return geo::Bounds{v[0], v[1], v[2], v[3]};
}

std::string format_view_box(const geo::Bounds& b) {
    return fmt::format("{:.17g},{:.17g},{:.17g},{:.17g}", b.min_x, b.min_y, b.max_x, b.max_y);
}

} // namespace app
