// What is switched on: flow categories, corridor modes, confidence grades, actors, extra layers,
// and the kinds of map furniture (theaters, places, labels, events, legend). Set from the Layers
// panel, number-key groups and slides' `show` lists; the renderer asks per flow and per corridor.
#pragma once

#include "geo/briefing.hpp"

#include <string>
#include <vector>

namespace geo {

struct Visibility {
    std::vector<bool> categories;  // index = FlowCategory
    std::vector<bool> modes;       // index = CorridorMode
    std::vector<bool> confidences; // index = Confidence
    std::vector<bool> actors;      // index into Briefing::actors
    std::vector<bool> layers;      // index into Briefing::layers
    bool theaters = true, places = true, labels = true, events = true, legend = true;

    // Everything on.
    static Visibility all(const Briefing& briefing);

    // A flow shows when its category, grade and both actors are on and its route uses a corridor
    // mode that is on (shells by sea then rail show with "sea" alone: the flow is one story).
    bool flow(const Briefing& briefing, size_t index) const;
    bool corridor(const Briefing& briefing, size_t index) const;
};

// A slide's `show` list: the categories, corridor modes and layers it names are on, and those of
// the kinds it does not name are all on (show = ["munitions"] keeps every mode). Unknown words are
// ignored (the loader has already warned about them).
Visibility visibility_for_show(const Briefing& briefing, const std::vector<std::string>& show);

// The toggle groups on number keys 1..9, in the order the Layers panel lists them.
struct ToggleGroup {
    std::string name;
    enum class Kind { Mode, Theaters, Places, Labels, Events, Layers } kind;
    CorridorMode mode = CorridorMode::Sea; // for Kind::Mode
};
const std::vector<ToggleGroup>& toggle_groups();
// Flips group `number` (1-based); false when there is no such group.
bool toggle_group(Visibility& visibility, int number);
bool group_on(const Visibility& visibility, int number);

} // namespace geo
