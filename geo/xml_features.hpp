// KML and GPX features with their times, read by our own expat walk: GDAL 3.6's KML driver drops
// <TimeSpan>, <TimeStamp> and gx:Track, its LIBKML driver crashes on a gx:Track without <when>
// (see input_policy.cpp), and its GPX layers split a track from its point times. GDAL still opens
// (and so vets) every such file before this reads it.
#pragma once

#include "base/result.hpp"
#include "geo/lonlat.hpp"
#include "geo/xml_walk.hpp"

#include <chrono>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace geo {

struct XmlFeature {
    // The KML Folder or Document it sits in (by <name>), or GPX's "waypoints", "routes", "tracks"
    // (GDAL's layer names), for `layer = "…"`.
    std::string container;
    // name, description, begin, end, when, then ExtendedData's Data/SimpleData (KML); name, desc,
    // cmt, type, time (GPX). The columns a mapped layer's `fields` name.
    std::vector<std::pair<std::string, std::string>> fields;
    std::vector<LonLat> points;
    std::vector<LonLatLine> lines;                 // LineStrings, LinearRings, tracks, GPX routes/segments
    std::vector<std::vector<LonLatLine>> polygons; // outer ring first
    // Per line: each vertex's time in days (a gx:Track's <when>, a trkpt's <time>); empty when the
    // line has none.
    std::vector<std::vector<double>> line_times;
    // The feature's own time (TimeSpan/TimeStamp, else its track's first and last time), in days.
    double begin = -std::numeric_limits<double>::infinity();
    double end = std::numeric_limits<double>::infinity();
    int line = 0; // where it starts in the file
    // KML: its style's line colour ("#rrggbb", from LineStyle, else PolyStyle) and width; "" and 0
    // when it has none.
    std::string color;
    double width = 0;

    const std::string* field(std::string_view name) const;
};

struct XmlFeatures {
    std::vector<XmlFeature> features;
    std::vector<std::string> columns; // every field name any feature has, in first-seen order
    std::unordered_set<std::string> column_set;
    std::vector<std::string> warnings; // "line 12: <when> 'soon' is not a time; …" (the first few)
    size_t more_warnings = 0;          // beyond those
    uint64_t vertices = 0;             // read so far
    uint64_t max_vertices = 5'000'000; // past it the readers keep no more geometry and fail

    void warn(std::string message);
    // Counts `n` more vertices; false once past max_vertices.
    bool take_vertices(size_t n) { return (vertices += n) <= max_vertices; }
};

// An Error when the file is not well-formed, is refused (DOCTYPE, nesting), takes too long, or
// holds more than `max_vertices` vertices.
base::Result<XmlFeatures> read_kml_features(const std::string& path,
                                            std::chrono::steady_clock::time_point deadline,
                                            uint64_t max_vertices = 5'000'000);
base::Result<XmlFeatures> read_gpx_features(const std::string& path,
                                            std::chrono::steady_clock::time_point deadline,
                                            uint64_t max_vertices = 5'000'000);

// Shared by both readers -------------------------------------------------------------------------

// A decimal number, NaN when `text` is not one (the layer reader then warns about the coordinate).
double xml_number(std::string_view text);
// A KML/GPX time: parse_iso_time, with a date-only end meaning the end of that day.
std::optional<double> xml_time(std::string_view text, bool is_end);
// The reader's error for a file over its vertex budget.
base::Error xml_too_many_vertices(uint64_t max_vertices);
// What both readers do: walk `path` with a Reader(XmlFeatures&) (start, end, finish once walked),
// within the deadline and the vertex budget.
template <class Reader>
base::Result<XmlFeatures> read_xml_features(const std::string& path,
                                            std::chrono::steady_clock::time_point deadline,
                                            uint64_t max_vertices) {
    XmlFeatures out;
    out.max_vertices = max_vertices;
    Reader reader(out);
    if (auto walked = walk_xml_into(path, reader, deadline); !walked) return walked.error();
    if (out.vertices > out.max_vertices) return xml_too_many_vertices(out.max_vertices);
    reader.finish();
    return out;
}
// A file's text quoted in a message: trimmed, at most 80 characters.
std::string quoted_excerpt(std::string_view text);
// Sets a feature field (first value wins) and records the column.
void set_xml_field(XmlFeatures& out, XmlFeature& f, std::string name, std::string value);
// After a feature's geometry is complete: its begin/end from its tracks when it has no own time.
void close_xml_feature(XmlFeature& f);

} // namespace geo
