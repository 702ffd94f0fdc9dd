// Edit distance by the classic two-row dynamic programme (a few lines; no library needed for it).
#include "geo/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace geo {
namespace {

size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                              std::tolower(static_cast<unsigned char>(b[j - 1]));
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1)});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

template <class S> std::string closest(std::string_view word, std::span<const S> candidates) {
    std::string best;
    size_t best_distance = std::max<size_t>(2, word.size() / 3) + 1;
    for (const S& c : candidates) {
        const size_t d = edit_distance(word, c);
        if (d < best_distance) best_distance = d, best = std::string(c);
    }
    return best;
}

} // namespace

std::string closest_match(std::string_view w, std::span<const std::string> c) {
    return closest(w, c);
}
std::string closest_match(std::string_view w, std::span<const std::string_view> c) {
    return closest(w, c);
}

std::string did_you_mean(std::string_view w, std::span<const std::string> c) {
    const std::string m = closest_match(w, c);
    return m.empty() ? "" : fmt::format(" (did you mean '{}'?)", m);
}
std::string did_you_mean(std::string_view w, std::span<const std::string_view> c) {
    const std::string m = closest_match(w, c);
    return m.empty() ? "" : fmt::format(" (did you mean '{}'?)", m);
}

} // namespace geo
