// Label placement: important labels first, no overlaps, markers never covered, and a label with
// alternative positions takes the first that fits, once.
#include "geo/label_layout.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace {
bool has(const std::vector<size_t>& v, size_t i) {
    return std::find(v.begin(), v.end(), i) != v.end();
}
} // namespace

TEST(LabelLayout, ImportantLabelsWinOverlaps) {
    const std::vector<geo::LabelBox> boxes{
        {0, 0, 100, 20, 3},   // minor, overlaps the capital
        {50, 5, 150, 25, 1},  // capital
        {300, 0, 400, 20, 2}, // alone
    };
    const auto chosen = geo::place_labels(boxes, {}, 2.0);
    EXPECT_TRUE(has(chosen, 1));
    EXPECT_TRUE(has(chosen, 2));
    EXPECT_FALSE(has(chosen, 0));
}

TEST(LabelLayout, MarkersAreNeverCoveredByLesserLabels) {
    const std::vector<geo::LabelBox> boxes{{0, 0, 100, 20, 2}};
    const std::vector<geo::LabelBox> markers{{40, 5, 50, 15, 0}};
    EXPECT_TRUE(geo::place_labels(boxes, markers, 2.0).empty());
}

TEST(LabelLayout, PriorityOneLabelsAreNeverDropped) {
    // Two capitals whose every candidate collides: the second still shows, at the candidate covering
    // least, and a minor label in its way makes room.
    const std::vector<geo::LabelBox> boxes{
        {0, 0, 100, 20, 1, 1},   // first capital
        {10, 0, 110, 20, 1, 2},  // second capital, right: covers the first almost entirely
        {-60, 10, 40, 30, 1, 2}, // second capital, left-below: covers less
        {-60, 25, 0, 45, 3, 3},  // a minor label where the second capital ends up
    };
    const auto chosen = geo::place_labels(boxes, {}, 2.0);
    EXPECT_TRUE(has(chosen, 0));
    EXPECT_FALSE(has(chosen, 1));
    EXPECT_TRUE(has(chosen, 2));
    EXPECT_FALSE(has(chosen, 3));
}

TEST(LabelLayout, HardBlocksStopEvenPriorityOne) {
    const std::vector<geo::LabelBox> boxes{{0, 0, 100, 20, 1, 4}};
    const std::vector<geo::LabelBox> title{{0, 0, 300, 60, 0, -1, true}};
    EXPECT_TRUE(geo::place_labels(boxes, title, 2.0).empty());
    const std::vector<geo::LabelBox> marker{{0, 0, 300, 60, 0, -1, false}};
    EXPECT_EQ(geo::place_labels(boxes, marker, 2.0).size(), 1u);
}

TEST(LabelLayout, AlternativePositionUsedWhenTheFirstIsTaken) {
    std::vector<geo::LabelBox> boxes{
        {100, 0, 200, 20, 1, -1}, // a capital right of our marker
        {95, 0, 180, 20, 2, 7},   // our label, right: overlaps the capital
        {-85, 0, 0, 20, 2, 7},    // our label, left: free
        {-85, 0, 0, 20, 3, 9},    // another label wanting the left side, less important
    };
    auto chosen = geo::place_labels(boxes, {}, 2.0);
    EXPECT_TRUE(has(chosen, 0));
    EXPECT_FALSE(has(chosen, 1));
    EXPECT_TRUE(has(chosen, 2));
    EXPECT_FALSE(has(chosen, 3));
    // When the first position fits, the alternative is not also placed.
    boxes[0] = {500, 0, 600, 20, 1, -1};
    chosen = geo::place_labels(boxes, {}, 2.0);
    EXPECT_TRUE(has(chosen, 1));
    EXPECT_FALSE(has(chosen, 2));
}
