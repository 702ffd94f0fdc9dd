// Shared prelude, prepended to every stage: version, the view uniforms and map -> clip helpers.
#version 450 core

uniform vec2 u_center;   // scene metres at the viewport centre
uniform float u_mpp;     // metres per pixel
uniform vec2 u_viewport; // viewport size in pixels

// Scene metres -> pixels from the viewport centre (y up).
vec2 map_to_px(vec2 p) { return (p - u_center) / u_mpp; }
vec4 px_to_clip(vec2 px) { return vec4(px * 2.0 / u_viewport, 0.0, 1.0); }
