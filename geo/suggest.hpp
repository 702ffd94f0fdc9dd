// "Did you mean ...?" for unknown ids, keys and names: the closest candidate by edit distance.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace geo {

// The candidate closest to `word` (case-insensitive edit distance), if it is close enough to be a
// plausible typo; empty otherwise.
std::string closest_match(std::string_view word, std::span<const std::string> candidates);
std::string closest_match(std::string_view word, std::span<const std::string_view> candidates);

// " (did you mean 'x'?)" or "" — ready to append to a message.
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates);
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);

} // namespace geo
