// Size parsing and output scaling.
#include "app/map/view_options.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace app {

base::Result<Size> parse_size(const std::string& text) {
    const auto bad = [&] {
        return base::Error{
            fmt::format("bad size '{}'; expected WIDTHxHEIGHT in pixels, e.g. 1920x1080 or 3840x2160 "
                        "(each side 16..16384)",
                        text)};
    };
    const auto x = text.find_first_of("xX");
    if (x == std::string::npos) return bad();
    Size s;
    const char* begin = text.data();
    const char* end = begin + text.size();
    auto w = std::from_chars(begin, begin + x, s.width);
    auto h = std::from_chars(begin + x + 1, end, s.height);
    if (w.ec != std::errc{} || w.ptr != begin + x || h.ec != std::errc{} || h.ptr != end) return bad();
    if (s.width < 16 || s.height < 16 || s.width > 16384 || s.height > 16384) return bad();
    return s;
}

float pixel_scale_for(Size size) {
    return std::max(0.5f, std::min(size.width / 1920.0f, size.height / 1080.0f));
}

} // namespace app
