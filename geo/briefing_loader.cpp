// Parsing briefing.toml with toml++ and resolving/validating everything into a Briefing.
// Every problem becomes a Diagnostic with file:line:col; loading never stops at the first one.
#include "geo/briefing.hpp"

#include "base/text.hpp"
#include "geo/projection.hpp"

#include "geo/calendar.hpp"
#include "geo/grading.hpp"
#include "geo/input_policy.hpp"
#include "geo/suggest.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace geo {
namespace {

constexpr size_t kMaxBriefingBytes = 16u
                                     << 20; // a briefing is text written by people; 16 MB is absurd already

class Loader {
  public:
    Loader(std::string path, const CountryCatalog& countries, std::vector<Diagnostic>& out)
        : path_(std::move(path)), countries_(countries), diags_(out) {}

    void load(const toml::table& root);
    Briefing take() { return std::move(b_); }

  private:
    // --- reporting
    base::Location at(const toml::node& n) const {
        return base::Location{path_, int(n.source().begin.line), int(n.source().begin.column)};
    }
    void error(const toml::node& n, std::string message) {
        diags_.push_back({Diagnostic::Severity::Error, at(n), std::move(message)});
    }
    void warning(const toml::node& n, std::string message) {
        diags_.push_back({Diagnostic::Severity::Warning, at(n), std::move(message)});
    }

    // --- typed fields; `what` names the object in messages ("flow 'prk-shells'")
    const toml::node* field(const toml::table& t, std::string_view key, bool required,
                            const std::string& what) {
        const toml::node* n = t.get(key);
        if (!n && required) error(t, fmt::format("{} has no '{}'", what, key));
        return n;
    }
    std::optional<std::string> text(const toml::table& t, std::string_view key, bool required,
                                    const std::string& what) {
        const toml::node* n = field(t, key, required, what);
        if (!n) return std::nullopt;
        if (auto s = n->value<std::string>()) {
            if (required && s->empty()) error(*n, fmt::format("{}: '{}' is empty", what, key));
            return *s;
        }
        error(*n, fmt::format("{}: '{}' must be a string in quotes", what, key));
        return std::nullopt;
    }
    std::optional<double> number(const toml::node& n, const std::string& what, std::string_view key) {
        if (auto v = n.value<double>(); v && (n.is_floating_point() || n.is_integer())) {
            if (!std::isfinite(*v)) {
                error(n, fmt::format("{}: '{}' must be a finite number", what, key));
                return std::nullopt;
            }
            return *v;
        }
        error(n, fmt::format("{}: '{}' must be a number", what, key));
        return std::nullopt;
    }
    std::optional<Day> date(const toml::node& n, const std::string& what, std::string_view key) {
        if (const auto* d = n.as_date()) {
            const toml::date v = d->get();
            const auto day = parse_day(fmt::format("{:04}-{:02}-{:02}", v.year, v.month, v.day));
            if (!day) error(n, fmt::format("{}: '{}' is not a real calendar date", what, key));
            return day;
        }
        if (n.is_string()) {
            error(n, fmt::format("{}: '{}' must be a TOML date without quotes, e.g. {} = 2024-06-19", what,
                                 key, key));
        } else {
            error(n, fmt::format("{}: '{}' must be a date such as 2024-06-19", what, key));
        }
        return std::nullopt;
    }
    std::optional<Day> date_field(const toml::table& t, std::string_view key, bool required,
                                  const std::string& what) {
        const toml::node* n = field(t, key, required, what);
        return n ? date(*n, what, key) : std::nullopt;
    }
    // [from, to] with from <= to, both inside the briefing.
    std::optional<std::pair<Day, Day>> date_range(const toml::node& n, const std::string& what,
                                                  std::string_view key) {
        const toml::array* a = n.as_array();
        if (!a || a->size() != 2) {
            error(n, fmt::format("{}: {} must be [from, to], two dates", what, key));
            return std::nullopt;
        }
        const auto from = date(*a->get(0), what, key);
        const auto to = date(*a->get(1), what, key);
        if (!from.has_value() || !to.has_value()) return std::nullopt;
        if (to.value() < from.value()) {
            error(n, fmt::format("{}: {} ends ({}) before it starts ({})", what, key, format_day(to.value()),
                                 format_day(from.value())));
            return std::nullopt;
        }
        check_in_span(*a->get(0), from.value(), what);
        check_in_span(*a->get(1), to.value(), what);
        return std::pair{from.value(), to.value()};
    }
    // Dates must lie inside the briefing's span (once known).
    void check_in_span(const toml::node& n, Day day, const std::string& what) {
        if (!span_known_) return;
        if (day < b_.info.start || day > b_.info.end)
            error(n, fmt::format("{}: date {} is outside the briefing ({} to {})", what, format_day(day),
                                 format_day(b_.info.start), format_day(b_.info.end)));
    }
    template <class Enum>
    std::optional<Enum> choice(const toml::table& t, std::string_view key,
                               std::span<const std::string_view> names, const std::string& what,
                               bool required = true) {
        auto s = text(t, key, required, what);
        if (!s) return std::nullopt;
        for (size_t i = 0; i < names.size(); ++i)
            if (names[i] == *s) return static_cast<Enum>(i);
        std::string list;
        for (auto n : names)
            list += (list.empty() ? "" : ", ") + std::string(n);
        error(*t.get(key), fmt::format("{}: unknown {} '{}'{}; expected one of: {}", what, key, *s,
                                       did_you_mean(*s, names), list));
        return std::nullopt;
    }
    std::optional<LonLat> lonlat(const toml::node& n, const std::string& what) {
        const toml::array* a = n.as_array();
        if (!a || a->size() != 2) {
            error(n, fmt::format("{}: expected [longitude, latitude] in degrees", what));
            return std::nullopt;
        }
        auto lon = number(*a->get(0), what, "longitude"), lat = number(*a->get(1), what, "latitude");
        if (!lon || !lat) return std::nullopt;
        if (std::abs(*lon) > 180 || std::abs(*lat) > 90) {
            error(n, fmt::format("{}: [{}, {}] is outside longitude -180..180, latitude -90..90 (swapped?)",
                                 what, *lon, *lat));
            return std::nullopt;
        }
        return LonLat{*lon, *lat};
    }

