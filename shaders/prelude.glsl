// Shared prelude, prepended to every stage (after #version and gpu_layout.h): the view uniforms
// and map -> clip helpers.

uniform vec2 u_center;   // scene metres at the viewport centre
uniform float u_mpp;     // metres per pixel
uniform vec2 u_viewport; // viewport size in pixels

// Scene metres -> pixels from the viewport centre (y up).
vec2 map_to_px(vec2 p) { return (p - u_center) / u_mpp; }
vec4 px_to_clip(vec2 px) { return vec4(px * 2.0 / u_viewport, 0.0, 1.0); }

// Where pixel p lies against segment a-b: x = position along it (0..1), y = distance from it (pixels).
vec2 segment_position(vec2 p, vec2 a, vec2 b) {
    vec2 pa = p - a;
    vec2 ba = b - a;
    float h = clamp(dot(pa, ba) / max(dot(ba, ba), 1e-6), 0.0, 1.0);
    return vec2(h, length(pa - ba * h));
}
