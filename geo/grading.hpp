// How sure a flow may claim to be, given the grades of the sources it cites (the Admiralty code:
// reliability A-F of the source, credibility 1-6 of the information). Plain logic.
#pragma once

#include "geo/briefing.hpp"

#include <optional>
#include <span>
#include <string>

namespace geo {

// A source that counts as corroboration: usually reliable or better (A-C) and at least possibly
// true (1-3).
bool is_solid(const Source& source);

// The most a flow citing `cited` (indices into `sources`) may claim:
//   confirmed  two or more solid sources, or one reliable source (A-B) whose grade 1 already says
//              the information is confirmed by others;
//   probable   one solid source, or two or more sources of any grade that corroborate each other;
//   possible   one source that is at least "possibly true" (credibility 1-3);
//   alleged    anything else (a single doubtful, improbable or ungraded source).
// One weak source therefore never makes a flow confirmed or probable.
Confidence strongest_supported(std::span<const Source> sources, std::span<const int> cited);

// Why `claimed` says more than its sources allow, or nullopt when it does not. Denied and alleged
// claims are never too strong.
std::optional<std::string> grading_problem(std::span<const Source> sources, std::span<const int> cited,
                                           Confidence claimed);

} // namespace geo
