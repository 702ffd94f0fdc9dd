// Event rings: an expanding, fading ring around the place of an event happening near the clock.
layout(location = 0) in vec4 a_ring; // center.xy scene metres, radius px, opacity

out vec2 v_local;
flat out float v_radius;
flat out float v_opacity;

void main() {
    const vec2 corners[4] = vec2[4](vec2(-1, -1), vec2(1, -1), vec2(-1, 1), vec2(1, 1));
    vec2 corner = corners[gl_VertexID & 3];
    float extent = a_ring.z + 4.0;
    v_local = corner * extent;
    v_radius = a_ring.z;
    v_opacity = a_ring.w;
    gl_Position = px_to_clip(map_to_px(a_ring.xy) + corner * extent);
}
