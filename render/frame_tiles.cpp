// Tile grid arithmetic and the shifted viewport.
#include "render/frame_tiles.hpp"

#include <glad/gl.h>

#include <algorithm>

namespace render {
namespace {

// Cuts `length` into `count` spans whose sizes differ by at most one.
std::vector<std::pair<int, int>> spans(int length, int max_span) {
    const int count = std::max(1, (length + max_span - 1) / max_span);
    std::vector<std::pair<int, int>> out;
    for (int i = 0, start = 0; i < count; ++i) {
        const int size = length / count + (i < length % count ? 1 : 0);
        out.push_back({start, size});
        start += size;
    }
    return out;
}

} // namespace

std::vector<FrameTile> split_frame(int width, int height, int max_tile) {
    max_tile = std::max(max_tile, 1);
    std::vector<FrameTile> tiles;
    for (auto [y, h] : spans(height, max_tile))
        for (auto [x, w] : spans(width, max_tile))
            tiles.push_back({x, y, w, h});
    return tiles;
}

int gl_max_tile_size() {
    GLint renderbuffer = 0, viewport[2] = {0, 0};
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &renderbuffer);
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, viewport);
    return std::min({int(renderbuffer), int(viewport[0]), int(viewport[1])});
}

int gl_max_frame_size() {
    GLint viewport[2] = {0, 0};
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, viewport);
    return std::min(int(viewport[0]), int(viewport[1]));
}

void set_tile_viewport(int frame_width, int frame_height, const FrameTile& tile) {
    // GL counts rows from the bottom: the tile's bottom edge is frame_height - (y + height) up.
    glViewport(-tile.x, -(frame_height - tile.y - tile.height), frame_width, frame_height);
}

} // namespace render
