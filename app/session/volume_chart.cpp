// Volume chart sampling.
#include "app/session/volume_chart.hpp"

#include "geo/flow_geometry.hpp"

#include <algorithm>

namespace app {

double VolumeChart::day_of(size_t sample) const {
    return totals.size() < 2 ? from : from + (to - from) * double(sample) / double(totals.size() - 1);
}

VolumeChart build_volume_chart(const geo::Briefing& briefing, const geo::Visibility& visibility,
                               size_t samples) {
    VolumeChart chart;
    chart.from = briefing.info.start;
    chart.to = briefing.info.end;
    const size_t n = std::clamp<size_t>(size_t(chart.to - chart.from) + 1, 2, std::max<size_t>(samples, 2));
    const std::vector<double> peaks = geo::unit_peaks(briefing);
    std::vector<bool> shown(briefing.flows.size());
    for (size_t f = 0; f < shown.size(); ++f)
        shown[f] = visibility.flow(briefing, f);
    std::vector<geo::FlowState> states;
    chart.totals.assign(n, std::vector<float>(geo::flow_category_names().size(), 0.0f));
    for (size_t s = 0; s < n; ++s) {
        geo::evaluate_flows(briefing, peaks, chart.day_of(s), states);
        float total = 0;
        for (size_t f = 0; f < states.size(); ++f) {
            if (!shown[f]) continue;
            const float v = states[f].intensity * states[f].opacity;
            chart.totals[s][size_t(briefing.flows[f].category)] += v;
            total += v;
        }
        chart.max_total = std::max(chart.max_total, total);
    }
    return chart;
}

} // namespace app
