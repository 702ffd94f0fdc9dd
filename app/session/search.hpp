// Search by name (Ctrl+F): places, flows, theaters, actors, corridors and events whose name or id
// contains the query, case-insensitively, best matches (name starts with the query) first.
#pragma once

#include "app/session/picking.hpp"
#include "geo/briefing.hpp"

#include <string_view>
#include <vector>

namespace app {

std::vector<Selection> search_briefing(const geo::Briefing& briefing, std::string_view query,
                                       size_t limit = 12);

} // namespace app
