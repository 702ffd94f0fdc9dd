// A slide's still as `render --slide` draws it, on any frame: framed on the slide's view, at its
// first date with pulses placed by that date, its switches, spotlight and headline. The presenter's
// next-slide preview and `render` share it, so the preview is the picture the slide will show.
#pragma once

#include "geo/scene.hpp"
#include "render/frame.hpp"

#include <cstddef>

namespace app {

// Re-frames `frame` (keeping its look, size and pixel scale) as slide `index` of `scene`'s
// briefing; false, with `frame` untouched, when the scene has no briefing or no such slide.
bool frame_slide(render::Frame& frame, const geo::MapScene& scene, size_t index);

} // namespace app
