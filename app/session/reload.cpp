// Session state across a reload.
#include "app/session/reload.hpp"

#include <algorithm>

namespace app {

void keep_across_reload(Session& session, const geo::Briefing& old_briefing, const geo::Briefing& briefing) {
    geo::Visibility v = geo::Visibility::all(briefing);
    const geo::Visibility& was = session.visibility;
    v.categories = was.categories;
    v.modes = was.modes;
    v.confidences = was.confidences;
    if (old_briefing.actors.size() == briefing.actors.size()) v.actors = was.actors;
    if (old_briefing.layers.size() == briefing.layers.size()) v.layers = was.layers;
    v.theaters = was.theaters, v.places = was.places, v.labels = was.labels, v.events = was.events;
    v.legend = was.legend;
    session.visibility = v;
    Playback& clock = session.clock;
    clock.start = briefing.info.start;
    clock.end = briefing.info.end;
    clock.t = std::clamp(clock.t, clock.start, clock.end);
    if (session.slide >= int(briefing.slides.size())) session.slide = int(briefing.slides.size()) - 1;
    session.selected = {}; // indices may mean other objects now
}

} // namespace app
