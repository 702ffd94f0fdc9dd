// Coverage of a round-capped segment: distance from the pixel to the segment against the half width.
uniform vec4 u_color;
uniform float u_half_width;

in vec2 v_px;
flat in vec2 v_a;
flat in vec2 v_b;
out vec4 o_color;

void main() {
    float dist = segment_position(v_px, v_a, v_b).y;
    float coverage = clamp(u_half_width + 0.5 - dist, 0.0, 1.0);
    if (coverage <= 0.0) discard;
    o_color = vec4(u_color.rgb, u_color.a * coverage);
}
