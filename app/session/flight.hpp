// Camera flights between two framings (slides, search, "fly to"): the eased path and how long it
// takes. Plain logic, shared by the window and the exported slide tour.
#pragma once

#include "geo/lonlat.hpp"

namespace app {

// Smooth start and stop (cubic ease-in-out) for u in [0, 1].
double ease_in_out(double u);

// The framing `u` of the way (0..1, eased) from `from` to `to`. Zooming interpolates the size
// geometrically, so a flight from a continent to a city feels even rather than sudden at the end;
// the centre moves in step with the size, so a destination inside the starting view stays in view
// throughout (and the start stays in view when zooming out).
geo::Bounds fly_between(const geo::Bounds& from, const geo::Bounds& to, double u);

// How long a camera flight lasts: 1.5 s at most, shorter for small moves.
double flight_seconds(const geo::Bounds& from, const geo::Bounds& to);

} // namespace app