    // --- ids
    bool valid_id(const toml::node& n, const std::string& id, bool allow_upper) {
        const bool ok = !id.empty() && std::all_of(id.begin(), id.end(), [&](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                   (allow_upper && c >= 'A' && c <= 'Z');
        });
        if (!ok)
            error(n, fmt::format("id '{}' may only use lowercase letters, digits, '-' and '_'{}", id,
                                 allow_upper ? " (and upper-case letters for actors)" : ""));
        return ok;
    }
    // Registers an id of one kind; returns false for a duplicate (reported).
    bool declare(std::map<std::string, int>& index, const toml::node& n, const std::string& id, int at,
                 std::string_view kind) {
        auto [it, added] = index.emplace(id, at);
        if (!added) error(n, fmt::format("duplicate {} id '{}'", kind, id));
        return added;
    }
    int resolve(const std::map<std::string, int>& index, const toml::node& n, const std::string& id,
                std::string_view kind, const std::string& what) {
        if (auto it = index.find(id); it != index.end()) return it->second;
        std::vector<std::string> known;
        for (const auto& [k, v] : index)
            known.push_back(k);
        error(n, fmt::format("{}: unknown {} '{}'{}", what, kind, id, did_you_mean(id, known)));
        return -1;
    }
    std::vector<int> source_list(const toml::table& t, const std::string& what, bool fact) {
        std::vector<int> out;
        const toml::node* n = t.get("sources");
        if (!n) {
            if (fact) warning(t, fmt::format("{} cites no source; add sources = [\"...\"]", what));
            return out;
        }
        const toml::array* a = n->as_array();
        if (!a) {
            error(*n, fmt::format("{}: 'sources' must be a list of source ids", what));
            return out;
        }
        for (const toml::node& el : *a) {
            auto id = el.value<std::string>();
            if (!id) {
                error(el, fmt::format("{}: source ids must be strings", what));
                continue;
            }
            const int i = resolve(source_index_, el, *id, "source", what);
            if (i >= 0) out.push_back(i), cited_.insert(i);
        }
        if (out.empty() && fact && a->empty()) warning(*n, fmt::format("{} cites no source", what));
        return out;
    }
    void check_keys(const toml::table& t, std::initializer_list<std::string_view> allowed,
                    const std::string& what) {
        const std::vector<std::string_view> names(allowed);
        for (auto&& [key, value] : t) {
            if (std::find(names.begin(), names.end(), key.str()) != names.end()) continue;
            warning(value, fmt::format("{}: unknown key '{}' is ignored{}", what, key.str(),
                                       did_you_mean(key.str(), std::span<const std::string_view>(names))));
        }
    }
    // Starts one [[kind]] entry: reads its id, names it for messages ("flow 'x'"), checks its keys
    // and registers the id. False for a duplicate id (reported): the caller skips the entry.
    bool begin_entry(const toml::table& t, std::string_view kind, std::map<std::string, int>& index,
                     int at_index, bool allow_upper, std::initializer_list<std::string_view> keys,
                     std::string& id, std::string& what) {
        const bool vowel = kind.find_first_of("aeiou") == 0;
        id = text(t, "id", true, fmt::format("{} [[{}]]", vowel ? "an" : "a", kind)).value_or("");
        what = fmt::format("{} '{}'", kind, id);
        check_keys(t, keys, what);
        return id.empty() || !valid_id(*t.get("id"), id, allow_upper) ||
               declare(index, *t.get("id"), id, at_index, kind);
    }

    // Each [[kind]] entry as a table, with a clear error for anything else.
    std::vector<const toml::table*> entries(const toml::table& root, std::string_view kind) {
        std::vector<const toml::table*> out;
        const toml::node* n = root.get(kind);
        if (!n) return out;
        const toml::array* a = n->as_array();
        if (!a) {
            error(*n,
                  fmt::format("'{}' must be a list of tables: write [[{}]] above each entry", kind, kind));
            return out;
        }
        for (const toml::node& el : *a) {
            if (const toml::table* t = el.as_table())
                out.push_back(t);
            else
                error(el, fmt::format("each [[{}]] entry must be a table", kind));
        }
        return out;
    }

