// Label placement: given candidate label boxes in screen pixels with priorities, keep the most
// important ones that do not overlap (greedy, priority first, then file order). Plain logic.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace geo {

struct LabelBox {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0; // screen pixels
    int priority = 2;                      // 1 most important
    int group = -1;    // alternative positions of one label share a group: at most one is kept
    bool hard = false; // a blocked box that even a priority-1 label must not cover (the title block)
};

// True when the boxes overlap, or come closer than `margin` pixels.
bool boxes_overlap(const LabelBox& a, const LabelBox& b, double margin = 0);

// Indices of the boxes to draw (for a group, its first candidate that fits); `margin` pixels are kept free
// around each; `blocked` boxes (the markers themselves) are never covered. Priority-1 labels are never
// dropped: when none of a group's candidates fits, the one overlapping least is drawn anyway, unless
// every candidate covers a `hard` blocked box.
std::vector<size_t> place_labels(std::span<const LabelBox> candidates, std::span<const LabelBox> blocked,
                                 double margin);

} // namespace geo
