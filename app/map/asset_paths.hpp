// Where the shipped assets (basemap, fonts, briefings) live: $SUPPLYLINE_ASSETS, then the source
// tree this binary was built from, then <exe>/../share/supplyline/assets for an installed copy.
#pragma once

#include <filesystem>

namespace app {

std::filesystem::path asset_dir();

} // namespace app
