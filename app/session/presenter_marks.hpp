// The presenter's laser pointer and ink, from the presenter window's picture of the audience's
// screen onto the audience's map: a mouse position on that picture (fractions from its top left)
// becomes a point in scene metres under the audience camera, so ink stays on its places as the
// map moves. Plain logic over the Session; the presenter window only reports the mouse.
#pragma once

#include "app/session/session.hpp"

#include <optional>
#include <utility>

namespace app {

struct PresenterMarks {
    std::optional<std::pair<double, double>> laser; // left button held on the picture
    std::optional<std::pair<double, double>> ink;   // right button held on the picture
    bool new_stroke = false;                        // the right button went down this frame
};

// Sets (or clears) the pointer and extends the ink: a new stroke on a press, a point when the pen
// moved three pixels or more.
void apply_presenter_marks(Session& session, const PresenterMarks& marks);

} // namespace app
