// Visibility rules and toggle groups.
#include "geo/visibility.hpp"

#include <algorithm>

namespace geo {
namespace {

template <class Names> int index_in(const Names& names, const std::string& word) {
    const auto it = std::find(names.begin(), names.end(), word);
    return it == names.end() ? -1 : int(it - names.begin());
}

bool on(const std::vector<bool>& flags, size_t i) {
    return i >= flags.size() || flags[i];
}

} // namespace

Visibility Visibility::all(const Briefing& briefing) {
    Visibility v;
    v.categories.assign(flow_category_names().size(), true);
    v.modes.assign(corridor_mode_names().size(), true);
    v.confidences.assign(confidence_names().size(), true);
    v.actors.assign(briefing.actors.size(), true);
    v.layers.assign(briefing.layers.size(), true);
    return v;
}

bool Visibility::flow(const Briefing& briefing, size_t index) const {
    const Flow& f = briefing.flows[index];
    if (!on(categories, size_t(f.category)) || !on(confidences, size_t(f.confidence))) return false;
    if ((f.from >= 0 && !on(actors, size_t(f.from))) || (f.to >= 0 && !on(actors, size_t(f.to))))
        return false;
    return f.route.empty() ||
           std::any_of(f.route.begin(), f.route.end(), [&](int c) { return corridor(briefing, size_t(c)); });
}

bool Visibility::corridor(const Briefing& briefing, size_t index) const {
    return on(modes, size_t(briefing.corridors[index].mode));
}

Visibility visibility_for_show(const Briefing& briefing, const std::vector<std::string>& show) {
    Visibility v = Visibility::all(briefing);
    if (show.empty()) return v;
    std::vector<bool> categories(v.categories.size(), false), modes(v.modes.size(), false),
        layers(v.layers.size(), false);
    bool any_category = false, any_mode = false, any_layer = false;
    for (const std::string& word : show) {
        if (int c = index_in(flow_category_names(), word); c >= 0)
            categories[size_t(c)] = any_category = true;
        if (int m = index_in(corridor_mode_names(), word); m >= 0) modes[size_t(m)] = any_mode = true;
        for (size_t l = 0; l < briefing.layers.size(); ++l)
            if (briefing.layers[l].id == word) layers[l] = any_layer = true;
    }
    if (any_category) v.categories = categories;
    if (any_mode) v.modes = modes;
    if (any_layer) v.layers = layers;
    return v;
}

const std::vector<ToggleGroup>& toggle_groups() {
    using K = ToggleGroup::Kind;
    static const std::vector<ToggleGroup> groups{
        {"Sea routes", K::Mode, CorridorMode::Sea},
        {"Rail routes", K::Mode, CorridorMode::Rail},
        {"Road routes", K::Mode, CorridorMode::Road},
        {"Air routes", K::Mode, CorridorMode::Air},
        {"Pipelines", K::Mode, CorridorMode::Pipeline},
        {"Theaters", K::Theaters},
        {"Places", K::Places},
        {"Labels", K::Labels},
        {"Map layers", K::Layers},
    };
    return groups;
}

namespace {

// The flag(s) a group stands for; Layers stands for every extra layer at once.
template <class Fn> void visit_group(Visibility& v, const ToggleGroup& g, Fn&& fn) {
    switch (g.kind) {
    case ToggleGroup::Kind::Mode: {
        std::vector<bool>::reference flag = v.modes[size_t(g.mode)];
        bool value = flag;
        fn(value);
        flag = value;
        break;
    }
    case ToggleGroup::Kind::Theaters:
        fn(v.theaters);
        break;
    case ToggleGroup::Kind::Places:
        fn(v.places);
        break;
    case ToggleGroup::Kind::Labels:
        fn(v.labels);
        break;
    case ToggleGroup::Kind::Events:
        fn(v.events);
        break;
    case ToggleGroup::Kind::Layers: {
        bool any = std::find(v.layers.begin(), v.layers.end(), true) != v.layers.end();
        const bool before = any;
        fn(any);
        if (any != before) std::fill(v.layers.begin(), v.layers.end(), any);
        break;
    }
    }
}

} // namespace

bool toggle_group(Visibility& visibility, int number) {
    if (number < 1 || size_t(number) > toggle_groups().size()) return false;
    if (visibility.modes.size() < corridor_mode_names().size())
        visibility.modes.resize(corridor_mode_names().size(), true);
    visit_group(visibility, toggle_groups()[size_t(number - 1)], [](bool& flag) { flag = !flag; });
    return true;
}

bool group_on(const Visibility& visibility, int number) {
    if (number < 1 || size_t(number) > toggle_groups().size()) return false;
    Visibility copy = visibility;
    if (copy.modes.size() < corridor_mode_names().size())
        copy.modes.resize(corridor_mode_names().size(), true);
    bool result = false;
    visit_group(copy, toggle_groups()[size_t(number - 1)], [&](bool& flag) { result = flag; });
    return result;
}

} // namespace geo
