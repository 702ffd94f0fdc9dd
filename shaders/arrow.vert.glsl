// Arrowheads: one triangle where each flow arrives and smaller ones along long routes, sized from
// the flow's width, pointing the way it goes, hidden with the flow (same state as flow.vert.glsl).
layout(location = 0) in vec4 a_points; // tip.xy, from.xy in scene metres
layout(location = 1) in vec3 a_info;   // flow index, lane, relative size

layout(std430, binding = FLOW_STYLE_BINDING) readonly buffer FlowStyle { uvec2 flow_style[]; };
layout(std430, binding = FLOW_STATE_BINDING) readonly buffer FlowState { vec2 flow_state[]; };

uniform float u_pixel_scale;
uniform float u_min_width;
uniform float u_max_width;
uniform float u_lane_spacing;
uniform vec4 u_palette[CATEGORY_COUNT];

flat out vec4 v_color;

void main() {
    uint flow = uint(a_info.x + 0.5);
    vec2 state = flow_state[flow];
    if (state.x * state.y <= 0.0) {
        gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
        return;
    }
    float width = (u_min_width + (u_max_width - u_min_width) * clamp(state.x, 0.0, 1.0)) * u_pixel_scale;
    vec2 tip = map_to_px(a_points.xy);
    vec2 back = map_to_px(a_points.zw);
    vec2 dir = tip - back;
    dir = length(dir) > 1e-6 ? normalize(dir) : vec2(1.0, 0.0);
    vec2 normal = vec2(-dir.y, dir.x);
    tip += normal * a_info.y * u_lane_spacing * u_pixel_scale;
    float size = max(width * 2.4, 9.0 * u_pixel_scale) * a_info.z;
    vec2 corners[3] = vec2[3](tip + dir * size * 0.35, tip - dir * size * 0.85 + normal * size * 0.6,
                              tip - dir * size * 0.85 - normal * size * 0.6);
    v_color = vec4(u_palette[min(flow_style[flow].x, uint(CATEGORY_COUNT - 1))].rgb, state.y);
    gl_Position = px_to_clip(corners[gl_VertexID % 3]);
}
