// A ring 3 pixels wide, antialiased.
uniform vec4 u_color;
uniform float u_ring_width;

in vec2 v_local;
flat in float v_radius;
flat in float v_opacity;
out vec4 o_color;

void main() {
    float d = abs(length(v_local) - v_radius);
    float coverage = clamp(u_ring_width * 0.5 + 0.5 - d, 0.0, 1.0);
    if (coverage <= 0.0) discard;
    o_color = vec4(u_color.rgb, u_color.a * coverage * v_opacity);
}
