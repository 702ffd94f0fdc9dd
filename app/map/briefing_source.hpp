// Loading the briefing a command or the window shows, and deciding what it asks for (projection,
// basemap detail) against what the command line forces.
#pragma once

#include "app/map/view_options.hpp"
#include "geo/briefing.hpp"
#include "geo/layer_data.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace app {

// The briefing named in `view` (null when none), or an Error listing its problems as
// file:line:col lines. Country codes are checked against the basemap.
base::Result<std::shared_ptr<const geo::Briefing>> load_briefing_for(const ViewOptions& view);

struct ResolvedView {
    std::string projection;
    geo::BasemapScale basemap = geo::BasemapScale::k50m;
};

// The briefing's extra layers ([[layer]]) read under the input policy, parallel to
// Briefing::layers, or an Error listing the layers' errors (warnings are left to `check`).
base::Result<std::vector<geo::LayerFeatures>> load_layers_for(const geo::Briefing& briefing);

// Sets the untrusted-input policy for this process: the briefing's folder and the shipped
// assets are readable; `trusted` (--trust) lifts the path, driver and network rules.
void use_input_policy(bool trusted);

// Command-line choices win; then the briefing's; then the defaults.
ResolvedView resolve_view(const ViewOptions& view, const geo::Briefing* briefing);

// The label font shipped in assets/fonts (empty when missing: the briefing layer then says so).
std::vector<uint8_t> read_label_font();

// The shipped default briefing, shown when no briefing is named.
std::string default_briefing_path();

// ISO alpha-3 codes known to the shipped basemap.
geo::CountryCatalog basemap_country_catalog();

} // namespace app
