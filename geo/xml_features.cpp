// What the KML and GPX readers share: numbers, times, fields, warnings, a feature's span from its
// tracks.
#include "geo/xml_features.hpp"

#include "base/text.hpp"
#include "geo/calendar.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace geo {

const std::string* XmlFeature::field(std::string_view name) const {
    for (const auto& [key, value] : fields)
        if (key == name) return &value;
    return nullptr;
}

void XmlFeatures::warn(std::string message) {
    constexpr size_t kKept = 8; // the layer reader shows at most this many anyway
    if (warnings.size() < kKept)
        warnings.push_back(std::move(message));
    else
        ++more_warnings;
}

double xml_number(std::string_view s) {
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    double v = std::nan("");
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && end == s.data() + s.size() ? v : std::nan("");
}

std::optional<double> xml_time(std::string_view text, bool is_end) {
    auto t = parse_iso_time(text);
    if (!t) return std::nullopt;
    // An end without a time of day lasts to the end of that day, month or year (as a layer's `end`
    // date field does).
    const std::string_view trimmed = base::trim(text);
    const bool date_only =
        trimmed.find('T') == std::string_view::npos && trimmed.find(':') == std::string_view::npos;
    if (!is_end || !date_only) return *t;
    int y = 0, m = 0;
    std::from_chars(trimmed.data(), trimmed.data() + 4, y);
    if (trimmed.size() == 4) return double(day_from_ymd(y + 1, 1, 1)) - 0.001;
    if (trimmed.size() == 7) { // YYYY-MM: the first of the next month, less a moment
        std::from_chars(trimmed.data() + 5, trimmed.data() + 7, m);
        return (m == 12 ? double(day_from_ymd(y + 1, 1, 1)) : double(day_from_ymd(y, unsigned(m + 1), 1))) -
               0.001;
    }
    return *t + 0.999;
}

base::Error xml_too_many_vertices(uint64_t max_vertices) {
    return base::Error{"has more than " + std::to_string(max_vertices) +
                       " vertices; simplify it (e.g. ogr2ogr -simplify) or split it"};
}

std::string quoted_excerpt(std::string_view text) {
    text = base::trim(text);
    if (text.size() <= 80) return std::string(text);
    size_t cut = 77;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) // not inside a UTF-8 sequence
        --cut;
    return std::string(text.substr(0, cut)) + "...";
}

void set_xml_field(XmlFeatures& out, XmlFeature& f, std::string name, std::string value) {
    if (f.field(name)) return;
    if (out.column_set.insert(name).second) out.columns.push_back(name);
    f.fields.emplace_back(std::move(name), std::move(value));
}

void close_xml_feature(XmlFeature& f) {
    if (std::isfinite(f.begin) || std::isfinite(f.end)) return;
    double first = std::numeric_limits<double>::infinity(), last = -first;
    for (const std::vector<double>& times : f.line_times)
        for (double t : times)
            first = std::min(first, t), last = std::max(last, t);
    if (first <= last) f.begin = first, f.end = last;
}

} // namespace geo
