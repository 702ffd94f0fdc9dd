// What the KML and GPX readers share: times, fields, a feature's span from its tracks.
#include "geo/xml_features.hpp"

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

double xml_number(std::string_view s) {
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    double v = std::nan("");
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && end == s.data() + s.size() ? v : std::nan("");
}

std::optional<double> xml_time(std::string_view text, bool is_end) {
    auto t = parse_iso_time(text);
    if (!t) return std::nullopt;
    // A date alone ends at the end of that day (as a layer's `end` date field does).
    const bool date_only =
        text.find('T') == std::string_view::npos && text.find(':') == std::string_view::npos;
    return is_end && date_only ? *t + 0.999 : *t;
}

void set_xml_field(XmlFeatures& out, XmlFeature& f, std::string name, std::string value) {
    if (f.field(name)) return;
    if (std::find(out.columns.begin(), out.columns.end(), name) == out.columns.end())
        out.columns.push_back(name);
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
