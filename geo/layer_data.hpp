// Extra map layers ([[layer]] in a briefing) read into lon/lat: points, lines and polygon
// outlines per feature, with each feature's time window. Reading goes through the input policy
// (allowed drivers, confined paths, limits) and never stops at the first bad feature: bad
// geometry is repaired or skipped with a warning naming the layer and the feature id.
#pragma once

#include "geo/briefing.hpp"
#include "geo/input_policy.hpp"
#include "geo/lonlat.hpp"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace geo {

// One layer's geometry in WGS84 longitude/latitude (degrees).
struct LayerFeatures {
    std::vector<LonLatLine> lines;      // lines, and polygon rings as closed lines (last == first)
    std::vector<uint32_t> line_feature; // per line: index into fids/from/to
    std::vector<LonLat> points;
    std::vector<uint32_t> point_feature; // per point: index into fids/from/to
    std::vector<int64_t> fids;           // per feature: its id in the dataset
    // Per feature: shown when from <= t <= to (days); infinite when the feature has no time.
    std::vector<double> from, to;
    // Mapped layers (as = flows, events, places): per feature, the text of each mapped column in
    // the order of Layer::fields, row-major ("" when null). Rows without geometry are kept.
    std::vector<std::string> values;
    // The file's own style (a KML's LineStyle), used when the briefing gives the layer none:
    // "#rrggbb" or "", and a width in points or 0.
    std::string color;
    double width = 0;

    size_t vertex_count() const;
};

struct LayerLoad {
    std::vector<LayerFeatures> layers; // parallel to Briefing::layers (empty for a failed layer)
    std::vector<Diagnostic> diagnostics;

    size_t errors() const;
};

// Reads every layer of `briefing` (whose paths the loader already resolved under the policy).
// Errors name the [[layer]] entry (file:line:col), the layer id and its file.
LayerLoad read_layers(const Briefing& briefing, const LoadLimits& limits = {});

inline constexpr double kAlways = std::numeric_limits<double>::infinity();

} // namespace geo