    void load_info(const toml::table& root);
    void load_sources(const toml::table& root);
    void load_actors(const toml::table& root);
    void load_places(const toml::table& root);
    void load_corridors(const toml::table& root);
    void load_theaters(const toml::table& root);
    void load_flows(const toml::table& root);
    void load_events(const toml::table& root);
    void load_layers(const toml::table& root);
    void load_layer_mapping(const toml::table& t, Layer& l, const std::string& what);
    void load_slides(const toml::table& root);
    bool country_known(const std::string& code) const {
        return countries_.codes.empty() ||
               std::find(countries_.codes.begin(), countries_.codes.end(), code) != countries_.codes.end();
    }
    void check_country(const toml::table& t, const std::string& code, const std::string& what) {
        if (!country_known(code))
            error(*t.get("country"),
                  fmt::format("{}: unknown country code '{}'{}; expected an ISO 3166 alpha-3 code "
                              "such as RUS or PRK",
                              what, code, did_you_mean(code, countries_.codes)));
    }

    std::string path_;
    const CountryCatalog& countries_;
    std::vector<Diagnostic>& diags_;
    Briefing b_;
    bool span_known_ = false;
    std::map<std::string, int> source_index_, actor_index_, place_index_, corridor_index_, theater_index_,
        flow_index_, event_index_, layer_index_;
    std::set<int> cited_;
};

void Loader::load(const toml::table& root) {
    check_keys(
        root,
        {"briefing", "source", "actor", "place", "corridor", "theater", "flow", "event", "layer", "slide"},
        "briefing file");
    b_.path = path_;
    load_info(root);
    load_sources(root);
    load_actors(root);
    load_places(root);
    load_corridors(root);
    load_theaters(root);
    load_flows(root);
    load_events(root);
    load_layers(root);
    load_slides(root);
    for (size_t i = 0; i < b_.sources.size(); ++i) {
        if (cited_.count(int(i))) continue;
        diags_.push_back({Diagnostic::Severity::Warning, b_.sources[i].where,
                          fmt::format("source '{}' is never cited", b_.sources[i].id)});
    }
}

void Loader::load_info(const toml::table& root) {
    const toml::node* n = root.get("briefing");
    const toml::table* t = n ? n->as_table() : nullptr;
    if (!t) {
        diags_.push_back({Diagnostic::Severity::Error, base::Location{path_, 1, 1},
                          "missing [briefing] table with title, start and end"});
        return;
    }
    const std::string what = "[briefing]";
    check_keys(*t, {"title", "subtitle", "start", "end", "projection", "home", "basemap"}, what);
    b_.info.title = text(*t, "title", true, what).value_or("");
    b_.info.subtitle = text(*t, "subtitle", false, what).value_or("");
    b_.info.projection = text(*t, "projection", false, what).value_or("");
    // Checked here exactly as `render` builds it, so `check` reports what `render` would refuse.
    if (!b_.info.projection.empty())
        if (auto projection = Projection::create(b_.info.projection); !projection)
            error(*t->get("projection"), "[briefing]: " + projection.error().message);
    b_.info.basemap = text(*t, "basemap", false, what).value_or("");
    if (!b_.info.basemap.empty() && b_.info.basemap != "110m" && b_.info.basemap != "50m" &&
        b_.info.basemap != "10m")
        error(*t->get("basemap"),
              fmt::format("[briefing]: unknown basemap '{}'; expected 110m, 50m or 10m", b_.info.basemap));
    auto start = date_field(*t, "start", true, what), end = date_field(*t, "end", true, what);
    if (start && end) {
        if (*end < *start)
            error(*t->get("end"),
                  fmt::format("[briefing]: end {} is before start {}", format_day(*end), format_day(*start)));
        b_.info.start = *start;
        b_.info.end = *end;
        span_known_ = *end >= *start;
    }
    if (const toml::node* home = t->get("home")) {
        const toml::array* a = home->as_array();
        std::array<double, 4> box{};
        bool ok = a && a->size() == 4;
        for (size_t i = 0; ok && i < 4; ++i) {
            auto v = number(*a->get(i), what, "home");
            ok = v.has_value();
            if (ok) box[i] = *v;
        }
        if (ok && (box[0] >= box[2] || box[1] >= box[3] || std::abs(box[1]) > 90 || std::abs(box[3]) > 90))
            ok = false;
        if (ok)
            b_.info.home = box;
        else
            error(
                *home,
                "[briefing]: home must be [west, south, east, north] in degrees, west < east, south < north");
    }
}

void Loader::load_sources(const toml::table& root) {
    for (const toml::table* t : entries(root, "source")) {
        Source s;
        s.where = at(*t);
        std::string what;
        if (!begin_entry(*t, "source", source_index_, int(b_.sources.size()), false,
                         {"id", "title", "publisher", "date", "url", "reliability", "credibility", "summary"},
                         s.id, what))
            continue;
        s.title = text(*t, "title", true, what).value_or("");
        s.publisher = text(*t, "publisher", true, what).value_or("");
        s.url = text(*t, "url", false, what).value_or("");
        s.summary = text(*t, "summary", true, what).value_or("");
        s.date = date_field(*t, "date", true, what).value_or(0);
        if (auto r = text(*t, "reliability", true, what)) {
            if (r->size() == 1 && (*r)[0] >= 'A' && (*r)[0] <= 'F')
                s.reliability = (*r)[0];
            else
                error(*t->get("reliability"),
                      fmt::format("{}: reliability '{}' must be one letter A (completely "
                                  "reliable) to F (cannot be judged)",
                                  what, *r));
        }
        if (const toml::node* c = field(*t, "credibility", true, what)) {
            auto v = c->value<int64_t>();
            if (c->is_integer() && v && *v >= 1 && *v <= 6)
                s.credibility = int(*v);
            else
                error(*c, fmt::format(
                              "{}: credibility must be a whole number 1 (confirmed) to 6 (cannot be judged)",
                              what));
        }
        b_.sources.push_back(std::move(s));
    }
}

void Loader::load_actors(const toml::table& root) {
    for (const toml::table* t : entries(root, "actor")) {
        Actor a;
        a.where = at(*t);
        std::string what;
        if (!begin_entry(*t, "actor", actor_index_, int(b_.actors.size()), true,
                         {"id", "name", "country", "color"}, a.id, what))
            continue;
        a.name = text(*t, "name", true, what).value_or("");
        a.country = text(*t, "country", false, what).value_or("");
        if (!a.country.empty()) check_country(*t, a.country, what);
        a.color = text(*t, "color", false, what).value_or("");
        const bool hex = a.color.size() == 7 && a.color[0] == '#' &&
                         a.color.find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos;
        if (!a.color.empty() && !hex)
            error(*t->get("color"), fmt::format("{}: color '{}' must be \"#rrggbb\"", what, a.color));
        b_.actors.push_back(std::move(a));
    }
}

void Loader::load_places(const toml::table& root) {
    for (const toml::table* t : entries(root, "place")) {
        Place p;
        p.where = at(*t);
        std::string what;
        if (!begin_entry(*t, "place", place_index_, int(b_.places.size()), false,
                         {"id", "name", "local_name", "lonlat", "kind", "actor", "priority"}, p.id, what))
            continue;
        p.name = text(*t, "name", true, what).value_or("");
        p.local_name = text(*t, "local_name", false, what).value_or("");
        if (const toml::node* n = field(*t, "lonlat", true, what))
            p.lonlat = lonlat(*n, what).value_or(LonLat{});
        p.kind = choice<PlaceKind>(*t, "kind", place_kind_names(), what).value_or(PlaceKind::City);
        if (auto actor = text(*t, "actor", false, what))
            p.actor = resolve(actor_index_, *t->get("actor"), *actor, "actor", what);
        if (const toml::node* n = t->get("priority")) {
            auto v = n->value<int64_t>();
            if (n->is_integer() && v && *v >= 1 && *v <= 3)
                p.priority = int(*v);
            else
                error(*n, fmt::format("{}: priority must be 1, 2 or 3", what));
        }
        b_.places.push_back(std::move(p));
    }
}

void Loader::load_corridors(const toml::table& root) {
    for (const toml::table* t : entries(root, "corridor")) {
        Corridor c;
        c.where = at(*t);
        std::string what;
        if (!begin_entry(*t, "corridor", corridor_index_, int(b_.corridors.size()), false,
                         {"id", "name", "mode", "path", "sources", "general_knowledge"}, c.id, what))
            continue;
        c.name = text(*t, "name", false, what).value_or("");
        c.mode =
            choice<CorridorMode>(*t, "mode", corridor_mode_names(), what).value_or(CorridorMode::Undisclosed);
        if (const toml::node* n = field(*t, "path", true, what)) {
            const toml::array* a = n->as_array();
            if (!a) {
                error(*n, fmt::format("{}: path must be a list of place ids or [lon, lat] pairs", what));
            } else {
                for (const toml::node& el : *a) {
                    Waypoint w;
                    w.where = at(el);
                    if (auto id = el.value<std::string>()) {
                        w.place = resolve(place_index_, el, *id, "place", what);
                        if (w.place < 0) continue;
                        w.lonlat = b_.places[size_t(w.place)].lonlat;
                    } else if (auto p = lonlat(el, what)) {
                        w.lonlat = *p;
                    } else {
                        continue;
                    }
                    c.path.push_back(w);
                }
                if (a->size() < 2) error(*n, fmt::format("{}: path needs at least two waypoints", what));
            }
        }
        c.sources = source_list(*t, what, false);
        c.general_knowledge = text(*t, "general_knowledge", false, what).value_or("");
        if (c.sources.empty() && c.general_knowledge.empty())
            warning(*t, fmt::format("{} does not say where its route comes from: cite sources = [\"...\"] "
                                    "that give it, or say general_knowledge = \"...\"",
                                    what));
        b_.corridors.push_back(std::move(c));
    }
}

void Loader::load_theaters(const toml::table& root) {
    for (const toml::table* t : entries(root, "theater")) {
        Theater th;
        th.where = at(*t);
        std::string what;
        if (!begin_entry(*t, "theater", theater_index_, int(b_.theaters.size()), false,
                         {"id", "name", "country", "around", "radius_km", "kind", "status", "sources",
                          "general_knowledge"},
                         th.id, what))
            continue;
        th.name = text(*t, "name", true, what).value_or("");
        th.kind = choice<TheaterKind>(*t, "kind", theater_kind_names(), what).value_or(TheaterKind::Combat);
        th.country = text(*t, "country", false, what).value_or("");
        if (!th.country.empty()) check_country(*t, th.country, what);
        if (auto around = text(*t, "around", false, what)) {
            th.around = resolve(place_index_, *t->get("around"), *around, "place", what);
            const toml::node* r = field(*t, "radius_km", true, what);
            if (r) th.radius_km = number(*r, what, "radius_km").value_or(0);
            if (r && !(th.radius_km > 0 && th.radius_km <= 5000))
                error(*r, fmt::format("{}: radius_km must be between 0 and 5000", what));
        }
        if (th.country.empty() == !t->get("around"))
            error(*t, fmt::format("{}: give either country = \"ISO\" or around = \"place\" with radius_km",
                                  what));
        if (const toml::node* n = field(*t, "status", true, what)) {
            const toml::array* a = n->as_array();
            if (!a || a->empty())
                error(*n, fmt::format("{}: status must be a list of {{ from, to, state }}", what));
            for (size_t i = 0; a && i < a->size(); ++i) {
                const toml::table* s = a->get(i)->as_table();
                if (!s) {
                    error(*a->get(i),
                          fmt::format("{}: each status must be {{ from = date, to = date, state = \"...\" }}",
                                      what));
                    continue;
                }
                check_keys(*s, {"from", "to", "state"}, what + " status");
                auto from = date_field(*s, "from", true, what), to = date_field(*s, "to", true, what);
                auto state = choice<TheaterState>(*s, "state", theater_state_names(), what);
                if (!from || !to || !state) continue;
                if (*to < *from)
                    error(*s, fmt::format("{}: status ends ({}) before it starts ({})", what, format_day(*to),
                                          format_day(*from)));
                check_in_span(*s->get("from"), *from, what);
                check_in_span(*s->get("to"), *to, what);
                if (!th.status.empty() && *from <= th.status.back().to)
                    error(*s,
                          fmt::format("{}: status intervals must be in time order without overlap", what));
                th.status.push_back({*from, *to, *state});
            }
        }
        th.sources = source_list(*t, what, true);
        th.general_knowledge = text(*t, "general_knowledge", false, what).value_or("");
        b_.theaters.push_back(std::move(th));
    }
}

void Loader::load_flows(const toml::table& root) {
    for (const toml::table* t : entries(root, "flow")) {
        Flow f;
        f.where = at(*t);
        std::string what;
        if (!begin_entry(*t, "flow", flow_index_, int(b_.flows.size()), false,
                         {"id", "name", "from", "to", "category", "route", "volume", "unit", "interpolation",
                          "confidence", "sources", "note", "general_knowledge"},
                         f.id, what))
            continue;
        f.name = text(*t, "name", false, what).value_or("");
        f.note = text(*t, "note", false, what).value_or("");
        f.unit = text(*t, "unit", false, what).value_or("relative");
        if (auto from = text(*t, "from", true, what))
            f.from = resolve(actor_index_, *t->get("from"), *from, "actor", what);
        if (auto to = text(*t, "to", true, what))
            f.to = resolve(actor_index_, *t->get("to"), *to, "actor", what);
        f.category = choice<FlowCategory>(*t, "category", flow_category_names(), what)
                         .value_or(FlowCategory::Equipment);
        f.confidence =
            choice<Confidence>(*t, "confidence", confidence_names(), what).value_or(Confidence::Possible);
        if (t->get("interpolation")) {
            constexpr std::string_view kInterp[] = {"linear", "step"};
            f.volume.interpolation =
                choice<Interpolation>(*t, "interpolation", kInterp, what).value_or(Interpolation::Linear);
        }
        if (const toml::node* n = field(*t, "route", true, what)) {
            const toml::array* a = n->as_array();
            if (!a || a->empty())
                error(*n, fmt::format("{}: route must be a non-empty list of corridor ids", what));
            for (size_t i = 0; a && i < a->size(); ++i) {
                auto id = a->get(i)->value<std::string>();
                if (!id) {
                    error(*a->get(i), fmt::format("{}: route entries must be corridor ids", what));
                    continue;
                }
                const int c = resolve(corridor_index_, *a->get(i), *id, "corridor", what);
                if (c < 0) continue;
                // Each corridor must start where the previous one ended.
                if (!f.route.empty()) {
                    const Corridor& prev = b_.corridors[size_t(f.route.back())];
                    const Corridor& next = b_.corridors[size_t(c)];
                    if (!prev.path.empty() && !next.path.empty()) {
                        const LonLat e = prev.path.back().lonlat, s = next.path.front().lonlat;
                        if (std::abs(e.lon - s.lon) > 1e-6 || std::abs(e.lat - s.lat) > 1e-6)
                            error(*a->get(i),
                                  fmt::format("{}: route does not connect: corridor '{}' ends at {} but '{}' "
                                              "starts at {}",
                                              what, prev.id,
                                              prev.path.back().place >= 0
                                                  ? "'" + b_.places[size_t(prev.path.back().place)].id + "'"
                                                  : fmt::format("[{}, {}]", e.lon, e.lat),
                                              next.id,
                                              next.path.front().place >= 0
                                                  ? "'" + b_.places[size_t(next.path.front().place)].id + "'"
                                                  : fmt::format("[{}, {}]", s.lon, s.lat)));
                    }
                }
                f.route.push_back(c);
            }
        }
        if (const toml::node* n = field(*t, "volume", true, what)) {
            const toml::array* a = n->as_array();
            if (!a || a->empty())
                error(*n, fmt::format("{}: volume must be a list of [date, value] pairs", what));
            for (size_t i = 0; a && i < a->size(); ++i) {
                const toml::node& el = *a->get(i);
                const toml::array* pair = el.as_array();
                if (!pair || pair->size() != 2) {
                    error(el, fmt::format("{}: each volume point must be [date, value]", what));
                    continue;
                }
                auto day = date(*pair->get(0), what, "volume date");
                auto value = number(*pair->get(1), what, "volume value");
                if (!day || !value) continue;
                if (*value < 0) {
                    error(*pair->get(1),
                          fmt::format("{}: volume {} is negative; volumes are >= 0", what, *value));
                    continue;
                }
                check_in_span(*pair->get(0), *day, what);
                if (!f.volume.points.empty() && *day <= f.volume.points.back().day) {
                    error(el, fmt::format("{}: volume dates must increase ({} follows {})", what,
                                          format_day(*day), format_day(f.volume.points.back().day)));
                    continue;
                }
                f.volume.points.push_back({*day, *value});
            }
        }
        // The route should leave from the sender and arrive at the receiver where places say who holds them.
        if (!f.route.empty() && f.from >= 0 && f.to >= 0) {
            const Corridor& first = b_.corridors[size_t(f.route.front())];
            const Corridor& last = b_.corridors[size_t(f.route.back())];
            auto holder = [&](const Waypoint& w) {
                return w.place >= 0 ? b_.places[size_t(w.place)].actor : -1;
            };
            if (!first.path.empty() && holder(first.path.front()) >= 0 &&
                holder(first.path.front()) != f.from)
                warning(*t->get("route"),
                        fmt::format("{}: route starts at '{}', held by '{}', not by the sender '{}'", what,
                                    b_.places[size_t(first.path.front().place)].id,
                                    b_.actors[size_t(holder(first.path.front()))].id,
                                    b_.actors[size_t(f.from)].id));
            if (!last.path.empty() && holder(last.path.back()) >= 0 && holder(last.path.back()) != f.to)
                warning(*t->get("route"),
                        fmt::format("{}: route ends at '{}', held by '{}', not by the receiver '{}'", what,
                                    b_.places[size_t(last.path.back().place)].id,
                                    b_.actors[size_t(holder(last.path.back()))].id,
                                    b_.actors[size_t(f.to)].id));
        }
        if (f.unit == "relative" && f.volume.peak() > 1.0 + 1e-9)
            warning(*t->get("volume"),
                    fmt::format("{}: relative volumes run 0 to 1, but this one peaks at {}; set "
                                "unit = \"...\" for absolute values",
                                what, f.volume.peak()));
        f.sources = source_list(*t, what, true);
        f.general_knowledge = text(*t, "general_knowledge", false, what).value_or("");
        if (auto problem = grading_problem(b_.sources, f.sources, f.confidence)) {
            const toml::node* c = t->get("confidence");
            warning(c ? *c : static_cast<const toml::node&>(*t), fmt::format("{}: {}", what, *problem));
        }
        b_.flows.push_back(std::move(f));
    }
}

void Loader::load_events(const toml::table& root) {
    for (const toml::table* t : entries(root, "event")) {
        Event e;
        e.where = at(*t);
        std::string what;
        if (!begin_entry(
                *t, "event", event_index_, int(b_.events.size()), false,
                {"id", "date", "dates", "place", "title", "detail", "sources", "general_knowledge", "pause"},
                e.id, what))
            continue;
        e.title = text(*t, "title", true, what).value_or("");
        e.detail = text(*t, "detail", false, what).value_or("");
        if (const toml::node* d = t->get("date")) {
            if (auto day = date(*d, what, "date")) e.from = e.to = *day, check_in_span(*d, *day, what);
        } else if (const toml::node* ds = t->get("dates")) {
            if (auto range = date_range(*ds, what, "dates")) e.from = range->first, e.to = range->second;
        } else {
            error(*t, fmt::format("{} has no 'date' (or 'dates' = [from, to])", what));
        }
        if (auto place = text(*t, "place", false, what))
            e.place = resolve(place_index_, *t->get("place"), *place, "place", what);
        if (const toml::node* p = t->get("pause")) {
            if (auto v = p->value<bool>())
                e.pause = *v;
            else
                error(*p, fmt::format("{}: pause must be true or false", what));
        }
        e.sources = source_list(*t, what, true);
        e.general_knowledge = text(*t, "general_knowledge", false, what).value_or("");
        b_.events.push_back(std::move(e));
    }
}

void Loader::load_layers(const toml::table& root) {
    for (const toml::table* t : entries(root, "layer")) {
        Layer l;
        l.where = at(*t);
        std::string what;
        if (!begin_entry(*t, "layer", layer_index_, int(b_.layers.size()), false,
                         {"id", "path", "layer", "time", "style", "as", "fields", "category", "confidence",
                          "unit", "mode", "kind", "name", "sources", "general_knowledge"},
                         l.id, what))
            continue;
        if (auto p = text(*t, "path", true, what); p && !p->empty()) {
            l.written_path = *p;
            // The untrusted-input policy: no network paths, no escape from the briefing's folder.
            auto resolved = resolve_data_path(*p, path_);
            if (resolved)
                l.path = *resolved;
            else
                error(*t->get("path"), fmt::format("{}: {}", what, resolved.error().message));
        }
        l.layer = text(*t, "layer", false, what).value_or("");
        if (const toml::node* tn = t->get("time")) {
            if (const toml::table* tt = tn->as_table()) {
                check_keys(*tt, {"start", "end"}, what + " time");
                l.time_start = text(*tt, "start", false, what).value_or("");
                l.time_end = text(*tt, "end", false, what).value_or("");
            } else {
                error(*tn, fmt::format("{}: time must be {{ start = \"field\", end = \"field\" }}", what));
            }
        }
        if (const toml::node* sn = t->get("style")) {
            if (const toml::table* st = sn->as_table()) {
                check_keys(*st, {"color", "width"}, what + " style");
                l.color = text(*st, "color", false, what).value_or("");
                if (const toml::node* w = st->get("width")) l.width = number(*w, what, "width").value_or(1.0);
            } else {
                error(*sn, fmt::format("{}: style must be {{ color = \"#rrggbb\", width = 1.5 }}", what));
            }
        }
        load_layer_mapping(*t, l, what);
        b_.layers.push_back(std::move(l));
    }
}

void Loader::load_layer_mapping(const toml::table& t, Layer& l, const std::string& what) {
    if (t.get("as")) l.role = choice<LayerRole>(t, "as", layer_role_names(), what).value_or(LayerRole::Drawn);
    if (const toml::node* fn = t.get("fields")) {
        const toml::table* ft = fn->as_table();
        if (!ft) {
            error(*fn, fmt::format("{}: fields must be {{ key = \"column\", ... }}", what));
        } else if (l.role == LayerRole::Drawn) {
            error(*fn, fmt::format("{}: fields need as = \"flows\", \"events\" or \"places\"", what));
        } else {
            const auto keys = layer_field_keys(l.role);
            std::string list;
            for (auto k : keys)
                list += (list.empty() ? "" : ", ") + std::string(k);
            for (auto&& [key, value] : *ft) {
                auto column = value.value<std::string>();
                if (std::find(keys.begin(), keys.end(), key.str()) == keys.end()) {
                    error(value,
                          fmt::format("{}: fields: '{}' is not a key of a {} layer{}; keys: {}", what,
                                      key.str(), name_of(l.role), did_you_mean(key.str(), keys), list));
                    continue;
                }
                if (!column || column->empty()) {
                    error(value, fmt::format("{}: fields.{} must be the name of a column", what, key.str()));
                    continue;
                }
                l.fields.push_back({std::string(key.str()), *column});
            }
        }
    }
    auto mapped = [&](std::string_view key) {
        return std::any_of(l.fields.begin(), l.fields.end(),
                           [&](const LayerField& f) { return f.key == key; });
    };
    // KML and GPX features carry their own times (TimeSpan, TimeStamp, track times).
    const std::string extension = base::lower_ascii(std::filesystem::path(l.path).extension().string());
    const bool dated = mapped("date") || mapped("start") || extension == ".kml" || extension == ".gpx";
    if (l.role == LayerRole::Flows) {
        if (mapped("from") != mapped("to"))
            error(t,
                  fmt::format("{}: map both fields.from and fields.to (or neither, for a layer of lines that "
                              "are the routes)",
                              what));
        if (!dated)
            error(t, fmt::format("{}: map fields.date (or fields.start and fields.end); only KML and GPX "
                                 "features carry their own times",
                                 what));
        if (!mapped("category") && !t.get("category"))
            error(t, fmt::format("{}: give each flow a category: fields.category = \"column\" or category = "
                                 "\"munitions\"",
                                 what));
    } else if (l.role == LayerRole::Events) {
        if (!dated)
            error(t, fmt::format("{}: map fields.date (or fields.start and fields.end); only KML and GPX "
                                 "features carry their own times",
                                 what));
        if (!mapped("title")) error(t, fmt::format("{}: map fields.title", what));
    } else if (l.role == LayerRole::Places) {
        if (!mapped("name")) error(t, fmt::format("{}: map fields.name", what));
        if (mapped("lon") != mapped("lat"))
            error(t, fmt::format("{}: map both fields.lon and fields.lat", what));
    }
    if (t.get("category")) l.category = choice<FlowCategory>(t, "category", flow_category_names(), what);
    if (t.get("confidence"))
        l.confidence =
            choice<Confidence>(t, "confidence", confidence_names(), what).value_or(Confidence::Possible);
    if (t.get("mode"))
        l.mode = choice<CorridorMode>(t, "mode", corridor_mode_names(), what).value_or(CorridorMode::Air);
    if (t.get("kind"))
        l.kind = choice<PlaceKind>(t, "kind", place_kind_names(), what).value_or(PlaceKind::City);
    l.unit = text(t, "unit", false, what).value_or("relative");
    l.name = text(t, "name", false, what).value_or("");
    l.general_knowledge = text(t, "general_knowledge", false, what).value_or("");
    if (t.get("sources")) l.sources = source_list(t, what, false);
    if (l.role == LayerRole::Drawn)
        for (const char* key : {"category", "confidence", "unit", "mode", "kind", "name", "sources"})
            if (const toml::node* n = t.get(key))
                warning(*n, fmt::format("{}: '{}' is only used with as = \"flows\", \"events\" or \"places\"",
                                        what, key));
}

void Loader::load_slides(const toml::table& root) {
    std::vector<std::string> show_names;
    for (auto n : flow_category_names())
        show_names.emplace_back(n);
    for (auto n : corridor_mode_names())
        show_names.emplace_back(n);
    for (const auto& [id, i] : layer_index_)
        show_names.push_back(id);
    for (const char* extra : {"theaters", "places", "labels", "events"})
        show_names.emplace_back(extra);
    std::vector<std::string> focusable;
    for (const auto* index :
         {&flow_index_, &place_index_, &theater_index_, &corridor_index_, &actor_index_, &event_index_})
        for (const auto& [id, i] : *index)
            focusable.push_back(id);

    // Places, flows and events a mapped layer adds exist only once the layers are read: a slide
    // may name them, and apply_mapped_layers checks those names then.
    const bool mapped = std::any_of(b_.layers.begin(), b_.layers.end(),
                                    [](const Layer& l) { return l.role != LayerRole::Drawn; });
    int number_in_file = 0;
    for (const toml::table* t : entries(root, "slide")) {
        Slide s;
        s.where = at(*t);
        ++number_in_file;
        s.title = text(*t, "title", true, fmt::format("slide {}", number_in_file)).value_or("");
        const std::string what = fmt::format("slide {} '{}'", number_in_file, s.title);
        check_keys(*t, {"title", "date", "window", "fit", "center", "zoom_km", "show", "focus", "notes"},
                   what);
        s.notes = text(*t, "notes", false, what).value_or("");
        if (const toml::node* d = t->get("date")) {
            if (auto day = date(*d, what, "date")) s.from = s.to = *day, check_in_span(*d, *day, what);
        } else if (const toml::node* w = t->get("window")) {
            if (auto range = date_range(*w, what, "window")) s.from = range->first, s.to = range->second;
        } else {
            error(*t, fmt::format("{} has no 'date' (or 'window' = [from, to])", what));
        }
        auto strings = [&](std::string_view key) {
            std::vector<std::pair<std::string, const toml::node*>> out;
            const toml::node* n = t->get(key);
            if (!n) return out;
            const toml::array* a = n->as_array();
            if (!a) {
                error(*n, fmt::format("{}: '{}' must be a list of strings", what, key));
                return out;
            }
            for (const toml::node& el : *a) {
                if (auto v = el.value<std::string>())
                    out.push_back({*v, &el});
                else
                    error(el, fmt::format("{}: '{}' entries must be strings", what, key));
            }
            return out;
        };
        for (auto& [id, node] : strings("fit")) {
            if (mapped && !place_index_.count(id)) {
                s.pending_fit.push_back(id);
                continue;
            }
            const int p = resolve(place_index_, *node, id, "place", what);
            if (p >= 0) s.fit.push_back(p);
        }
        if (const toml::node* c = t->get("center")) s.center = lonlat(*c, what);
        if (const toml::node* z = t->get("zoom_km")) s.zoom_km = number(*z, what, "zoom_km").value_or(0);
        if (s.fit.empty() && !s.center && !t->get("fit"))
            warning(*t, fmt::format("{} sets no camera; add fit = [place ids] or center = [lon, lat]", what));
        for (auto& [name, node] : strings("show")) {
            if (std::find(show_names.begin(), show_names.end(), name) == show_names.end())
                error(*node, fmt::format(
                                 "{}: cannot show '{}'{}; expected a flow category, corridor mode, layer id, "
                                 "theaters, places, labels or events",
                                 what, name, did_you_mean(name, show_names)));
            else
                s.show.push_back(name);
        }
        for (auto& [id, node] : strings("focus")) {
            const bool known = std::find(focusable.begin(), focusable.end(), id) != focusable.end();
            if (!known && mapped)
                s.pending_focus.push_back(id);
            else if (!known)
                error(*node,
                      fmt::format("{}: focus on unknown id '{}'{}", what, id, did_you_mean(id, focusable)));
            else
                s.focus.push_back(id);
        }
        b_.slides.push_back(std::move(s));
    }
}

} // namespace

