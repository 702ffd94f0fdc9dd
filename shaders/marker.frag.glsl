// Marker shapes as signed distances in pixels: a filled shape with an outline, antialiased.
uniform vec4 u_fill;
uniform vec4 u_outline;

in vec2 v_local;
flat in float v_shape;
flat in float v_radius_px;
out vec4 o_color;

float shape_distance(vec2 p, float r) {
    int shape = int(v_shape + 0.5);
    if (shape == 1) { vec2 d = abs(p) - vec2(r * 0.8); return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0); }
    if (shape == 2) return (abs(p.x) + abs(p.y) - r) * 0.7071;
    if (shape == 3) { // triangle pointing up
        const float k = 1.7320508;
        p.y += r * 0.25;
        p.x = abs(p.x) - r;
        p.y = p.y + r / k;
        if (p.x + k * p.y > 0.0) p = vec2(p.x - k * p.y, -k * p.x - p.y) / 2.0;
        p.x -= clamp(p.x, -2.0 * r, 0.0);
        return -length(p) * sign(p.y);
    }
    return length(p) - r;
}

void main() {
    float r = v_radius_px;
    vec2 p = v_local * (r + 2.0);
    float d = shape_distance(p, r);
    float outline = max(1.0, r * 0.22);
    float inside = clamp(0.5 - d, 0.0, 1.0);                  // coverage of the whole shape
    float core = clamp(0.5 - (d + outline), 0.0, 1.0);        // coverage of the fill inside the outline
    vec4 color = mix(u_outline, u_fill, core);
    if (inside <= 0.0) discard;
    o_color = vec4(color.rgb, color.a * inside);
}
