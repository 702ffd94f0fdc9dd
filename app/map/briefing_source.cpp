// Briefing loading for the app, with the basemap's country codes.
#include "app/map/briefing_source.hpp"

#include "geo/mapped_layers.hpp"

#include "app/map/asset_paths.hpp"
#include "geo/basemap.hpp"

#include <fmt/format.h>

#include <fstream>
#include <iterator>

namespace app {

std::vector<uint8_t> read_label_font() {
    std::ifstream in(asset_dir() / "fonts" / "NotoSans-Bold.ttf", std::ios::binary);
    return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
}

std::string default_briefing_path() {
    return (asset_dir() / "briefings" / "eurasia-2024" / "briefing.toml").string();
}

geo::CountryCatalog basemap_country_catalog() {
    return geo::CountryCatalog{
        geo::basemap_country_codes(geo::basemap_file(asset_dir(), geo::BasemapScale::k110m))};
}

namespace {

// The errors among `diagnostics`, one per line, and where to see them all.
base::Error load_error(const std::vector<geo::Diagnostic>& diagnostics, const std::string& briefing_path) {
    std::string lines;
    for (const geo::Diagnostic& d : diagnostics)
        if (d.severity == geo::Diagnostic::Severity::Error) lines += (lines.empty() ? "" : "\n") + d.text();
    return base::Error{fmt::format("{} (run 'supplyline check {}' for all problems)", lines, briefing_path)};
}

} // namespace

base::Result<std::shared_ptr<const geo::Briefing>> parse_briefing_for(const ViewOptions& view) {
    if (view.briefing.empty()) return std::shared_ptr<const geo::Briefing>{};
    geo::BriefingLoad load = geo::load_briefing(view.briefing, basemap_country_catalog());
    if (!load.briefing) return load_error(load.diagnostics, view.briefing);
    return std::shared_ptr<const geo::Briefing>(std::make_shared<geo::Briefing>(std::move(*load.briefing)));
}

base::Result<BriefingData> load_briefing_data_for(const ViewOptions& view) {
    if (view.briefing.empty()) return BriefingData{};
    geo::BriefingLoad load = geo::load_briefing(view.briefing, basemap_country_catalog());
    if (!load.briefing) return load_error(load.diagnostics, view.briefing);
    BriefingData data;
    if (!load.briefing->layers.empty()) {
        geo::LayerLoad layers = geo::read_layers(*load.briefing);
        if (layers.errors()) return load_error(layers.diagnostics, view.briefing);
        std::vector<geo::Diagnostic> skipped; // shown by `check`
        geo::apply_mapped_layers(*load.briefing, layers.layers, skipped);
        data.layers = std::move(layers.layers);
    }
    data.briefing = std::make_shared<const geo::Briefing>(std::move(*load.briefing));
    return data;
}

void use_input_policy(bool trusted) {
    geo::set_input_policy(geo::InputPolicy{trusted, {asset_dir().string()}});
}

ResolvedView resolve_view(const ViewOptions& view, const geo::Briefing* briefing) {
    ResolvedView out{view.projection, view.basemap};
    if (briefing && !view.projection_set && !briefing->info.projection.empty())
        out.projection = briefing->info.projection;
    if (briefing && !view.basemap_set && !briefing->info.basemap.empty())
        out.basemap = geo::parse_basemap_scale(briefing->info.basemap).value();
    return out;
}

} // namespace app
