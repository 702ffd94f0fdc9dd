// Wide lines as instanced segments: each instance is one segment, expanded in pixel space into a
// quad a little wider than the line so the fragment shader can antialias its edge and round its caps.
layout(location = 0) in vec2 a_p0; // segment start, scene metres (per instance)
layout(location = 1) in vec2 a_p1; // segment end

uniform float u_half_width; // pixels

out vec2 v_px;
flat out vec2 v_a;
flat out vec2 v_b;

void main() {
    vec2 a = map_to_px(a_p0);
    vec2 b = map_to_px(a_p1);
    vec2 d = b - a;
    float len = length(d);
    vec2 dir = len > 1e-6 ? d / len : vec2(1.0, 0.0);
    vec2 normal = vec2(-dir.y, dir.x);
    float r = u_half_width + 1.0; // one pixel of room for the antialiased edge
    int corner = gl_VertexID & 3; // triangle strip: 0,1,2,3
    vec2 along = (corner & 1) == 0 ? a - dir * r : b + dir * r;
    vec2 px = along + ((corner & 2) == 0 ? -normal : normal) * r;
    v_px = px;
    v_a = a;
    v_b = b;
    gl_Position = px_to_clip(px);
}
