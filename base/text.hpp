// Small ASCII text helpers shared by every module: case folding and trimming for matching what
// people type (ids, names, keys) against what a file holds.
#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace base {

inline std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

inline std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

} // namespace base
