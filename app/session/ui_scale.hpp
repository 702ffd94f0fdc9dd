// The UI's scale before the briefer's own factor: the monitor's content scale, or the screen's
// height in 1080-line steps when that is larger (a 4K projector at content scale 1 gets 2, so the
// panels and their text are as large on it as on a 1080p screen), in quarter steps from 1 to 3.
#pragma once

namespace app {

float default_ui_scale(float content_scale, int screen_height);

} // namespace app
