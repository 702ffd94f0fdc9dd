// Slides as every output finds them: by number or title, with the slide list in the error.
#include "geo/slides.hpp"

#include <gtest/gtest.h>

namespace {

geo::Briefing two_slides() {
    geo::Briefing b;
    b.slides.resize(2);
    b.slides[0].title = "Opening";
    b.slides[1].title = "Rail to the front";
    return b;
}

} // namespace

TEST(Slides, FoundByNumberOrTitle) {
    const geo::Briefing b = two_slides();
    auto first = geo::find_slide("1", b);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(*first, &b.slides[0]);
    auto by_title = geo::find_slide("rail TO the front", b);
    ASSERT_TRUE(by_title.ok());
    EXPECT_EQ(*by_title, &b.slides[1]);
    for (const char* bad : {"0", "3", "-1", "Closing", ""}) {
        auto r = geo::find_slide(bad, b);
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_NE(r.error().message.find("'Opening'"), std::string::npos) << r.error().message;
    }
}
