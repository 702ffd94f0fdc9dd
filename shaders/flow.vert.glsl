// Flows: instanced segments along each flow's route. Geometry is static; what animates comes from
// per-flow state (intensity, opacity) read here, and from u_anim_px in the fragment shader.
// An inactive flow's segments collapse outside the clip volume so they never reach the rasterizer.
layout(location = 0) in vec4 a_points; // p0.xy, p1.xy in scene metres
layout(location = 1) in vec4 a_info;   // d0, d1 (metres along the flow), flow index, lane

layout(std430, binding = FLOW_STYLE_BINDING) readonly buffer FlowStyle { uvec2 flow_style[]; }; // category, confidence
layout(std430, binding = FLOW_STATE_BINDING) readonly buffer FlowState { vec2 flow_state[]; };  // intensity, opacity

uniform float u_pixel_scale;
uniform float u_min_width;    // points, at the smallest volume
uniform float u_max_width;    // points, at the largest volume
uniform float u_lane_spacing; // points between neighbouring lanes
uniform vec4 u_palette[CATEGORY_COUNT];
uniform vec4 u_colour_override; // used instead of the palette when its alpha is > 0 (legend)

out vec2 v_px;
flat out vec2 v_a;
flat out vec2 v_b;
flat out float v_d0;
flat out float v_d1;
flat out float v_half_width;
flat out vec4 v_color;
flat out uint v_confidence;

void main() {
    uint flow = uint(a_info.z + 0.5);
    vec2 state = flow_state[flow];
    if (state.x * state.y <= 0.0) {
        gl_Position = vec4(2.0, 2.0, 2.0, 1.0); // outside: culled before rasterization
        return;
    }
    uvec2 style = flow_style[flow];
    float width = (u_min_width + (u_max_width - u_min_width) * clamp(state.x, 0.0, 1.0)) * u_pixel_scale;
    vec2 a = map_to_px(a_points.xy);
    vec2 b = map_to_px(a_points.zw);
    vec2 d = b - a;
    float len = length(d);
    vec2 dir = len > 1e-6 ? d / len : vec2(1.0, 0.0);
    vec2 normal = vec2(-dir.y, dir.x);
    vec2 lane = normal * a_info.w * u_lane_spacing * u_pixel_scale;
    a += lane;
    b += lane;
    float r = width / 2.0 + 1.0;
    int corner = gl_VertexID & 3;
    vec2 along = (corner & 1) == 0 ? a - dir * r : b + dir * r;
    vec2 px = along + ((corner & 2) == 0 ? -normal : normal) * r;
    v_px = px;
    v_a = a;
    v_b = b;
    v_d0 = a_info.x;
    v_d1 = a_info.y;
    v_half_width = width / 2.0;
    vec3 rgb = u_colour_override.a > 0.0 ? u_colour_override.rgb : u_palette[min(style.x, uint(CATEGORY_COUNT - 1))].rgb;
    v_color = vec4(rgb, state.y);
    v_confidence = style.y;
    gl_Position = px_to_clip(px);
}
