// What the current GL context runs on: a software rasterizer (Mesa llvmpipe/softpipe, SwiftShader)
// makes multisampling cost about four times the frame, so moving pictures go without it there.
#pragma once

namespace render {

bool software_renderer();

// Samples per pixel for moving pictures (the window, video export): 4 on a GPU, 1 in software.
int moving_picture_samples();

} // namespace render
