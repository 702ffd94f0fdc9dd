// check: load_briefing with the basemap's country codes, print diagnostics and a summary.
#include "app/cli/check_command.hpp"

#include "app/cli/command.hpp"
#include "app/cli/view_flags.hpp"
#include "app/map/asset_paths.hpp"
#include "app/map/briefing_source.hpp"
#include "geo/basemap.hpp"
#include "geo/briefing.hpp"
#include "geo/corridor_terrain.hpp"
#include "geo/layer_data.hpp"
#include "geo/mapped_layers.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace app {
namespace {

std::string json_string(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\')
            out += '\\', out += char(c);
        else if (c == '\n')
            out += "\\n";
        else if (c < 0x20)
            out += fmt::format("\\u{:04x}", c);
        else
            out += char(c);
    }
    return out + "\"";
}

// Rail and road on land, sea lanes at sea: checked against the finest shipped coastline.
void check_terrain(const geo::Briefing& briefing, std::vector<geo::Diagnostic>& out) {
    std::filesystem::path land_file;
    for (geo::BasemapScale scale : {geo::BasemapScale::k10m, geo::BasemapScale::k50m}) {
        land_file = geo::basemap_file(asset_dir(), scale);
        if (std::filesystem::exists(land_file)) break;
    }
    auto land = geo::load_land(land_file);
    if (!land) {
        out.push_back({geo::Diagnostic::Severity::Warning, base::Location{briefing.path, 0, 0},
                       fmt::format("corridors not checked against the coastline: {}", land.error().message)});
        return;
    }
    for (geo::Diagnostic& d : geo::check_corridor_terrain(briefing, *land))
        out.push_back(std::move(d));
}

} // namespace

int run_check(const CheckRequest& request) {
    geo::BriefingLoad load = geo::load_briefing(request.briefing, basemap_country_catalog());
    // The extra layers are read too, so their problems show by layer and feature id.
    size_t layer_features = 0;
    geo::MappedCounts mapped;
    if (load.briefing) {
        geo::LayerLoad layers = geo::read_layers(*load.briefing);
        for (const geo::LayerFeatures& l : layers.layers)
            layer_features += l.fids.size();
        load.diagnostics.insert(load.diagnostics.end(), layers.diagnostics.begin(), layers.diagnostics.end());
        if (layers.errors() == 0)
            mapped = geo::apply_mapped_layers(*load.briefing, layers.layers, load.diagnostics);
        check_terrain(*load.briefing, load.diagnostics);
    }
    const size_t errors = load.errors(), warnings = load.warnings();
    if (request.json) {
        fmt::print("{{\"file\": {}, \"errors\": {}, \"warnings\": {}, \"diagnostics\": [",
                   json_string(request.briefing), errors, warnings);
        for (size_t i = 0; i < load.diagnostics.size(); ++i) {
            const geo::Diagnostic& d = load.diagnostics[i];
            fmt::print(
                "{}\n  {{\"severity\": \"{}\", \"file\": {}, \"line\": {}, \"column\": {}, \"message\": {}}}",
                i ? "," : "", d.severity == geo::Diagnostic::Severity::Error ? "error" : "warning",
                json_string(d.where.file), d.where.line, d.where.column, json_string(d.message));
        }
        fmt::print("]}}\n");
    } else {
        for (const geo::Diagnostic& d : load.diagnostics)
            fmt::print("{}\n", d.text());
        std::string contents;
        if (load.briefing) {
            const geo::Briefing& b = *load.briefing;
            contents = fmt::format(
                " ({} flows, {} corridors, {} places, {} theaters, {} events, {} slides, {} sources{})",
                b.flows.size(), b.corridors.size(), b.places.size(), b.theaters.size(), b.events.size(),
                b.slides.size(), b.sources.size(),
                b.layers.empty()
                    ? std::string()
                    : fmt::format(", {} layers with {} features{}", b.layers.size(), layer_features,
                                  mapped.flows + mapped.events + mapped.places == 0
                                      ? std::string()
                                      : fmt::format(" giving {} flows, {} events, {} places", mapped.flows,
                                                    mapped.events, mapped.places)));
        }
        fmt::print("{}: {} error{}, {} warning{}{}\n", request.briefing, errors, errors == 1 ? "" : "s",
                   warnings, warnings == 1 ? "" : "s", contents);
    }
    if (errors) return 2;
    if (warnings && request.strict) return 1;
    return 0;
}

CommandEntry add_check_command(CLI::App& cli) {
    auto flags = std::make_shared<CheckRequest>();
    CLI::App* cmd = cli.add_subcommand("check", "validate a briefing file; report file:line:col problems");
    cmd->add_option("briefing", flags->briefing, "the briefing.toml to check")->required();
    cmd->add_flag("--strict", flags->strict, "exit 1 when there are warnings (2 for errors)");
    cmd->add_flag("--json", flags->json, "print the diagnostics as JSON for tools");
    add_trust_flag(*cmd, flags->trust);
    cmd->footer("Exit code: 0 clean, 1 warnings with --strict, 2 errors. Rail and road corridors are checked "
                "against the 1:10m coastline (no stretch over water), sea lanes likewise (none across land). "
                "Layers ([[layer]]) are read too: "
                "their problems name the layer and the feature id.");

    return {cmd, [flags] {
                use_input_policy(flags->trust);
                return run_check(*flags);
            }};
}

} // namespace app
