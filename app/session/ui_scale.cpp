// default_ui_scale: the larger of the content scale and the screen's share of 1080 lines.
#include "app/session/ui_scale.hpp"

#include <algorithm>
#include <cmath>

namespace app {

float default_ui_scale(float content_scale, int screen_height) {
    const float by_height = std::round(screen_height / 1080.0f * 4) / 4;
    return std::clamp(std::max(content_scale, by_height), 1.0f, 3.0f);
}

} // namespace app
