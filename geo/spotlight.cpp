// Spotlight weights from ids.
#include "geo/spotlight.hpp"

#include <algorithm>

namespace geo {

Spotlight spotlight(const Briefing& b, const std::vector<std::string>& ids) {
    Spotlight s;
    s.ids = ids;
    s.flows.assign(b.flows.size(), 1.0f);
    s.theaters.assign(b.theaters.size(), 1.0f);
    if (ids.empty()) return s;
    auto focused = [&](const std::string& id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); };
    for (size_t i = 0; i < b.flows.size(); ++i) {
        const Flow& f = b.flows[i];
        const bool by_actor = (f.from >= 0 && focused(b.actors[size_t(f.from)].id)) ||
                              (f.to >= 0 && focused(b.actors[size_t(f.to)].id));
        s.flows[i] = focused(f.id) || by_actor ? 1.0f : kDimmed;
    }
    for (size_t i = 0; i < b.theaters.size(); ++i)
        s.theaters[i] = focused(b.theaters[i].id) ? 1.0f : kDimmed;
    return s;
}

} // namespace geo
