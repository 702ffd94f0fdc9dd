// Where the panels go as the UI scale changes: a panel is placed and sized at first use, and again
// whenever the scale differs from the one it was laid out for, so it grows (or shrinks) with the
// scale and stays inside the window instead of keeping its old size and clipping.
#pragma once

namespace app {

// The ImGuiCond for this frame's SetNextWindowPos/Size; updates `laid_out_for`.
int layout_condition(float& laid_out_for, float ui_scale);

} // namespace app
