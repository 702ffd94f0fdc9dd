// Text glyphs as instanced quads in screen pixels (origin top-left), sampling the SDF atlas.
layout(location = 0) in vec4 a_rect; // x0, y0, x1, y1 in screen pixels
layout(location = 1) in vec4 a_uv;   // u0, v0, u1, v1

out vec2 v_uv;

void main() {
    int corner = gl_VertexID & 3;
    vec2 t = vec2(corner & 1, corner >> 1);
    vec2 px = mix(a_rect.xy, a_rect.zw, t);
    v_uv = mix(a_uv.xy, a_uv.zw, t);
    gl_Position = vec4(px.x / u_viewport.x * 2.0 - 1.0, 1.0 - px.y / u_viewport.y * 2.0, 0.0, 1.0);
}
