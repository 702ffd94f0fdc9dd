// Frames larger than the GPU can render in one piece (8K stills), drawn tile by tile: the frame is
// split into tiles within the GL limits, and each tile is drawn with the GL viewport of the whole
// frame shifted so that only the tile lands in the target. Every layer keeps computing in
// whole-frame pixels (lines, labels, title, legend), so tiles join seamlessly.
#pragma once

#include <vector>

namespace render {

// A rectangle of the full frame in pixels, origin top-left.
struct FrameTile {
    int x = 0, y = 0, width = 0, height = 0;
};

// Splits a width x height frame into a grid of tiles no larger than max_tile per side, with
// sizes as even as possible (they differ by at most one pixel), row by row from the top.
std::vector<FrameTile> split_frame(int width, int height, int max_tile);

// The largest tile the current GL context renders in one piece (renderbuffer and viewport limits).
int gl_max_tile_size();
// The largest whole frame the viewport can address (tiles or not), per side.
int gl_max_frame_size();

// After begin_map_pass: aims the viewport so that `tile` of the frame_width x frame_height frame
// fills the bound target (whose size is the tile's).
void set_tile_viewport(int frame_width, int frame_height, const FrameTile& tile);

} // namespace render
