// Substring search over the briefing's names and ids.
#include "app/session/search.hpp"

#include "base/text.hpp"

#include <algorithm>
#include <cctype>

namespace app {
namespace {

using base::lower_ascii;

} // namespace

std::vector<Selection> search_briefing(const geo::Briefing& b, std::string_view query, size_t limit) {
    const std::string q = lower_ascii(query);
    if (q.empty()) return {};
    struct Hit {
        int rank; // 0: name starts with the query, 1: a word starts with it, 2: contains it
        Selection selection;
    };
    std::vector<Hit> hits;
    auto consider = [&](Selection::Kind kind, size_t index, std::string_view name, std::string_view id) {
        const std::string n = lower_ascii(name), i = lower_ascii(id);
        const size_t at = n.find(q);
        int rank = 3;
        if (at == 0)
            rank = 0;
        else if (at != std::string::npos)
            rank = std::isalnum(static_cast<unsigned char>(n[at - 1])) ? 2 : 1;
        else if (i.find(q) != std::string::npos)
            rank = 2;
        if (rank < 3) hits.push_back({rank, {kind, int(index)}});
    };
    using K = Selection::Kind;
    for (size_t i = 0; i < b.places.size(); ++i)
        consider(K::Place, i, b.places[i].name, b.places[i].id);
    for (size_t i = 0; i < b.flows.size(); ++i)
        consider(K::Flow, i, b.flows[i].name, b.flows[i].id);
    for (size_t i = 0; i < b.theaters.size(); ++i)
        consider(K::Theater, i, b.theaters[i].name, b.theaters[i].id);
    for (size_t i = 0; i < b.actors.size(); ++i)
        consider(K::Actor, i, b.actors[i].name, b.actors[i].id);
    for (size_t i = 0; i < b.corridors.size(); ++i)
        consider(K::Corridor, i, b.corridors[i].name, b.corridors[i].id);
    for (size_t i = 0; i < b.events.size(); ++i)
        consider(K::Event, i, b.events[i].title, b.events[i].id);
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& c) { return a.rank < c.rank; });
    std::vector<Selection> out;
    for (size_t i = 0; i < hits.size() && i < limit; ++i)
        out.push_back(hits[i].selection);
    return out;
}

Selection selection_by_id(const geo::Briefing& b, std::string_view id) {
    using K = Selection::Kind;
    auto find = [&](const auto& list, K kind) -> Selection {
        for (size_t i = 0; i < list.size(); ++i)
            if (list[i].id == id) return {kind, int(i)};
        return {};
    };
    for (Selection s :
         {find(b.flows, K::Flow), find(b.places, K::Place), find(b.events, K::Event),
          find(b.theaters, K::Theater), find(b.corridors, K::Corridor), find(b.actors, K::Actor)})
        if (s) return s;
    return {};
}

} // namespace app
