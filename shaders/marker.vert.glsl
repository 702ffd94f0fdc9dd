// Place markers: one instanced quad per place, sized in pixels, centred on its map position.
layout(location = 0) in vec2 a_center; // scene metres (per instance)
layout(location = 1) in vec2 a_style;  // x: shape (0 circle, 1 square, 2 diamond, 3 triangle), y: size in points

uniform float u_pixel_scale;

out vec2 v_local; // -1..1 across the quad
flat out float v_shape;
flat out float v_radius_px;

void main() {
    const vec2 corners[4] = vec2[4](vec2(-1, -1), vec2(1, -1), vec2(-1, 1), vec2(1, 1));
    vec2 corner = corners[gl_VertexID & 3];
    float radius = a_style.y * u_pixel_scale;
    v_local = corner;
    v_shape = a_style.x;
    v_radius_px = radius;
    gl_Position = px_to_clip(map_to_px(a_center) + corner * (radius + 2.0));
}
