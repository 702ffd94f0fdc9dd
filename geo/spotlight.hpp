// A slide's spotlight: the flows and theaters whose ids (or whose actors' ids) are named keep full
// strength, the rest dim. Weights per object, from the ids; no ids: everything at full strength.
#pragma once

#include "geo/briefing.hpp"

#include <string>
#include <vector>

namespace geo {

// How far an object out of the spotlight fades (its opacity is multiplied by this).
inline constexpr float kDimmed = 0.18f;

struct Spotlight {
    std::vector<std::string> ids; // what it was worked out for
    std::vector<float> flows;     // per flow: 1 in focus, kDimmed otherwise
    std::vector<float> theaters;  // per theater
};

// A flow is in focus when its id, or its origin or destination actor's id, is among `ids`.
Spotlight spotlight(const Briefing& briefing, const std::vector<std::string>& ids);

} // namespace geo
