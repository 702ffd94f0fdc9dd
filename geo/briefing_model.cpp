// Briefing vocabulary names, evaluation at a time t, and diagnostic formatting.
#include "geo/briefing.hpp"

#include <fmt/format.h>

namespace geo {
namespace {

constexpr std::string_view kPlaceKinds[] = {"capital", "city",     "port",  "rail_hub",
                                            "airbase", "crossing", "front", "base"};
constexpr std::string_view kModes[] = {"sea", "rail", "road", "air", "pipeline", "river", "undisclosed"};
constexpr std::string_view kCategories[] = {"munitions",   "missiles",  "fuel",    "food",   "technology",
                                            "electronics", "labour",    "money",   "energy", "humanitarian",
                                            "troops",      "equipment", "dual-use"};
constexpr std::string_view kConfidences[] = {"confirmed", "probable", "possible", "alleged", "denied"};
constexpr std::string_view kTheaterKinds[] = {"combat",  "transit",   "diplomatic",
                                              "staging", "sanctions", "occupation"};
constexpr std::string_view kStates[] = {"active", "escalating", "calm", "ended"};
constexpr std::string_view kLayerRoles[] = {"drawn", "flows", "events", "places"};
constexpr std::string_view kFlowFields[] = {"from",   "to",     "date",       "start",
                                            "end",    "volume", "category",   "confidence",
                                            "source", "name",   "from_actor", "to_actor"};
constexpr std::string_view kEventFields[] = {"date", "start", "end", "title", "detail", "place", "source"};
constexpr std::string_view kPlaceFields[] = {"id", "name", "kind", "lon", "lat", "actor", "priority"};

} // namespace

std::span<const std::string_view> place_kind_names() {
    return kPlaceKinds;
}
std::span<const std::string_view> corridor_mode_names() {
    return kModes;
}
std::span<const std::string_view> flow_category_names() {
    return kCategories;
}
std::span<const std::string_view> confidence_names() {
    return kConfidences;
}
std::span<const std::string_view> theater_kind_names() {
    return kTheaterKinds;
}
std::span<const std::string_view> theater_state_names() {
    return kStates;
}
std::span<const std::string_view> layer_role_names() {
    return kLayerRoles;
}
std::span<const std::string_view> layer_field_keys(LayerRole role) {
    switch (role) {
    case LayerRole::Flows:
        return kFlowFields;
    case LayerRole::Events:
        return kEventFields;
    case LayerRole::Places:
        return kPlaceFields;
    case LayerRole::Drawn:
        break;
    }
    return {};
}

template <> std::string_view name_of(PlaceKind v) {
    return kPlaceKinds[size_t(v)];
}
template <> std::string_view name_of(CorridorMode v) {
    return kModes[size_t(v)];
}
template <> std::string_view name_of(FlowCategory v) {
    return kCategories[size_t(v)];
}
template <> std::string_view name_of(Confidence v) {
    return kConfidences[size_t(v)];
}
template <> std::string_view name_of(TheaterKind v) {
    return kTheaterKinds[size_t(v)];
}
template <> std::string_view name_of(TheaterState v) {
    return kStates[size_t(v)];
}
template <> std::string_view name_of(LayerRole v) {
    return kLayerRoles[size_t(v)];
}

std::optional<TheaterState> Theater::state_at(double t) const {
    for (const StatusInterval& s : status)
        if (t >= s.from && t < s.to + 1.0) return s.state; // `to` is inclusive: the whole last day
    return std::nullopt;
}

std::vector<int> Briefing::events_between(double from, double to) const {
    std::vector<int> out;
    for (size_t i = 0; i < events.size(); ++i)
        if (events[i].from <= to && events[i].to + 1.0 > from) out.push_back(int(i));
    return out;
}

std::string Diagnostic::text() const {
    return base::Error{fmt::format("{}: {}", severity == Severity::Error ? "error" : "warning", message),
                       where}
        .text();
}

size_t BriefingLoad::errors() const {
    size_t n = 0;
    for (const Diagnostic& d : diagnostics)
        n += d.severity == Diagnostic::Severity::Error;
    return n;
}

size_t BriefingLoad::warnings() const {
    return diagnostics.size() - errors();
}

} // namespace geo
