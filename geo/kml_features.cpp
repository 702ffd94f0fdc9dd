// KML Placemarks: Point, LineString, LinearRing, Polygon, MultiGeometry, gx:Track and gx:MultiTrack
// geometry; name, description, ExtendedData; TimeStamp and TimeSpan; the line colour and width of
// their Style (shared through styleUrl, StyleMap's "normal" pair, or inline). Icons, overlays,
// models and NetworkLinks are ignored (a NetworkLink is never followed).
#include "geo/xml_features.hpp"

#include "base/text.hpp"

#include "geo/calendar.hpp"
#include "geo/xml_walk.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>

namespace geo {
namespace {

bool space(char c) {
    return std::isspace(static_cast<unsigned char>(c)) != 0;
}

// "lon,lat[,alt] lon,lat[,alt] …"; an unreadable tuple becomes NaN (the layer reader warns).
LonLatLine kml_coordinates(std::string_view text) {
    LonLatLine out;
    size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && space(text[at]))
            ++at;
        size_t end = at;
        while (end < text.size() && !space(text[end]))
            ++end;
        if (end == at) break;
        const std::string_view tuple = text.substr(at, end - at);
        const size_t comma = tuple.find(',');
        const size_t comma2 = comma == std::string_view::npos ? comma : tuple.find(',', comma + 1);
        if (comma == std::string_view::npos)
            out.push_back({std::nan(""), std::nan("")});
        else
            out.push_back({xml_number(tuple.substr(0, comma)),
                           xml_number(tuple.substr(comma + 1, comma2 - comma - 1))});
        at = end;
    }
    return out;
}

// gx:coord: "lon lat [alt]".
LonLat track_coordinate(std::string_view text) {
    double v[2] = {std::nan(""), std::nan("")};
    size_t at = 0;
    for (double& x : v) {
        while (at < text.size() && space(text[at]))
            ++at;
        size_t end = at;
        while (end < text.size() && !space(text[end]))
            ++end;
        x = xml_number(text.substr(at, end - at));
        at = end;
    }
    return {v[0], v[1]};
}

// KML's "aabbggrr" as "#rrggbb"; "" when it is not 8 hex digits.
std::string kml_color(std::string_view text) {
    text = base::trim(text);
    if (text.size() != 8 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return std::isxdigit((unsigned char)c); }))
        return "";
    return fmt::format("#{}{}{}", text.substr(6, 2), text.substr(4, 2), text.substr(2, 2));
}

struct KmlStyle {
    std::string line_color, poly_color;
    double width = 0;
};

class KmlReader {
  public:
    explicit KmlReader(XmlFeatures& out) : out_(out) {}

    void start(std::string_view name, const std::vector<XmlAttribute>& attrs, int line) {
        path_.emplace_back(name);
        if (name == "Style" || name == "StyleMap") {
            style_ = KmlStyle{}, style_id_.clear(), pair_key_.clear(), pair_url_.clear();
            for (const XmlAttribute& a : attrs)
                if (a.name == "id") style_id_ = a.value;
        }
        if (name == "Document" || name == "Folder") containers_.push_back("");
        if (name == "Placemark") {
            in_placemark_ = true;
            current_ = XmlFeature{};
            current_.line = line;
            current_.container = containers_.empty() ? "" : containers_.back();
        }
        if (!in_placemark_) return;
        if (name == "Track") track_whens_.clear(), track_coords_.clear(), track_line_ = line;
        if (name == "Data" || name == "SimpleData") {
            data_name_.clear();
            for (const XmlAttribute& a : attrs)
                if (a.name == "name") data_name_ = a.value;
        }
        if (name == "TimeStamp" || name == "TimeSpan") time_line_ = line;
    }

    void end(std::string_view name, std::string_view text) {
        path_.pop_back();
        const std::string_view parent = path_.empty() ? std::string_view() : std::string_view(path_.back());
        if (name == "Document" || name == "Folder") {
            if (!containers_.empty()) containers_.pop_back();
            return;
        }
        if (style_end(name, parent, text)) return;
        if (!in_placemark_) {
            if (name == "name" && (parent == "Document" || parent == "Folder") && !containers_.empty())
                containers_.back() = trimmed(text);
            return;
        }
        if (name == "Placemark") {
            in_placemark_ = false;
            close_xml_feature(current_);
            out_.features.push_back(std::move(current_));
            style_urls_.push_back(std::move(style_url_));
            style_url_.clear();
            return;
        }
        if (name == "styleUrl" && parent == "Placemark") style_url_ = trimmed(text);
        if ((name == "name" || name == "description") && parent == "Placemark") {
            set_xml_field(out_, current_, std::string(name), std::string(text));
        } else if (name == "value" && parent == "Data" && !data_name_.empty()) {
            set_xml_field(out_, current_, data_name_, std::string(text));
        } else if (name == "SimpleData" && !data_name_.empty()) {
            set_xml_field(out_, current_, data_name_, std::string(text));
        } else if (name == "when" && parent == "TimeStamp") {
            set_xml_field(out_, current_, "when", trimmed(text));
            if (auto t = time(text, false)) current_.begin = *t, current_.end = *t + 0.999;
        } else if ((name == "begin" || name == "end") && parent == "TimeSpan") {
            set_xml_field(out_, current_, std::string(name), trimmed(text));
            if (auto t = time(text, name == "end")) (name == "begin" ? current_.begin : current_.end) = *t;
        } else if (name == "when" && parent == "Track") {
            if (out_.take_vertices(1)) track_whens_.emplace_back(text); // bounded like coordinates
        } else if (name == "coord" && parent == "Track") {
            if (out_.take_vertices(1)) track_coords_.push_back(track_coordinate(text));
        } else if (name == "Track") {
            close_track();
        } else if (name == "coordinates") {
            LonLatLine coords = kml_coordinates(text);
            if (!out_.take_vertices(coords.size())) return; // over the budget: keep nothing more
            if (parent == "Point") {
                if (!coords.empty()) current_.points.push_back(coords.front());
            } else if (parent == "LineString") {
                current_.lines.push_back(std::move(coords));
                current_.line_times.emplace_back();
            } else if (parent == "LinearRing") {
                const bool outer = path_.size() >= 2 && path_[path_.size() - 2] == "outerBoundaryIs";
                const bool inner = path_.size() >= 2 && path_[path_.size() - 2] == "innerBoundaryIs";
                if (outer) {
                    current_.polygons.push_back({std::move(coords)});
                } else if (inner && !current_.polygons.empty()) {
                    current_.polygons.back().push_back(std::move(coords));
                } else {
                    current_.lines.push_back(std::move(coords));
                    current_.line_times.emplace_back();
                }
            }
        }
    }

