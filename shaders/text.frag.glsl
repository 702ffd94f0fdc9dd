// SDF text with a halo: distance in screen pixels from the atlas value, filled core and soft halo.
uniform sampler2D u_atlas;
uniform vec4 u_fill;
uniform vec4 u_halo;
uniform float u_px_per_sdf; // screen pixels per SDF pixel (text size / atlas base size)
uniform float u_sdf_spread; // SDF pixels from the edge to value 0 or 1 (the atlas padding)
uniform float u_halo_px;

in vec2 v_uv;
out vec4 o_color;

void main() {
    float value = texture(u_atlas, v_uv).r;
    float dist = (value - 0.5) * 2.0 * u_sdf_spread * u_px_per_sdf; // > 0 inside the glyph
    float fill = clamp(dist + 0.5, 0.0, 1.0);
    float halo = clamp(dist + u_halo_px + 0.5, 0.0, 1.0);
    vec4 color = mix(vec4(u_halo.rgb, u_halo.a * halo), u_fill, fill);
    if (color.a <= 0.003) discard;
    o_color = color;
}
