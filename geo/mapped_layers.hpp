// Layers that become briefing objects: a [[layer]] with as = "flows" | "events" | "places" and
// fields = { key = "column" } turns the rows of a CSV (or the features of any GDAL source) into
// flows, events and places of the briefing, animated on the same clock. Rows are checked like TOML
// objects; a bad row is skipped with a warning naming the layer, the feature id and the field, and
// the rest of the briefing stays.
#pragma once

#include "geo/briefing.hpp"
#include "geo/layer_data.hpp"

#include <vector>

namespace geo {

struct MappedCounts {
    size_t flows = 0, events = 0, places = 0;
};

// Adds what the mapped layers say to `briefing` (places first, so flows and events may name them)
// and empties their entries in `layers`, which then draw nothing of their own. Flows between two
// places follow the briefing's corridors (shortest route) when they connect, else a direct line.
// Rows with the same from, to and category are one flow whose volume is the per-day sum.
MappedCounts apply_mapped_layers(Briefing& briefing, std::vector<LayerFeatures>& layers,
                                 std::vector<Diagnostic>& diagnostics);

// "2024-06-19", "2024/06/19", "2024-06-19T10:30:00Z", "2024-06-19 10:30" or a year "2024".
std::optional<Day> parse_data_day(std::string_view text);

} // namespace geo
