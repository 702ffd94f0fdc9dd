// A flow's look: width from volume, line style from confidence (confirmed solid, probable dashed,
// possible and alleged dotted), and bright pulses travelling from origin to destination.
uniform float u_anim_px;      // how far the pulses have travelled, in pixels
uniform float u_pixel_scale;

flat in vec2 v_a;
flat in vec2 v_b;
in vec2 v_px;
flat in float v_d0;
flat in float v_d1;
flat in float v_half_width;
flat in vec4 v_color;
flat in uint v_confidence;
out vec4 o_color;

void main() {
    vec2 at = segment_position(v_px, v_a, v_b);
    float across = at.y;
    float along = mix(v_d0, v_d1, at.x) / u_mpp; // pixels from the flow's origin
    float coverage = clamp(v_half_width + 0.5 - across, 0.0, 1.0);

    float w = max(v_half_width * 2.0, 2.0);
    if (v_confidence == 1u) { // probable: dashes of 3 widths, gaps of 1.6
        float period = w * 4.6;
        float pos = mod(along, period);
        coverage *= clamp(min(pos, w * 3.0 - pos) + 0.5, 0.0, 1.0);
    } else if (v_confidence >= 2u) { // possible / alleged: round dots, sparser when alleged
        float period = w * (v_confidence == 2u ? 2.0 : 3.2);
        float c = (fract(along / period) - 0.5) * period;
        coverage = clamp(v_half_width + 0.5 - length(vec2(c, across)), 0.0, 1.0);
    }
    if (coverage <= 0.0) discard;

    // Pulses: a bright head and a fading tail, every 120 points, moving towards the destination.
    float spacing = 120.0 * u_pixel_scale;
    float phase = fract((u_anim_px - along) / spacing);
    float pulse = pow(1.0 - phase, 5.0);
    vec3 color = mix(v_color.rgb, vec3(1.0), 0.55 * pulse);
    o_color = vec4(color, v_color.a * coverage);
}
