// The grade ladder: one weak source never makes a flow confirmed or probable.
#include "geo/grading.hpp"

#include <gtest/gtest.h>

namespace {

geo::Source graded(char reliability, int credibility) {
    geo::Source s;
    s.id = std::string(1, reliability) + std::to_string(credibility);
    s.reliability = reliability;
    s.credibility = credibility;
    return s;
}

TEST(Grading, CorroborationLiftsTheClaim) {
    const std::vector<geo::Source> s = {graded('B', 2), graded('C', 3), graded('D', 3), graded('E', 4)};
    using C = geo::Confidence;
    EXPECT_EQ(geo::strongest_supported(s, std::vector<int>{0, 1}), C::Confirmed);
    EXPECT_EQ(geo::strongest_supported(s, std::vector<int>{0}), C::Probable);
    EXPECT_EQ(geo::strongest_supported(s, std::vector<int>{2, 3}), C::Probable);
    EXPECT_EQ(geo::strongest_supported(s, std::vector<int>{2}), C::Possible);
    EXPECT_EQ(geo::strongest_supported(s, std::vector<int>{3}), C::Alleged);
    EXPECT_EQ(geo::strongest_supported(s, std::vector<int>{}), C::Alleged);
    // A source cited twice is still one source.
    EXPECT_EQ(geo::strongest_supported(s, std::vector<int>{0, 0}), C::Probable);
    EXPECT_EQ(geo::strongest_supported(s, std::vector<int>{2, 2}), C::Possible);
}

TEST(Grading, OneWeakSourceCannotConfirm) {
    const std::vector<geo::Source> s = {graded('D', 3), graded('A', 1)};
    const auto problem = geo::grading_problem(s, std::vector<int>{0}, geo::Confidence::Confirmed);
    ASSERT_TRUE(problem);
    EXPECT_NE(problem->find("at most 'possible'"), std::string::npos) << *problem;
    EXPECT_NE(problem->find("'D3' D3"), std::string::npos) << *problem;
    EXPECT_FALSE(geo::grading_problem(s, std::vector<int>{0}, geo::Confidence::Possible));
    EXPECT_FALSE(geo::grading_problem(s, std::vector<int>{0}, geo::Confidence::Alleged));
    EXPECT_FALSE(geo::grading_problem(s, std::vector<int>{0}, geo::Confidence::Denied));
    // An A1 source's grade says others confirm it; a B2 needs a second source.
    EXPECT_FALSE(geo::grading_problem(s, std::vector<int>{1}, geo::Confidence::Confirmed));
    const std::vector<geo::Source> b2 = {graded('B', 2)};
    EXPECT_TRUE(geo::grading_problem(b2, std::vector<int>{0}, geo::Confidence::Confirmed));
    EXPECT_FALSE(geo::grading_problem(b2, std::vector<int>{0}, geo::Confidence::Probable));
}

} // namespace
