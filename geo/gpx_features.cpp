// GPX 1.0/1.1: waypoints (wpt), routes (rte/rtept) and tracks (trk/trkseg/trkpt) with their
// <time>s; each route and track is one feature, a track's segments its lines.
#include "geo/xml_features.hpp"

#include "geo/xml_walk.hpp"

#include <fmt/format.h>

#include <cmath>
#include <optional>

namespace geo {
namespace {

class GpxReader {
  public:
    explicit GpxReader(XmlFeatures& out) : out_(out) {}

    void start(std::string_view name, const std::vector<XmlAttribute>& attrs, int line) {
        path_.emplace_back(name);
        if (name == "wpt" || name == "rte" || name == "trk") {
            in_feature_ = true;
            current_ = XmlFeature{};
            current_.line = line;
            current_.container = name == "wpt" ? "waypoints" : name == "rte" ? "routes" : "tracks";
            if (name == "rte") open_line();
        }
        if (name == "trkseg" && in_feature_) open_line();
        if (name == "wpt" || name == "rtept" || name == "trkpt") {
            LonLat p{std::nan(""), std::nan("")};
            for (const XmlAttribute& a : attrs) {
                if (a.name == "lon") p.lon = xml_number(a.value);
                if (a.name == "lat") p.lat = xml_number(a.value);
            }
            point_ = p, point_time_.reset(), point_line_ = line;
        }
    }

    void end(std::string_view name, std::string_view text) {
        path_.pop_back();
        if (!in_feature_) return;
        const std::string_view parent = path_.empty() ? std::string_view() : std::string_view(path_.back());
        if (name == "time" && (parent == "trkpt" || parent == "rtept" || parent == "wpt")) {
            point_time_ = xml_time(text, false);
            if (!point_time_)
                out_.warn(fmt::format("line {}: <time> '{}' is not a time (expected e.g. "
                                      "2024-06-19T10:30:00Z)",
                                      point_line_, quoted_excerpt(text)));
            if (parent == "wpt") set_xml_field(out_, current_, "time", std::string(text));
        } else if ((name == "name" || name == "desc" || name == "cmt" || name == "type") &&
                   (parent == "wpt" || parent == "rte" || parent == "trk")) {
            set_xml_field(out_, current_, std::string(name), std::string(text));
        } else if (name == "wpt") {
            if (out_.take_vertices(1)) current_.points.push_back(point_);
            if (point_time_) current_.begin = *point_time_, current_.end = *point_time_ + 0.999;
            finish_feature();
        } else if (name == "rtept" || name == "trkpt") {
            if (!current_.lines.empty() && out_.take_vertices(1)) {
                current_.lines.back().push_back(point_);
                times_ok_ = times_ok_ && point_time_.has_value();
                current_.line_times.back().push_back(point_time_.value_or(0));
            }
        } else if (name == "trkseg" || name == "rte") {
            close_line();
            if (name == "rte") finish_feature();
        } else if (name == "trk") {
            finish_feature();
        }
    }

    void finish() {} // nothing to resolve after the walk

  private:
    void open_line() {
        current_.lines.emplace_back();
        current_.line_times.emplace_back();
        times_ok_ = true;
    }
    // A line keeps its times only when every point has one.
    void close_line() {
        if (!current_.line_times.empty() && !times_ok_) current_.line_times.back().clear();
    }
    void finish_feature() {
        in_feature_ = false;
        close_xml_feature(current_);
        out_.features.push_back(std::move(current_));
    }

    XmlFeatures& out_;
    std::vector<std::string> path_;
    bool in_feature_ = false, times_ok_ = true;
    XmlFeature current_;
    LonLat point_{};
    std::optional<double> point_time_;
    int point_line_ = 0;
};

} // namespace

base::Result<XmlFeatures> read_gpx_features(const std::string& path,
                                            std::chrono::steady_clock::time_point deadline,
                                            uint64_t max_vertices) {
    return read_xml_features<GpxReader>(path, deadline, max_vertices);
}

} // namespace geo
