// What C++ hands the GPU, checked at compile time against the shaders' expectations: the buffer
// bindings and palette size (from shaders/gpu_layout.h, shared with GLSL) and the size and field
// offsets of every struct uploaded as vertex or storage data. A layout change that the shaders do
// not follow fails the build here instead of drawing garbage.
#pragma once

#include "geo/briefing.hpp"
#include "geo/flow_geometry.hpp"
#include "geo/scene.hpp"
#include "shaders/gpu_layout.h"

#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace render {

inline constexpr unsigned kFlowStyleBinding = FLOW_STYLE_BINDING;
inline constexpr unsigned kFlowStateBinding = FLOW_STATE_BINDING;
inline constexpr size_t kCategoryCount = CATEGORY_COUNT;
static_assert(size_t(geo::FlowCategory::DualUse) + 1 == kCategoryCount,
              "CATEGORY_COUNT (shaders/gpu_layout.h) must match geo::FlowCategory");

// Per flow in the FLOW_STYLE_BINDING buffer: uvec2 (category, confidence).
struct FlowStyleGpu {
    uint32_t category = 0, confidence = 0;
};

template <class T>
constexpr bool kUploadable = std::is_standard_layout_v<T>&& std::is_trivially_copyable_v<T>;

// Positions: vec2 of floats (triangle meshes, line batches).
static_assert(kUploadable<geo::Vec2f> && sizeof(geo::Vec2f) == 8 && offsetof(geo::Vec2f, y) == 4);
// shaders/flow.vert.glsl: a_points = (p0, p1), a_info = (d0, d1, flow, lane).
static_assert(kUploadable<geo::FlowSegment> && sizeof(geo::FlowSegment) == 32);
static_assert(offsetof(geo::FlowSegment, p1) == 8 && offsetof(geo::FlowSegment, d0) == 16 &&
              offsetof(geo::FlowSegment, flow) == 24 && offsetof(geo::FlowSegment, lane) == 28);
// shaders/arrow.vert.glsl: attribute 0 = (tip, from), attribute 1 = (flow, lane, size).
static_assert(kUploadable<geo::FlowArrow> && sizeof(geo::FlowArrow) == 28);
static_assert(offsetof(geo::FlowArrow, from) == 8 && offsetof(geo::FlowArrow, flow) == 16 &&
              offsetof(geo::FlowArrow, lane) == 20 && offsetof(geo::FlowArrow, size) == 24);
// FLOW_STATE_BINDING: vec2 (intensity, opacity) per flow, std430.
static_assert(kUploadable<geo::FlowState> && sizeof(geo::FlowState) == 8 &&
              offsetof(geo::FlowState, opacity) == 4);
// FLOW_STYLE_BINDING: uvec2 per flow, std430.
static_assert(kUploadable<FlowStyleGpu> && sizeof(FlowStyleGpu) == 8 &&
              offsetof(FlowStyleGpu, confidence) == 4);

} // namespace render
