// Greedy label placement; a few hundred labels need nothing cleverer than pairwise checks.
#include "geo/label_layout.hpp"

#include <algorithm>
#include <numeric>

namespace geo {

bool boxes_overlap(const LabelBox& a, const LabelBox& b, double margin) {
    return a.x0 - margin < b.x1 && b.x0 - margin < a.x1 && a.y0 - margin < b.y1 && b.y0 - margin < a.y1;
}

namespace {

double overlap_area(const LabelBox& a, const LabelBox& b) {
    const double w = std::min(a.x1, b.x1) - std::max(a.x0, b.x0),
                 h = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
    return w > 0 && h > 0 ? w * h : 0.0;
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
    auto placed = [&](const LabelBox& box) {
        return box.group >= 0 &&
               std::find(placed_groups.begin(), placed_groups.end(), box.group) != placed_groups.end();
    };
    // The priority-1 candidates that did not fit, by group, for the last resort below.
    std::vector<size_t> unplaced_first;
    for (size_t i : order) {
        const LabelBox& box = candidates[i];
        if (placed(box)) continue;
        bool free = std::none_of(chosen.begin(), chosen.end(),
                                 [&](size_t j) { return boxes_overlap(box, candidates[j], margin); });
        free = free && std::none_of(blocked.begin(), blocked.end(),
                                    [&](const LabelBox& b) { return boxes_overlap(box, b, 0.0); });
        if (!free) {
            if (box.priority == 1) unplaced_first.push_back(i);
            continue;
        }
        chosen.push_back(i);
        if (box.group >= 0) placed_groups.push_back(box.group);
    }
    // A priority-1 label that found no free spot goes where it covers the least of what is drawn.
    for (size_t n = 0; n < unplaced_first.size(); ++n) {
        const LabelBox& box = candidates[unplaced_first[n]];
        if (placed(box)) continue;
        size_t best = candidates.size();
        double best_cover = 1e300;
        for (size_t m = n; m < unplaced_first.size(); ++m) {
            const LabelBox& other = candidates[unplaced_first[m]];
            if (m != n && (box.group < 0 || other.group != box.group)) continue;
            if (std::any_of(blocked.begin(), blocked.end(),
                            [&](const LabelBox& b) { return b.hard && boxes_overlap(other, b, 0.0); }))
                continue;
            double cover = 0;
            for (size_t j : chosen)
                cover += overlap_area(other, candidates[j]);
            for (const LabelBox& b : blocked)
                cover += 4 * overlap_area(other, b);
            if (cover < best_cover) best_cover = cover, best = unplaced_first[m];
        }
        if (best == candidates.size()) continue; // hidden under the title block: nothing to do
        // Less important labels make way for it.
        std::erase_if(chosen, [&](size_t j) {
            return candidates[j].priority > 1 && boxes_overlap(candidates[best], candidates[j], margin);
        });
        chosen.push_back(best);
        if (box.group >= 0) placed_groups.push_back(box.group);
    }
    return chosen;
}

} // namespace geo
