// The GPU layout every shader and the C++ renderer share (render/gpu_layout.hpp includes it; the
// shader library puts it right after #version in every stage): shader storage buffer bindings and
// the size of the flow category palette. Valid C++ and GLSL; change these only here.
#ifndef SUPPLYLINE_GPU_LAYOUT_H
#define SUPPLYLINE_GPU_LAYOUT_H

#define FLOW_STYLE_BINDING 0 // per flow: uvec2 (category, confidence)
#define FLOW_STATE_BINDING 1 // per flow: vec2 (intensity, opacity), the only per-frame upload
#define CATEGORY_COUNT 13    // colours in u_palette, one per geo::FlowCategory

#endif
