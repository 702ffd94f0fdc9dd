// The timeline's small stacked chart: at evenly spaced days, the summed relative volume of the
// flows switched on, per category. Built once per briefing and visibility change, off the frame.
#pragma once

#include "geo/briefing.hpp"
#include "geo/visibility.hpp"

#include <vector>

namespace app {

struct VolumeChart {
    double from = 0, to = 0;                // days covered
    std::vector<std::vector<float>> totals; // [sample][category]
    float max_total = 0;                    // the largest stacked height

    double day_of(size_t sample) const;
};

// At most `samples` points (at least one a day when the briefing is short).
VolumeChart build_volume_chart(const geo::Briefing& briefing, const geo::Visibility& visibility,
                               size_t samples = 400);

} // namespace app
