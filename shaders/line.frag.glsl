// Coverage of a round-capped segment: distance from the pixel to the segment against the half width.
uniform vec4 u_color;
uniform float u_half_width;

in vec2 v_px;
flat in vec2 v_a;
flat in vec2 v_b;
out vec4 o_color;

void main() {
    vec2 pa = v_px - v_a;
    vec2 ba = v_b - v_a;
    float h = clamp(dot(pa, ba) / max(dot(ba, ba), 1e-6), 0.0, 1.0);
    float dist = length(pa - ba * h);
    float coverage = clamp(u_half_width + 0.5 - dist, 0.0, 1.0);
    if (coverage <= 0.0) discard;
    o_color = vec4(u_color.rgb, u_color.a * coverage);
}
