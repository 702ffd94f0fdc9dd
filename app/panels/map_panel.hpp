// The ImGui "Map" panel: projection presets and a free PROJ string, basemap detail, theme,
// home view, build status and errors. Reports what the user changed; owns no map state.
#pragma once

#include "app/map/view_options.hpp"

#include <string>
#include <vector>

namespace app {

struct MapPanelState {
    std::string projection_input; // what is typed in the PROJ box
    std::string error;            // last failed build, shown in red; the old map stays
    std::string status;           // "50m · 0.42 s · 123k triangles"
    bool building = false;
    std::vector<std::string> monitors; // for presentation mode
    int monitor = 0;
    float ui_scale = 1.0f; // the user's factor on the monitor's content scale
};

struct MapPanelActions {
    bool apply_projection = false; // build with view.projection
    bool rebuild = false;          // basemap scale changed
    bool home = false;
};

// Draws the panel; edits `view` in place and says what to do.
MapPanelActions draw_map_panel(MapPanelState& state, ViewOptions& view, render::FrameLook& look,
                               float ui_scale);

} // namespace app
