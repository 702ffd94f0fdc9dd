// Greedy label placement; a few hundred labels need nothing cleverer than pairwise checks.
#include "geo/label_layout.hpp"

#include <algorithm>
#include <numeric>

namespace geo {
namespace {

bool overlaps(const LabelBox& a, const LabelBox& b, double margin) {
    return a.x0 - margin < b.x1 && b.x0 - margin < a.x1 && a.y0 - margin < b.y1 && b.y0 - margin < a.y1;
}

} // namespace

std::vector<size_t> place_labels(std::span<const LabelBox> candidates, std::span<const LabelBox> blocked,
                                 double margin) {
    std::vector<size_t> order(candidates.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return candidates[a].priority < candidates[b].priority; });
    std::vector<size_t> chosen;
    std::vector<int> placed_groups;
    for (size_t i : order) {
        const LabelBox& box = candidates[i];
        if (box.group >= 0 &&
            std::find(placed_groups.begin(), placed_groups.end(), box.group) != placed_groups.end())
            continue;
        bool free = std::none_of(chosen.begin(), chosen.end(),
                                 [&](size_t j) { return overlaps(box, candidates[j], margin); });
        free = free && std::none_of(blocked.begin(), blocked.end(),
                                    [&](const LabelBox& b) { return overlaps(box, b, 0.0); });
        if (!free) continue;
        chosen.push_back(i);
        if (box.group >= 0) placed_groups.push_back(box.group);
    }
    return chosen;
}

} // namespace geo
