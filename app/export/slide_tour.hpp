// The slide sequence played as a film (export --slides, and the window's presentation later): the
// camera flies from each slide's framing to the next (fly_between, flight_seconds), then holds on
// the slide for a few seconds; a slide with a date window plays the clock across it during the
// hold, a single-date slide holds its date. Pure logic: no GL, no window; the caller supplies each
// slide's framing (slide_view) and asks what to show at a given second.
#pragma once

#include "geo/briefing.hpp"
#include "geo/lonlat.hpp"

#include <vector>

namespace app {

struct SlideTourTiming {
    double hold_seconds = 4.0; // how long each slide stays after the flight to it
    // > 0: a slide's date window plays at this many days per second (its hold grows to fit);
    // 0: the window plays within hold_seconds, whatever its length.
    double days_per_second = 0;
    // Share of a windowed hold spent still at each end, so the audience reads the dates.
    double window_pause = 0.15;
};

// What the tour shows at one moment.
struct TourMoment {
    size_t slide = 0;    // the slide shown, or flown to (its focus and title apply)
    geo::Bounds view;    // the camera's framing, scene metres
    double t = 0;        // the briefing clock, days (fractional)
    bool flying = false; // between slides
};

class SlideTour {
  public:
    // `framings[i]` is slide i's view; there must be one per slide and at least one slide.
    SlideTour(const geo::Briefing& briefing, std::vector<geo::Bounds> framings, SlideTourTiming timing = {});

    // Seconds from the first slide's hold to the end of the last one.
    double duration() const;
    // The moment `seconds` into the tour (clamped to 0..duration()).
    TourMoment at(double seconds) const;
    // When slide i's flight starts and when its hold starts and ends (its flight lasts hold_start -
    // flight_start; the first slide has none).
    double flight_start(size_t slide) const { return legs_[slide].flight_start; }
    double hold_start(size_t slide) const { return legs_[slide].hold_start; }
    double hold_end(size_t slide) const { return legs_[slide].hold_end; }
    size_t slides() const { return legs_.size(); }

  private:
    struct Leg {
        double flight_start = 0, hold_start = 0, hold_end = 0;
        geo::Bounds view;
        double day_from = 0, day_to = 0; // the slide's date window (equal for a single date)
    };
    std::vector<Leg> legs_;
    double window_pause_ = 0.15;
};

} // namespace app
