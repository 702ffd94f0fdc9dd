// Slides as the window, `render` and `export` all use them: finding one by number or title,
// the map area it frames, the eased camera flight between two framings, and applying a slide's
// focus and title to the briefing layer. Plain logic apart from the last, so tests need no window.
#pragma once

#include "geo/briefing.hpp"
#include "geo/lonlat.hpp"
#include "geo/projection.hpp"
#include "geo/result.hpp"

#include <string>

namespace render {
class BriefingLayer;
}

namespace app {

// A date given on the command line (--time): `text` checked against the briefing's dates; empty
// text means the busiest day.
geo::Result<geo::Day> briefing_day(const std::string& text, const geo::Briefing& briefing);

// The briefing day for `text` (YYYY-MM-DD, checked against the briefing's dates); errors name
// `option` (--time, --from, --to).
geo::Result<geo::Day> parse_briefing_day(const std::string& text, const geo::Briefing& briefing,
                                         const char* option);

// A slide by 1-based number or by title (case-insensitive); the error lists the slides.
geo::Result<const geo::Slide*> find_slide(const std::string& key, const geo::Briefing& briefing);

// What a slide frames, in scene metres (projected, minus `origin`): its `fit` places or its
// `center` with `zoom_km` across, with room around them for labels and arrows.
geo::Bounds slide_view(const geo::Slide& slide, const geo::Briefing& briefing,
                       const geo::Projection& projection, geo::XY origin);

// Smooth start and stop (cubic ease-in-out) for u in [0, 1].
double ease_in_out(double u);

// The framing `u` of the way (0..1, eased) from `from` to `to`. Zooming interpolates the size
// geometrically, so a flight from a continent to a city feels even rather than sudden at the end;
// the centre moves in step with the size, so a destination inside the starting view stays in view
// throughout (and the start stays in view when zooming out).
geo::Bounds fly_between(const geo::Bounds& from, const geo::Bounds& to, double u);

// How long a camera flight lasts: 1.5 s at most, shorter for small moves.
double flight_seconds(const geo::Bounds& from, const geo::Bounds& to);

// Sets the layer's focus, title and what is switched on (the slide's `show`) from the slide.
void apply_slide(const geo::Slide& slide, render::BriefingLayer& layer);

} // namespace app
