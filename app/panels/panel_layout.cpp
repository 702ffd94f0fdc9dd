// layout_condition: Always when the scale changed, else FirstUseEver.
#include "app/panels/panel_layout.hpp"

#include <imgui.h>

namespace app {

int layout_condition(float& laid_out_for, float ui_scale) {
    const bool changed = laid_out_for != 0 && laid_out_for != ui_scale;
    laid_out_for = ui_scale;
    return changed ? ImGuiCond_Always : ImGuiCond_FirstUseEver;
}

} // namespace app
