// What a session keeps when its briefing is reloaded (hot reload): the view, the date (within the
// new dates), the slide and the switches of what is on; lists that changed length start all on.
#pragma once

#include "app/session/session.hpp"
#include "geo/briefing.hpp"

namespace app {

void keep_across_reload(Session& session, const geo::Briefing& old_briefing, const geo::Briefing& briefing);

} // namespace app
