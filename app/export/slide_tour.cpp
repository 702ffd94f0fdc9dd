// Slide tour timing: flights, holds and the clock across each slide's date window.
#include "app/export/slide_tour.hpp"

#include "app/session/flight.hpp"

#include <algorithm>

namespace app {

SlideTour::SlideTour(const geo::Briefing& briefing, std::vector<geo::Bounds> framings, SlideTourTiming timing)
    : window_pause_(std::clamp(timing.window_pause, 0.0, 0.45)) {
    double clock = 0;
    for (size_t i = 0; i < briefing.slides.size() && i < framings.size(); ++i) {
        const geo::Slide& slide = briefing.slides[i];
        Leg leg;
        leg.view = framings[i];
        leg.day_from = slide.from;
        leg.day_to = std::max(slide.to, slide.from);
        leg.flight_start = clock;
        if (i > 0) clock += flight_seconds(legs_.back().view, leg.view);
        leg.hold_start = clock;
        double hold = timing.hold_seconds;
        const double window_days = leg.day_to - leg.day_from;
        if (window_days > 0 && timing.days_per_second > 0)
            hold = std::max(hold, window_days / timing.days_per_second / (1 - 2 * window_pause_));
        clock += hold;
        leg.hold_end = clock;
        legs_.push_back(leg);
    }
}

double SlideTour::duration() const {
    return legs_.empty() ? 0 : legs_.back().hold_end;
}

TourMoment SlideTour::at(double seconds) const {
    if (legs_.empty()) return {};
    seconds = std::clamp(seconds, 0.0, duration());
    // The first leg whose hold has not ended yet.
    size_t i = 0;
    while (i + 1 < legs_.size() && seconds >= legs_[i].hold_end)
        ++i;
    const Leg& leg = legs_[i];
    TourMoment m;
    m.slide = i;
    if (i > 0 && seconds < leg.hold_start) {
        // In flight: camera and clock move together from the last slide's end to this one's start.
        const Leg& prev = legs_[i - 1];
        const double u = (seconds - leg.flight_start) / (leg.hold_start - leg.flight_start);
        m.view = fly_between(prev.view, leg.view, u);
        m.t = prev.day_to + (leg.day_from - prev.day_to) * ease_in_out(u);
        m.flying = true;
        return m;
    }
    m.view = leg.view;
    // Holding: still at the window's start, the clock runs at an even pace, still at its end.
    const double u = (seconds - leg.hold_start) / std::max(leg.hold_end - leg.hold_start, 1e-9);
    const double run = std::clamp((u - window_pause_) / (1 - 2 * window_pause_), 0.0, 1.0);
    m.t = leg.day_from + (leg.day_to - leg.day_from) * run;
    return m;
}

} // namespace app
