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

// The object with exactly this id (flows, places, events, theaters, corridors, actors, in that
// order); an empty selection when none has it. For scripted runs (--select).
Selection selection_by_id(const geo::Briefing& briefing, std::string_view id);

} // namespace app
