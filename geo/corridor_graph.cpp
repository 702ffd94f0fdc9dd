// Dijkstra over the corridor graph; briefings have tens to hundreds of corridors.
#include "geo/corridor_graph.hpp"

#include "geo/geodesic_path.hpp"

#include <algorithm>
#include <functional>
#include <limits>
#include <queue>

namespace geo {

CorridorGraph::CorridorGraph(const Briefing& briefing) : out_(briefing.places.size()) {
    for (size_t c = 0; c < briefing.corridors.size(); ++c) {
        const Corridor& corridor = briefing.corridors[c];
        if (corridor.path.size() < 2) continue;
        const int a = corridor.path.front().place, b = corridor.path.back().place;
        if (a < 0 || b < 0 || a == b) continue;
        std::vector<LonLat> points;
        for (const Waypoint& w : corridor.path)
            points.push_back(w.lonlat);
        out_[size_t(a)].push_back({int(c), b, geodesic_length_km(points)});
    }
}

std::optional<std::vector<int>> CorridorGraph::shortest_route(int from, int to) const {
    const size_t n = out_.size();
    if (from < 0 || to < 0 || size_t(from) >= n || size_t(to) >= n || from == to) return std::nullopt;
    std::vector<double> best(n, std::numeric_limits<double>::infinity());
    std::vector<int> via_corridor(n, -1), via_place(n, -1);
    using Item = std::pair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    best[size_t(from)] = 0;
    queue.push({0.0, from});
    while (!queue.empty()) {
        const auto [km, at] = queue.top();
        queue.pop();
        if (km > best[size_t(at)]) continue;
        if (at == to) break;
        for (const Edge& e : out_[size_t(at)]) {
            if (km + e.km >= best[size_t(e.to)]) continue;
            best[size_t(e.to)] = km + e.km;
            via_corridor[size_t(e.to)] = e.corridor;
            via_place[size_t(e.to)] = at;
            queue.push({km + e.km, e.to});
        }
    }
    if (via_corridor[size_t(to)] < 0) return std::nullopt;
    std::vector<int> route;
    for (int at = to; at != from; at = via_place[size_t(at)])
        route.push_back(via_corridor[size_t(at)]);
    std::reverse(route.begin(), route.end());
    return route;
}

} // namespace geo
