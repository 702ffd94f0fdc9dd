// The grade ladder: corroboration by independent solid sources is what lifts a claim.
#include "geo/grading.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace geo {

bool is_solid(const Source& source) {
    return source.reliability >= 'A' && source.reliability <= 'C' && source.credibility >= 1 &&
           source.credibility <= 3;
}

Confidence strongest_supported(std::span<const Source> sources, std::span<const int> cited) {
    size_t solid = 0, plausible = 0, confirmed_by_grade = 0;
    std::vector<int> distinct(cited.begin(), cited.end()); // a source cited twice still counts once
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    for (int i : distinct) {
        const Source& s = sources[size_t(i)];
        solid += is_solid(s);
        plausible += s.credibility >= 1 && s.credibility <= 3;
        confirmed_by_grade += (s.reliability == 'A' || s.reliability == 'B') && s.credibility == 1;
    }
    if (solid >= 2 || confirmed_by_grade >= 1) return Confidence::Confirmed;
    if (solid == 1 || distinct.size() >= 2) return Confidence::Probable;
    if (plausible >= 1) return Confidence::Possible;
    return Confidence::Alleged;
}

std::optional<std::string> grading_problem(std::span<const Source> sources, std::span<const int> cited,
                                           Confidence claimed) {
    if (claimed == Confidence::Denied || claimed == Confidence::Alleged) return std::nullopt;
    const Confidence allowed = strongest_supported(sources, cited);
    // The enum runs from the strongest claim (confirmed) to the weakest.
    if (int(claimed) >= int(allowed)) return std::nullopt;
    std::string grades;
    for (int i : cited) {
        const Source& s = sources[size_t(i)];
        grades += fmt::format("{}'{}' {}{}", grades.empty() ? "" : ", ", s.id, s.reliability, s.credibility);
    }
    return fmt::format(
        "confidence '{}' says more than its sources allow ({}); at most '{}': confirmed needs two "
        "sources graded A-C and 1-3 (or one A1/B1), probable one such source or two that agree",
        name_of(claimed), grades.empty() ? "none cited" : grades, name_of(allowed));
}

} // namespace geo
