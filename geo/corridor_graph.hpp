// Routing over a briefing's corridors: places are nodes, each corridor whose ends are places is a
// directed edge weighted by its geodesic length. Used to route flows that data layers name only
// by their two ends. Plain logic.
#pragma once

#include "geo/briefing.hpp"

#include <optional>
#include <vector>

namespace geo {

class CorridorGraph {
  public:
    explicit CorridorGraph(const Briefing& briefing);

    // The corridor indices of the shortest route from place `from` to place `to`, in order;
    // nullopt when the corridors do not connect them (or from == to).
    std::optional<std::vector<int>> shortest_route(int from, int to) const;

  private:
    struct Edge {
        int corridor, to;
        double km;
    };
    std::vector<std::vector<Edge>> out_; // per place
};

} // namespace geo
