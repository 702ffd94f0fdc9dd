// What the presenter window shows, from the session: slide number, title and notes, the slide
// list and the next slide's title, date, clock position on the labelled timeline, the talk timer
// and the time of day; and the characters it may need to draw.
#pragma once

#include "app/session/session.hpp"
#include "app/window/presenter_window.hpp"
#include "geo/briefing.hpp"

#include <ctime>
#include <string>

namespace app {

// `now`: the session's wall-clock seconds (the talk timer's); `wall_clock`: the time of day shown.
PresenterInfo presenter_info(const Session& session, const geo::Briefing* briefing, double now,
                             std::string wall_clock);

// "14:05": the local time of day, as the presenter's clock shows it.
std::string time_of_day(std::time_t when);

// Every character the presenter may show for `briefing` (may be null), for its font atlas.
std::string presenter_characters(const geo::Briefing* briefing);

} // namespace app
