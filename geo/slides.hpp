// Slides as every output uses them: finding one by number or title, the dates a command line
// names (checked against the briefing), the map area a slide frames, and what a slide switches
// on, spotlights and titles. Plain logic: the window, `render` and `export` share it.
#pragma once

#include "base/result.hpp"
#include "geo/briefing.hpp"
#include "geo/lonlat.hpp"
#include "geo/visibility.hpp"

#include <string>
#include <vector>

namespace geo {

class Projection;

// A date given on the command line (--time): `text` checked against the briefing's dates; empty
// text means the busiest day.
base::Result<Day> briefing_day(const std::string& text, const Briefing& briefing);

// The briefing day for `text` (YYYY-MM-DD, checked against the briefing's dates); errors name
// `option` (--time, --from, --to).
base::Result<Day> parse_briefing_day(const std::string& text, const Briefing& briefing, const char* option);

// A slide by 1-based number or by title (case-insensitive); the error lists the slides.
base::Result<const Slide*> find_slide(const std::string& key, const Briefing& briefing);

// What a slide frames, in scene metres (projected, minus `origin`): its `fit` places or its
// `center` with `zoom_km` across, with room around them for labels and arrows.
Bounds slide_view(const Slide& slide, const Briefing& briefing, const Projection& projection, XY origin);

// What a slide sets on the map besides its camera and date: what is switched on (its `show`),
// the ids in its spotlight (the rest dims), its title as the headline, and the event it names on
// the map (a caption): the first event on the slide's first date, one with a place before one
// without; -1 when no event falls on that date.
struct SlideLook {
    Visibility visibility;
    std::vector<std::string> focus;
    std::string headline;
    int caption = -1;
};
SlideLook slide_look(const Slide& slide, const Briefing& briefing);

} // namespace geo
