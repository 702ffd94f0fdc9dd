// The briefing model: validated, immutable value types for what a briefer writes in
// briefing.toml (see assets/briefings/README.md). Ids are resolved to indices at load; every
// object keeps where it came from (file, line, column) for errors and for the inspector.
//
// [SECTION] Vocabulary (enums and their names)
// [SECTION] Objects: Source, Actor, Place, Corridor, Theater, Flow, Event, Layer, Slide
// [SECTION] Briefing and evaluation at a time t
#pragma once

#include "base/result.hpp"
#include "geo/calendar.hpp"
#include "geo/lonlat.hpp"
#include "geo/volume_series.hpp"

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace geo {

// [SECTION] Vocabulary -------------------------------------------------------------------------

enum class PlaceKind { Capital, City, Port, RailHub, Airbase, Crossing, Front, Base };
enum class CorridorMode { Sea, Rail, Road, Air, Pipeline, River, Undisclosed };
enum class FlowCategory {
    Munitions,
    Missiles,
    Fuel,
    Food,
    Technology,
    Electronics,
    Labour,
    Money,
    Energy,
    Humanitarian,
    Troops,
    Equipment,
    DualUse // goods with civilian and military uses, when a source names no narrower kind
};
enum class Confidence { Confirmed, Probable, Possible, Alleged, Denied };
enum class TheaterKind { Combat, Transit, Diplomatic, Staging, Sanctions, Occupation };
enum class TheaterState { Active, Escalating, Calm, Ended };
// What a [[layer]] is: drawn as it is, or read as flows, events or places (as = "...").
enum class LayerRole { Drawn, Flows, Events, Places };

// The names used in the file, in enum order.
std::span<const std::string_view> place_kind_names();
std::span<const std::string_view> corridor_mode_names();
std::span<const std::string_view> flow_category_names();
std::span<const std::string_view> confidence_names();
std::span<const std::string_view> theater_kind_names();
std::span<const std::string_view> theater_state_names();
std::span<const std::string_view> layer_role_names(); // "drawn", "flows", "events", "places"
// The keys `fields = { ... }` may map for a role ("from", "to", "date", ...).
std::span<const std::string_view> layer_field_keys(LayerRole role);

template <class Enum> std::string_view name_of(Enum value);

// [SECTION] Objects -----------------------------------------------------------------------------
// Facts (corridors, theaters, flows, events) keep two things apart: `sources`, what the cited
// reporting says, and `general_knowledge`, what the briefer added from elsewhere (routes, dates,
// coordinates), shown as such in the inspector so it never borrows a source's authority.

struct Source {
    std::string id, title, publisher, url, summary;
    Day date = 0;
    char reliability = 'F'; // A (completely reliable) .. F (cannot be judged)
    int credibility = 6;    // 1 (confirmed) .. 6 (cannot be judged)
    base::Location where;
};

struct Actor {
    std::string id, name, country; // country: ISO alpha-3 or empty
    std::string color;             // "#rrggbb" or empty
    base::Location where;
};

struct Place {
    std::string id, name, local_name;
    LonLat lonlat;
    PlaceKind kind = PlaceKind::City;
    int actor = -1;   // index into Briefing::actors, -1 when none
    int priority = 2; // 1 always labelled .. 3 labelled if room
    base::Location where;
};

struct Waypoint {
    int place = -1; // index into Briefing::places, or -1 for a bare coordinate
    LonLat lonlat;  // always set (copied from the place when there is one)
    base::Location where;
};

struct Corridor {
    std::string id, name;
    CorridorMode mode = CorridorMode::Undisclosed;
    std::vector<Waypoint> path;
    std::vector<int> sources;
    std::string general_knowledge; // what was drawn from general knowledge, not from the sources
    base::Location where;
};

struct StatusInterval {
    Day from = 0, to = 0; // inclusive
    TheaterState state = TheaterState::Active;
};

struct Theater {
    std::string id, name;
    std::string country; // ISO alpha-3, or empty when a circle
    int around = -1;     // place index for a circle
    double radius_km = 0;
    TheaterKind kind = TheaterKind::Combat;
    std::vector<StatusInterval> status;
    std::vector<int> sources;
    std::string general_knowledge;
    base::Location where;

    // The state at day t, or nullopt when outside every interval.
    std::optional<TheaterState> state_at(double t) const;
};

struct Flow {
    std::string id, name, unit, note;
    int from = -1, to = -1; // actor indices
    FlowCategory category = FlowCategory::Equipment;
    std::vector<int> route; // corridor indices, in order
    VolumeSeries volume;
    Confidence confidence = Confidence::Possible;
    std::vector<int> sources;
    std::string general_knowledge;
    base::Location where;
};

struct Event {
    std::string id, title, detail;
    Day from = 0, to = 0; // a single date has from == to
    int place = -1;
    std::vector<int> sources;
    std::string general_knowledge;
    bool pause = false;
    base::Location where;
};

struct LayerField {
    std::string key;    // the briefing's key: "from", "date", "volume", ...
    std::string column; // the source's column (field) name
};

struct Layer {
    std::string id, path, layer; // path: resolved against the briefing's folder, checked by the input policy
    std::string written_path;    // the path as written in the briefing, for messages
    std::string time_start, time_end;
    std::string color;
    double width = 1.0;
    // A mapped layer (as = flows, events or places): its rows become briefing objects.
    LayerRole role = LayerRole::Drawn;
    std::vector<LayerField> fields;
    // What a mapped layer's rows do not say themselves.
    std::optional<FlowCategory> category;
    Confidence confidence = Confidence::Possible;
    std::string unit = "relative", name, general_knowledge;
    CorridorMode mode = CorridorMode::Air; // of the direct lines drawn between unconnected places
    PlaceKind kind = PlaceKind::City;
    std::vector<int> sources;
    base::Location where;
};

struct Slide {
    std::string title, notes;
    Day from = 0, to = 0; // a single date has from == to
    std::vector<int> fit; // place indices
    std::optional<LonLat> center;
    double zoom_km = 0;
    std::vector<std::string> show;  // categories, corridor modes or layer ids
    std::vector<std::string> focus; // ids of flows, places or theaters
    // Ids the TOML does not define, kept for what the mapped layers add (apply_mapped_layers
    // resolves them, or warns): only when the briefing has mapped layers.
    std::vector<std::string> pending_fit, pending_focus;
    base::Location where;
};

// [SECTION] Briefing ----------------------------------------------------------------------------

struct BriefingInfo {
    std::string title, subtitle, projection, basemap;
    Day start = 0, end = 0;
    std::optional<std::array<double, 4>> home; // west, south, east, north
};

struct Briefing {
    std::string path; // the file it was read from
    BriefingInfo info;
    std::vector<Source> sources;
    std::vector<Actor> actors;
    std::vector<Place> places;
    std::vector<Corridor> corridors;
    std::vector<Theater> theaters;
    std::vector<Flow> flows;
    std::vector<Event> events;
    std::vector<Layer> layers;
    std::vector<Slide> slides;

    // Events whose dates overlap [from, to].
    std::vector<int> events_between(double from, double to) const;
};

// A problem found while loading, in the file's terms.
struct Diagnostic {
    enum class Severity { Warning, Error } severity = Severity::Error;
    base::Location where;
    std::string message;

    // "file:line:col: error: message"
    std::string text() const;
};

struct BriefingLoad {
    std::optional<Briefing> briefing; // set when there were no errors
    std::vector<Diagnostic> diagnostics;

    size_t errors() const;
    size_t warnings() const;
};

// Known ISO alpha-3 codes for checking `country` fields; empty means "do not check".
struct CountryCatalog {
    std::vector<std::string> codes;
};

// Reads, parses and validates a briefing file; collects every problem rather than stopping at the first.
BriefingLoad load_briefing(const std::string& path, const CountryCatalog& countries = {});
// The same from text already in memory (`path` is only used in messages and to resolve relative paths).
BriefingLoad parse_briefing(std::string_view text, const std::string& path,
                            const CountryCatalog& countries = {});

} // namespace geo
