// Filled triangles (sphere, land) in scene metres.
layout(location = 0) in vec2 a_position;

void main() { gl_Position = px_to_clip(map_to_px(a_position)); }
