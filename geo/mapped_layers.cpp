// Rows to briefing objects: look up places by id or name, parse dates and numbers, group flow rows,
// route them over the corridor graph. Every problem names the layer, the feature id and the field.
#include "geo/mapped_layers.hpp"

#include "base/text.hpp"

#include "geo/corridor_graph.hpp"
#include "geo/grading.hpp"
#include "geo/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

namespace geo {
namespace {

constexpr size_t kMaxRowWarnings = 8; // per layer; then one line counting the rest

using base::lower_ascii;
using base::trim;

std::optional<double> parse_number(std::string_view text) {
    text = trim(text);
    double v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

// Case-insensitive lookup of ids and names, with the candidates for "did you mean".
class NameIndex {
  public:
    void add(std::string_view id, std::string_view name, int index) {
        by_key_.emplace(lower_ascii(id), index);
        if (!name.empty()) by_key_.emplace(lower_ascii(name), index);
        names_.emplace_back(name.empty() ? id : name);
    }
    std::optional<int> find(std::string_view key) const {
        auto it = by_key_.find(lower_ascii(trim(key)));
        if (it == by_key_.end()) return std::nullopt;
        return it->second;
    }
    std::string suggestion(std::string_view key) const { return did_you_mean(trim(key), names_); }

  private:
    std::unordered_map<std::string, int> by_key_;
    std::vector<std::string> names_;
};

template <class Enum>
std::optional<Enum> parse_choice(std::string_view text, std::span<const std::string_view> names) {
    const std::string t = lower_ascii(trim(text));
    for (size_t i = 0; i < names.size(); ++i)
        if (names[i] == t) return Enum(i);
    return std::nullopt;
}

// One mapped layer at work: its rows, their field values, and the warnings they earn.
class MappedLayer {
  public:
    MappedLayer(Briefing& b, const Layer& layer, const LayerFeatures& features, std::vector<Diagnostic>& out)
        : b_(b), layer_(layer), f_(features), out_(out) {
        for (size_t i = 0; i < layer.fields.size(); ++i)
            column_of_[layer.fields[i].key] = int(i);
        first_point_.assign(f_.fids.size(), -1);
        first_line_.assign(f_.fids.size(), -1);
        for (size_t p = f_.point_feature.size(); p-- > 0;)
            first_point_[f_.point_feature[p]] = int(p);
        for (size_t l = f_.line_feature.size(); l-- > 0;)
            first_line_[f_.line_feature[l]] = int(l);
    }
    ~MappedLayer() {
        if (warnings_ > kMaxRowWarnings)
            out_.push_back({Diagnostic::Severity::Warning, layer_.where,
                            fmt::format("layer '{}': {} more skipped rows not shown", layer_.id,
                                        warnings_ - kMaxRowWarnings)});
    }

    size_t rows() const { return f_.fids.size(); }
    bool has(std::string_view key) const { return column_of_.count(std::string(key)) > 0; }
    // The row's text for a mapped key; nullopt when the layer does not map it, "" when null.
    std::optional<std::string_view> value(size_t row, std::string_view key) const {
        auto it = column_of_.find(std::string(key));
        if (it == column_of_.end()) return std::nullopt;
        return std::string_view(f_.values[row * layer_.fields.size() + size_t(it->second)]);
    }
    const std::string& column(std::string_view key) const {
        return layer_.fields[size_t(column_of_.at(std::string(key)))].column;
    }
    const LonLat* point(size_t row) const {
        return first_point_[row] >= 0 ? &f_.points[size_t(first_point_[row])] : nullptr;
    }
    const LonLatLine* line(size_t row) const {
        return first_line_[row] >= 0 ? &f_.lines[size_t(first_line_[row])] : nullptr;
    }
    // "layer 'x' feature 12: field 'from' ('origin' = 'Rajn'): unknown place" and a skipped row.
    void skip(size_t row, std::string_view key, std::string_view problem) {
        if (++warnings_ > kMaxRowWarnings) return;
        std::string field;
        if (has(key))
            field = fmt::format(": field '{}' ('{}' = '{}')", key, column(key), *value(row, key));
        else if (!key.empty())
            field = fmt::format(": field '{}'", key);
        out_.push_back({Diagnostic::Severity::Warning, layer_.where,
                        fmt::format("layer '{}' feature {}{}: {}; row skipped", layer_.id, f_.fids[row],
                                    field, problem)});
    }
    void warn(std::string message) {
        out_.push_back(
            {Diagnostic::Severity::Warning, layer_.where, fmt::format("layer '{}': {}", layer_.id, message)});
    }
    // A day from a date field: `ok` false (with a warning) when the text is not a date in the
    // briefing's span; `day` empty when the layer does not map the key or the value is empty.
    struct DayField {
        bool ok = true;
        std::optional<Day> day;
    };
    DayField day(size_t row, std::string_view key) {
        auto text = value(row, key);
        if (!text || trim(*text).empty()) return {};
        auto d = parse_data_day(*text);
        if (!d) {
            skip(row, key, "not a date (expected YYYY-MM-DD, an ISO date-time or a year)");
            return {false, {}};
        }
        if (*d < b_.info.start || *d > b_.info.end) {
            skip(row, key,
                 fmt::format("{} is outside the briefing ({} to {})", format_day(*d),
                             format_day(b_.info.start), format_day(b_.info.end)));
            return {false, {}};
        }
        return {true, d};
    }
    // The row's [from, to] days from date, or start and end; without those fields, the feature's
    // own time (a KML TimeSpan/TimeStamp, a track's first and last time).
    std::optional<std::pair<Day, Day>> span(size_t row) {
        if (!has("date") && !has("start") && std::isfinite(f_.from[row])) {
            const Day from = Day(std::floor(f_.from[row]));
            const Day to = std::isfinite(f_.to[row]) ? Day(std::floor(f_.to[row])) : b_.info.end;
            if (from > b_.info.end || to < b_.info.start) {
                skip(row, "",
                     fmt::format("its time ({} to {}) is outside the briefing ({} to {})", format_day(from),
                                 format_day(to), format_day(b_.info.start), format_day(b_.info.end)));
                return std::nullopt;
            }
            return std::pair{std::max(from, b_.info.start), std::min(std::max(to, from), b_.info.end)};
        }
        const DayField date = day(row, "date");
        if (!date.ok) return std::nullopt;
        if (date.day) return std::pair{*date.day, *date.day};
        const DayField start = day(row, "start"), end = day(row, "end");
        if (!start.ok || !end.ok) return std::nullopt;
        if (!start.day) {
            skip(row, has("start") ? "start" : "date", "no date");
            return std::nullopt;
        }
        const Day from = *start.day, to = end.day ? *end.day : *start.day;
        if (to < from) {
            skip(row, "end",
                 fmt::format("ends ({}) before it starts ({})", format_day(to), format_day(from)));
            return std::nullopt;
        }
        return std::pair{from, to};
    }
    std::vector<int> sources(size_t row, const NameIndex& source_index) {
        std::vector<int> out = layer_.sources;
        if (auto s = value(row, "source"); s && !trim(*s).empty()) {
            auto i = source_index.find(*s);
            if (!i) {
                skip(row, "source", "unknown source" + source_index.suggestion(*s));
                return {-1};
            }
            if (std::find(out.begin(), out.end(), *i) == out.end()) out.push_back(*i);
        }
        return out;
    }

    Briefing& b_;
    const Layer& layer_;

  private:
    const LayerFeatures& f_;
    std::vector<Diagnostic>& out_;
    std::map<std::string, int> column_of_;
    std::vector<int> first_point_, first_line_;
    size_t warnings_ = 0;
};

struct Indexes {
    NameIndex places, actors, sources;
    explicit Indexes(const Briefing& b) { refresh(b); }
    void refresh(const Briefing& b) {
        places = {}, actors = {}, sources = {};
        for (size_t i = 0; i < b.places.size(); ++i)
            places.add(b.places[i].id, b.places[i].name, int(i));
        for (size_t i = 0; i < b.actors.size(); ++i)
            actors.add(b.actors[i].id, b.actors[i].name, int(i));
        for (size_t i = 0; i < b.sources.size(); ++i)
            sources.add(b.sources[i].id, "", int(i));
    }
};

size_t add_places(MappedLayer& m, Indexes& ix) {
    Briefing& b = m.b_;
    size_t added = 0;
    for (size_t row = 0; row < m.rows(); ++row) {
        Place p;
        p.where = m.layer_.where;
        p.kind = m.layer_.kind;
        p.priority = 3;
        p.name = std::string(trim(m.value(row, "name").value_or("")));
        if (p.name.empty()) {
            m.skip(row, "name", "no name");
            continue;
        }
        p.id = m.has("id") ? std::string(trim(*m.value(row, "id"))) : "";
        if (p.id.empty()) p.id = fmt::format("{}-{}", m.layer_.id, row + 1);
        if (ix.places.find(p.id)) {
            m.skip(row, "id", fmt::format("place id '{}' is already taken", p.id));
            continue;
        }
        if (m.has("lon") || m.has("lat")) {
            auto lon = parse_number(m.value(row, "lon").value_or("")),
                 lat = parse_number(m.value(row, "lat").value_or(""));
            if (!lon || !lat || std::abs(*lon) > 180 || std::abs(*lat) > 90) {
                m.skip(row, lon ? "lat" : "lon", "not a longitude/latitude in degrees");
                continue;
            }
            p.lonlat = {*lon, *lat};
        } else if (const LonLat* at = m.point(row)) {
            p.lonlat = *at;
        } else {
            m.skip(row, "", "no point geometry and no lon/lat fields");
            continue;
        }
        if (auto kind = m.value(row, "kind"); kind && !trim(*kind).empty()) {
            auto k = parse_choice<PlaceKind>(*kind, place_kind_names());
            if (!k) {
                m.skip(row, "kind", "unknown place kind" + did_you_mean(trim(*kind), place_kind_names()));
                continue;
            }
            p.kind = *k;
        }
        if (auto pr = m.value(row, "priority"); pr && !trim(*pr).empty()) {
            auto v = parse_number(*pr);
            if (!v || (*v != 1 && *v != 2 && *v != 3)) {
                m.skip(row, "priority", "priority must be 1, 2 or 3");
                continue;
            }
            p.priority = int(*v);
        }
        if (auto actor = m.value(row, "actor"); actor && !trim(*actor).empty()) {
            auto a = ix.actors.find(*actor);
            if (!a) {
                m.skip(row, "actor", "unknown actor" + ix.actors.suggestion(*actor));
                continue;
            }
            p.actor = *a;
        }
        ix.places.add(p.id, p.name, int(b.places.size()));
        b.places.push_back(std::move(p));
        ++added;
    }
    return added;
}

// The place a row names in `key`, or nullopt with a warning.
std::optional<int> row_place(MappedLayer& m, const Indexes& ix, size_t row, std::string_view key) {
    const std::string_view text = trim(m.value(row, key).value_or(""));
    if (text.empty()) {
        m.skip(row, key, "empty");
        return std::nullopt;
    }
    auto p = ix.places.find(text);
    if (!p) m.skip(row, key, "unknown place" + ix.places.suggestion(text));
    return p;
}

size_t add_events(MappedLayer& m, Indexes& ix) {
    Briefing& b = m.b_;
    size_t added = 0;
    for (size_t row = 0; row < m.rows(); ++row) {
        Event e;
        e.where = m.layer_.where;
        e.title = std::string(trim(m.value(row, "title").value_or("")));
        if (e.title.empty()) {
            m.skip(row, "title", "no title");
            continue;
        }
        auto span = m.span(row);
        if (!span) continue;
        e.from = span->first, e.to = span->second;
        e.detail = std::string(trim(m.value(row, "detail").value_or("")));
        e.general_knowledge = m.layer_.general_knowledge;
        if (m.has("place")) {
            auto p = row_place(m, ix, row, "place");
            if (!p) continue;
            e.place = *p;
        } else if (const LonLat* at = m.point(row)) {
            // A point of its own: a small place named after the event.
            Place p;
            p.id = fmt::format("{}-{}", m.layer_.id, row + 1);
            for (int n = 2; ix.places.find(p.id); ++n)
                p.id = fmt::format("{}-{}-{}", m.layer_.id, row + 1, n);
            p.name = e.title, p.lonlat = *at, p.kind = m.layer_.kind, p.priority = 3,
            p.where = m.layer_.where;
            e.place = int(b.places.size());
            ix.places.add(p.id, "", e.place);
            b.places.push_back(std::move(p));
        }
        e.sources = m.sources(row, ix.sources);
        if (!e.sources.empty() && e.sources.back() < 0) continue;
        e.id = fmt::format("{}:{}", m.layer_.id, row + 1);
        b.events.push_back(std::move(e));
        ++added;
    }
    return added;
}

// A corridor drawn for mapped rows: a line feature itself, or a direct line between two places.
int add_corridor(Briefing& b, std::string id, std::string name, CorridorMode mode, std::vector<Waypoint> path,
                 std::string general_knowledge, base::Location where) {
    Corridor c;
    c.id = std::move(id), c.name = std::move(name), c.mode = mode, c.path = std::move(path);
    c.general_knowledge = std::move(general_knowledge), c.where = where;
    b.corridors.push_back(std::move(c));
    return int(b.corridors.size()) - 1;
}

size_t add_flows(MappedLayer& m, Indexes& ix) {
    Briefing& b = m.b_;
    const Layer& layer = m.layer_;
    const CorridorGraph graph(b);
    // One flow per (from, to, category) or, for line rows without places, per line.
    struct Group {
        int from_place = -1, to_place = -1, line_row = -1;
        int from_actor = -1, to_actor = -1;
        FlowCategory category = FlowCategory::Equipment;
        Confidence confidence = Confidence::Possible;
        std::string name;
        std::map<Day, double> dated;  // single-date rows: the day's sum
        std::map<Day, double> deltas; // span rows: +volume where a span starts, -volume after it ends
        std::vector<int> sources;
    };
    std::map<std::tuple<int, int, int, int, int, int>, Group> groups;
    const bool by_place = m.has("from") && m.has("to");
    for (size_t row = 0; row < m.rows(); ++row) {
        Group g;
        const LonLatLine* line = m.line(row);
        if (by_place) {
            auto from = row_place(m, ix, row, "from");
            if (!from) continue;
            auto to = row_place(m, ix, row, "to");
            if (!to) continue;
            if (*from == *to) {
                m.skip(row, "to", "the same place as 'from'");
                continue;
            }
            g.from_place = *from, g.to_place = *to;
            g.from_actor = b.places[size_t(*from)].actor, g.to_actor = b.places[size_t(*to)].actor;
        } else if (line && line->size() >= 2) {
            g.line_row = int(row);
        } else {
            m.skip(row, "", "no line geometry and no from/to fields");
            continue;
        }
        // Who sends and receives: the places' holders, unless the row names the actors.
        bool actors_ok = true;
        for (const auto& [key, actor] :
             {std::pair{"from_actor", &g.from_actor}, std::pair{"to_actor", &g.to_actor}}) {
            const std::string_view text = trim(m.value(row, key).value_or(""));
            if (text.empty()) continue;
            auto a = ix.actors.find(text);
            if (!a) {
                m.skip(row, key, "unknown actor" + ix.actors.suggestion(text));
                actors_ok = false;
                break;
            }
            *actor = *a;
        }
        if (!actors_ok) continue;
        if (auto c = m.value(row, "category"); c && !trim(*c).empty()) {
            auto k = parse_choice<FlowCategory>(*c, flow_category_names());
            if (!k) {
                m.skip(row, "category", "unknown category" + did_you_mean(trim(*c), flow_category_names()));
                continue;
            }
            g.category = *k;
        } else if (layer.category) {
            g.category = *layer.category;
        } else {
            m.skip(row, "category", "no category (map the field or set category = \"...\" on the layer)");
            continue;
        }
        g.confidence = layer.confidence;
        if (auto c = m.value(row, "confidence"); c && !trim(*c).empty()) {
            auto k = parse_choice<Confidence>(*c, confidence_names());
            if (!k) {
                m.skip(row, "confidence", "unknown confidence" + did_you_mean(trim(*c), confidence_names()));
                continue;
            }
            g.confidence = *k;
        }
        double volume = 1.0; // without a volume field, each row counts one
        if (m.has("volume")) {
            auto v = parse_number(*m.value(row, "volume"));
            if (!v || *v < 0) {
                m.skip(row, "volume", "not a number >= 0");
                continue;
            }
            volume = *v;
        }
        auto span = m.span(row);
        if (!span) continue;
        std::vector<int> row_sources = m.sources(row, ix.sources);
        if (!row_sources.empty() && row_sources.back() < 0) continue;
        const auto key =
            std::tuple{g.from_place, g.to_place, int(g.category), g.line_row, g.from_actor, g.to_actor};
        Group& into = groups.try_emplace(key, g).first->second;
        if (into.name.empty()) into.name = std::string(trim(m.value(row, "name").value_or("")));
        if (int(g.confidence) > int(into.confidence)) into.confidence = g.confidence; // the weakest row
        for (int s : row_sources)
            if (std::find(into.sources.begin(), into.sources.end(), s) == into.sources.end())
                into.sources.push_back(s);
        if (span->second > span->first) {
            into.deltas[span->first] += volume;
            into.deltas[span->second + 1] -= volume;
        } else {
            into.dated[span->first] += volume;
        }
    }
    size_t added = 0;
    for (auto& [key, g] : groups) {
        Flow f;
        f.where = layer.where;
        f.category = g.category, f.confidence = g.confidence, f.unit = layer.unit, f.sources = g.sources;
        f.from = g.from_actor, f.to = g.to_actor;
        f.general_knowledge = layer.general_knowledge;
        const std::string category(name_of(g.category));
        if (g.line_row >= 0) {
            std::vector<Waypoint> path;
            for (const LonLat& p : *m.line(size_t(g.line_row)))
                path.push_back({-1, p, {}}); // the corridor holds the layer's location, not each vertex
            f.id = fmt::format("{}:{}:{}", layer.id, g.line_row + 1, category);
            f.route = {add_corridor(b, f.id, g.name.empty() ? f.id : g.name, layer.mode, std::move(path), "",
                                    layer.where)};
        } else {
            const Place& from = b.places[size_t(g.from_place)];
            const Place& to = b.places[size_t(g.to_place)];
            f.id = fmt::format("{}:{}-{}:{}", layer.id, from.id, to.id, category);
            if (auto route = graph.shortest_route(g.from_place, g.to_place)) {
                f.route = *route;
            } else {
                const std::string id = fmt::format("{}:{}-{}", layer.id, from.id, to.id);
                auto existing = std::find_if(b.corridors.begin(), b.corridors.end(),
                                             [&](const Corridor& c) { return c.id == id; });
                f.route = {existing != b.corridors.end()
                               ? int(existing - b.corridors.begin())
                               : add_corridor(b, id, fmt::format("{} – {}", from.name, to.name), layer.mode,
                                              {{g.from_place, from.lonlat, layer.where},
                                               {g.to_place, to.lonlat, layer.where}},
                                              fmt::format("A direct line: the briefing's corridors do not "
                                                          "connect {} and {}.",
                                                          from.name, to.name),
                                              layer.where)};
            }
            if (g.name.empty()) g.name = fmt::format("{}: {} – {}", category, from.name, to.name);
        }
        f.name = g.name.empty() ? layer.name : g.name;
        // Single dates alone: the day's sums, the volume running linearly between them. With spans: a
        // step series of everything moving that day (a dated row then counts for its day only).
        if (g.deltas.empty()) {
            for (const auto& [day, v] : g.dated)
                f.volume.points.push_back({day, v});
        } else {
            for (const auto& [day, v] : g.dated)
                g.deltas[day] += v, g.deltas[day + 1] -= v;
            double running = 0;
            for (const auto& [day, v] : g.deltas) {
                running += v;
                f.volume.points.push_back({day, std::max(running, 0.0)});
            }
            f.volume.interpolation = Interpolation::Step;
        }
        // Ids stay unique when groups differ only by the actors a row names.
        const std::string base_id = f.id;
        for (int n = 2;
             std::any_of(b.flows.begin(), b.flows.end(), [&](const Flow& o) { return o.id == f.id; }); ++n)
            f.id = fmt::format("{}~{}", base_id, n);
        if (auto problem = grading_problem(b.sources, f.sources, f.confidence))
            m.warn(fmt::format("flow '{}': {}", f.id, *problem));
        b.flows.push_back(std::move(f));
        ++added;
    }
    return added;
}

// Slides' fit and focus ids that only mapped layers could define: found now, or warned about.
void resolve_slide_references(Briefing& b, const Indexes& ix, std::vector<Diagnostic>& out) {
    std::vector<std::string> focusable;
    for (const Flow& f : b.flows)
        focusable.push_back(f.id);
    for (const Place& p : b.places)
        focusable.push_back(p.id);
    for (const Theater& t : b.theaters)
        focusable.push_back(t.id);
    for (const Event& e : b.events)
        focusable.push_back(e.id);
    for (size_t n = 0; n < b.slides.size(); ++n) {
        Slide& s = b.slides[n];
        const std::string what = fmt::format("slide {} '{}'", n + 1, s.title);
        for (const std::string& id : s.pending_fit) {
            if (auto p = ix.places.find(id))
                s.fit.push_back(*p);
            else
                out.push_back({Diagnostic::Severity::Warning, s.where,
                               fmt::format("{}: fit on unknown place '{}'{}, neither in the briefing nor "
                                           "from its layers",
                                           what, id, ix.places.suggestion(id))});
        }
        for (const std::string& id : s.pending_focus) {
            if (std::find(focusable.begin(), focusable.end(), id) != focusable.end())
                s.focus.push_back(id);
            else
                out.push_back({Diagnostic::Severity::Warning, s.where,
                               fmt::format("{}: focus on unknown id '{}'{}, neither in the briefing nor from "
                                           "its layers",
                                           what, id, did_you_mean(id, focusable))});
        }
        s.pending_fit.clear(), s.pending_focus.clear();
    }
}

} // namespace

std::optional<Day> parse_data_day(std::string_view text) {
    text = trim(text);
    if (text.size() == 4 &&
        std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit((unsigned char)c); }))
        return day_from_ymd(std::stoi(std::string(text)), 1, 1);
    if (text.size() < 10) return std::nullopt;
    std::string date(text.substr(0, 10));
    if (date[4] == '/' && date[7] == '/') date[4] = date[7] = '-';
    if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
    return parse_day(date);
}

MappedCounts apply_mapped_layers(Briefing& briefing, std::vector<LayerFeatures>& layers,
                                 std::vector<Diagnostic>& diagnostics) {
    MappedCounts counts;
    Indexes ix(briefing);
    for (LayerRole role : {LayerRole::Places, LayerRole::Events, LayerRole::Flows}) {
        for (size_t i = 0; i < briefing.layers.size() && i < layers.size(); ++i) {
            const Layer layer = briefing.layers[i]; // a copy: adding objects may move the briefing's vectors
            if (layer.role != role) continue;
            MappedLayer m(briefing, layer, layers[i], diagnostics);
            if (role == LayerRole::Places) counts.places += add_places(m, ix);
            if (role == LayerRole::Events) counts.events += add_events(m, ix);
            if (role == LayerRole::Flows) counts.flows += add_flows(m, ix);
        }
    }
    for (size_t i = 0; i < briefing.layers.size() && i < layers.size(); ++i)
        if (briefing.layers[i].role != LayerRole::Drawn) layers[i] = {};
    resolve_slide_references(briefing, ix, diagnostics);
    return counts;
}

} // namespace geo