    // After the walk: each placemark's colour and width from its style (styles may come after
    // the placemarks that use them).
    void finish() {
        for (size_t i = 0; i < out_.features.size() && i < style_urls_.size(); ++i) {
            std::string url = style_urls_[i];
            if (url.empty()) continue;
            if (url.front() == '#') url.erase(0, 1);
            if (auto m = style_maps_.find(url); m != style_maps_.end())
                url = m->second.front() == '#' ? m->second.substr(1) : m->second;
            auto st = styles_.find(url);
            if (st == styles_.end()) continue;
            XmlFeature& f = out_.features[i];
            if (f.color.empty())
                f.color = !st->second.line_color.empty() ? st->second.line_color : st->second.poly_color;
            if (f.width == 0) f.width = st->second.width;
        }
    }

  private:
    // Style, StyleMap and their parts; true when `name` was one of them.
    bool style_end(std::string_view name, std::string_view parent, std::string_view text) {
        if (name == "color" && parent == "LineStyle") return style_.line_color = kml_color(text), true;
        if (name == "color" && parent == "PolyStyle") return style_.poly_color = kml_color(text), true;
        if (name == "width" && parent == "LineStyle") {
            const double w = xml_number(base::trim(text));
            style_.width = std::isfinite(w) && w > 0 ? std::min(w, 20.0) : 0;
            return true;
        }
        if (name == "key" && parent == "Pair") return pair_key_ = trimmed(text), true;
        if (name == "styleUrl" && parent == "Pair") return pair_url_ = trimmed(text), true;
        if (name == "Pair") {
            if (pair_key_ == "normal" && !style_id_.empty() && !pair_url_.empty())
                style_maps_[style_id_] = pair_url_;
            return true;
        }
        if (name == "StyleMap") return true;
        if (name != "Style") return false;
        if (in_placemark_) { // an inline style is the placemark's own
            current_.color = !style_.line_color.empty() ? style_.line_color : style_.poly_color;
            current_.width = style_.width;
        } else if (!style_id_.empty()) {
            styles_[style_id_] = style_;
        }
        return true;
    }

    static std::string trimmed(std::string_view s) { return std::string(base::trim(s)); }
    std::optional<double> time(std::string_view text, bool is_end) {
        auto t = xml_time(text, is_end);
        if (!t)
            out_.warn(fmt::format("line {}: '{}' is not a time (expected e.g. 2024-06-19 or "
                                  "2024-06-19T10:30:00Z); the placemark shows at every date",
                                  time_line_, quoted_excerpt(text)));
        return t;
    }
    void close_track() {
        LonLatLine line = std::move(track_coords_);
        std::vector<double> times;
        bool timed = !track_whens_.empty() && track_whens_.size() == line.size();
        if (!track_whens_.empty() && !timed)
            out_.warn(fmt::format("line {}: gx:Track has {} <when> for {} <gx:coord>; drawn "
                                  "without its times",
                                  track_line_, track_whens_.size(), line.size()));
        for (size_t i = 0; timed && i < track_whens_.size(); ++i) {
            auto t = xml_time(track_whens_[i], false);
            if (!t) {
                out_.warn(fmt::format("line {}: gx:Track <when> '{}' is not a time; drawn "
                                      "without its times",
                                      track_line_, quoted_excerpt(track_whens_[i])));
                timed = false;
                break;
            }
            times.push_back(*t);
        }
        if (!timed) times.clear();
        current_.lines.push_back(std::move(line));
        current_.line_times.push_back(std::move(times));
        track_whens_.clear(), track_coords_.clear();
    }

    XmlFeatures& out_;
    std::vector<std::string> path_;       // open elements
    std::vector<std::string> containers_; // open Documents/Folders, by name
    bool in_placemark_ = false;
    XmlFeature current_;
    std::string data_name_;
    std::vector<std::string> track_whens_;
    LonLatLine track_coords_;
    int track_line_ = 0, time_line_ = 0;
    KmlStyle style_;
    std::string style_id_, pair_key_, pair_url_, style_url_;
    std::map<std::string, KmlStyle> styles_;
    std::map<std::string, std::string> style_maps_;
    std::vector<std::string> style_urls_; // per placemark read
};

} // namespace

base::Result<XmlFeatures> read_kml_features(const std::string& path,
                                            std::chrono::steady_clock::time_point deadline,
                                            uint64_t max_vertices) {
    return read_xml_features<KmlReader>(path, deadline, max_vertices);
}

} // namespace geo