BriefingLoad parse_briefing(std::string_view text, const std::string& path, const CountryCatalog& countries) {
    BriefingLoad out;
    toml::table root;
    try {
        root = toml::parse(text, path);
    } catch (const toml::parse_error& e) {
        out.diagnostics.push_back(
            {Diagnostic::Severity::Error,
             base::Location{path, int(e.source().begin.line), int(e.source().begin.column)},
             fmt::format("not valid TOML: {}", e.description())});
        return out;
    }
    Loader loader(path, countries, out.diagnostics);
    loader.load(root);
    if (out.errors() == 0) out.briefing = loader.take();
    return out;
}

BriefingLoad load_briefing(const std::string& path, const CountryCatalog& countries) {
    BriefingLoad out;
    auto fail = [&](std::string message) {
        out.diagnostics.push_back(
            {Diagnostic::Severity::Error, base::Location{path, 0, 0}, std::move(message)});
        return out;
    };
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return fail("file not found");
    if (std::filesystem::is_directory(path, ec)) return fail("is a folder; expected a briefing.toml file");
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) return fail(fmt::format("cannot read: {}", ec.message()));
    if (size > kMaxBriefingBytes)
        return fail(
            fmt::format("file is {} MB; a briefing may be at most {} MB (put big data in a [[layer]])",
                        size >> 20, kMaxBriefingBytes >> 20));
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail("cannot open for reading");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parse_briefing(buffer.str(), path, countries);
}

} // namespace geo
