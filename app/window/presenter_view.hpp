// What the presenter window shows, from the session: slide number, title and notes, the next
// slide's title, date, clock position and elapsed time; and the characters it may need to draw.
#pragma once

#include "app/session/session.hpp"
#include "app/window/presenter_window.hpp"
#include "geo/briefing.hpp"

#include <string>

namespace app {

PresenterInfo presenter_info(const Session& session, const geo::Briefing* briefing, double elapsed_seconds);

// Every character the presenter may show for `briefing` (may be null), for its font atlas.
std::string presenter_characters(const geo::Briefing* briefing);

} // namespace app
