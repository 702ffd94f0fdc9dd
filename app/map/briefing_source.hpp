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

struct ResolvedView {
    std::string projection;
    geo::BasemapScale basemap = geo::BasemapScale::k50m;
};

struct BriefingData {
    std::shared_ptr<const geo::Briefing> briefing; // null when none is named
    std::vector<geo::LayerFeatures> layers;        // parallel to Briefing::layers
};

// The briefing named in `view` with its extra layers ([[layer]]) read under the input policy and
// the mapped ones (as = flows, events, places) turned into its flows, events and places; or an
// Error listing the briefing's or the layers' errors (warnings, such as skipped rows, are left to
// `check`).
base::Result<BriefingData> load_briefing_data_for(const ViewOptions& view);
// Only the briefing file itself, parsed and checked, without reading its layers (so without the
// flows, events and places they add): what it asks for (projection, basemap, home view) is known
// at once while load_briefing_data_for reads the rest. Null when no briefing is named.
base::Result<std::shared_ptr<const geo::Briefing>> parse_briefing_for(const ViewOptions& view);

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
