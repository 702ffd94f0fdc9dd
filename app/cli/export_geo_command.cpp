// export-geo: load the briefing (mapped layers included), write the GeoPackage into a private
// temporary folder, then move its bytes into place with the crash-safe writer.
#include "app/cli/export_geo_command.hpp"

#include "app/cli/command.hpp"
#include "app/cli/view_flags.hpp"
#include "app/export/atomic_file.hpp"
#include "app/export/output_guard.hpp"
#include "app/map/asset_paths.hpp"
#include "app/map/briefing_source.hpp"
#include "geo/basemap.hpp"
#include "geo/geopackage_export.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <unistd.h>

namespace app {
namespace {

int fail(const std::string& message) {
    fmt::print(stderr, "supplyline export-geo: error: {}\n", message);
    return 2;
}

} // namespace

int run_export_geo(const ExportGeoRequest& request) {
    ViewOptions view;
    view.briefing = request.briefing.empty() ? default_briefing_path() : request.briefing;
    auto data = load_briefing_data_for(view);
    if (!data) return fail(data.error().text());
    const geo::Briefing& briefing = *data->briefing;
    if (auto guard = check_not_an_input(request.output, briefing); !guard) return fail(guard.error().text());
    if (auto target = output_target(request.output); !target) return fail(target.error().text());
    // Country theaters take their polygons from the basemap the briefing asks for.
    const ResolvedView resolved = resolve_view(view, &briefing);
    auto basemap = geo::load_basemap(geo::basemap_file(asset_dir(), resolved.basemap));
    if (!basemap) return fail(basemap.error().text());

    char folder_template[] = "/tmp/supplyline-export-geo-XXXXXX";
    if (!mkdtemp(folder_template)) return fail("cannot create a temporary folder in /tmp");
    const std::filesystem::path folder(folder_template), scratch = folder / "out.gpkg";
    auto cleanup = [&] {
        std::error_code ec;
        std::filesystem::remove_all(folder, ec);
    };
    if (auto written = geo::write_geopackage(briefing, &*basemap, scratch); !written) {
        cleanup();
        return fail(written.error().text());
    }
    std::error_code size_error;
    const auto size = std::filesystem::file_size(scratch, size_error);
    std::ifstream in(scratch, std::ios::binary);
    const std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    cleanup();
    if (size_error || bytes.size() != size || bytes.empty()) // a failed read leaves bytes short
        return fail(fmt::format("cannot read back the GeoPackage written in {}", folder.string()));
    if (auto saved = write_file_atomic(request.output, bytes); !saved) return fail(saved.error().text());
    fmt::print("wrote {} ({} places, {} corridors, {} theaters, {} flows, {} events, {} sources)\n",
               request.output, briefing.places.size(), briefing.corridors.size(), briefing.theaters.size(),
               briefing.flows.size(), briefing.events.size(), briefing.sources.size());
    return 0;
}

CommandEntry add_export_geo_command(CLI::App& cli) {
    auto flags = std::make_shared<ExportGeoRequest>();
    CLI::App* cmd = cli.add_subcommand(
        "export-geo",
        "write the briefing's places, corridors, theaters, flows, events and sources as GeoPackage");
    cmd->add_option("briefing", flags->briefing, "the briefing.toml (default: the shipped Eurasia briefing)");
    cmd->add_option("-o,--output", flags->output, "the .gpkg file to write")->required();
    add_trust_flag(*cmd, flags->trust);
    cmd->footer(
        "Layers: places, corridors, theaters (+ theater_status), flows (+ flow_volume: one row per volume "
        "point, with from_place, to_place and category, so a [[layer]] as = \"flows\" maps it back), "
        "events, sources. Layers of the briefing that are mapped (as = ...) are included as the flows, "
        "events and places they give. Exit code 0 written, 2 for bad input.");
    return {cmd, [flags] {
                use_input_policy(flags->trust);
                return run_export_geo(*flags);
            }};
}

} // namespace app
