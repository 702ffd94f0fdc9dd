// Week buckets of flow indices, counted then filled (two passes, one allocation).
#include "geo/flow_time_index.hpp"

#include <algorithm>
#include <cmath>

namespace geo {

FlowTimeIndex::FlowTimeIndex(const Briefing& briefing) {
    series_.reserve(briefing.flows.size());
    for (const Flow& f : briefing.flows) {
        series_.push_back({uint32_t(points_.size()), uint32_t(f.volume.points.size()),
                           f.volume.interpolation == Interpolation::Step, f.confidence == Confidence::Denied});
        points_.insert(points_.end(), f.volume.points.begin(), f.volume.points.end());
    }
    double lo = 1e300, hi = -1e300;
    size_t dated = 0;
    for (const Flow& f : briefing.flows)
        if (!f.volume.points.empty())
            lo = std::min(lo, double(f.volume.points.front().day)),
            hi = std::max(hi, double(f.volume.points.back().day) + 1), ++dated;
    if (lo > hi) return;
    start_ = lo;
    size_t buckets = 0;
    // Buckets [a, b] that a flow's span [first, last + 1] touches.
    auto range = [&](const Flow& f) {
        const size_t a = size_t((f.volume.points.front().day - start_) / bucket_days_);
        const size_t b =
            std::min(buckets - 1, size_t((f.volume.points.back().day + 1 - start_) / bucket_days_));
        return std::pair{a, b};
    };
    for (;; bucket_days_ *= 2) {
        buckets = size_t((hi - lo) / bucket_days_) + 1;
        size_t entries = 0;
        for (const Flow& f : briefing.flows)
            if (!f.volume.points.empty()) entries += range(f).second - range(f).first + 1;
        if (entries <= 8 * dated + buckets || buckets == 1) break;
    }
    std::vector<size_t> count(buckets + 1, 0);
    for (const Flow& f : briefing.flows) {
        if (f.volume.points.empty()) continue;
        const auto [a, b] = range(f);
        for (size_t k = a; k <= b; ++k)
            ++count[k + 1];
    }
    first_.assign(buckets + 1, 0);
    for (size_t k = 0; k < buckets; ++k)
        first_[k + 1] = first_[k] + count[k + 1];
    flows_.resize(first_.back());
    std::vector<size_t> fill(first_.begin(), first_.end() - 1);
    for (size_t i = 0; i < briefing.flows.size(); ++i) {
        const Flow& f = briefing.flows[i];
        if (f.volume.points.empty()) continue;
        const auto [a, b] = range(f);
        for (size_t k = a; k <= b; ++k)
            flows_[fill[k]++] = uint32_t(i);
    }
}

std::span<const uint32_t> FlowTimeIndex::candidates(double t) const {
    if (first_.size() < 2 || !(t >= start_)) return {};
    const size_t b = size_t((t - start_) / bucket_days_);
    if (b + 1 >= first_.size()) return {};
    return {flows_.data() + first_[b], flows_.data() + first_[b + 1]};
}

} // namespace geo
