// The 2D map camera: which projected point sits at the centre of the viewport and how many
// metres one pixel covers. Pure arithmetic (no GL), shared by window, headless render and tests.
#pragma once

#include "geo/lonlat.hpp"

namespace render {

struct Camera {
    geo::XY center; // projected metres relative to the scene origin
    double metres_per_pixel = 1e4;
    int viewport_width = 1; // pixels
    int viewport_height = 1;

    // The scene area the viewport shows now.
    geo::Bounds visible() const;
    // Frames `bounds` with `margin` (fraction of the viewport) on every side.
    void fit(const geo::Bounds& bounds, double margin = 0.04);
    // Screen pixels (origin top-left, y down) <-> scene metres.
    geo::XY screen_to_map(double px, double py) const;
    geo::XY map_to_screen(geo::XY p) const;
    // Moves the map by a pixel delta (drag).
    void pan_pixels(double dx, double dy);
    // Zooms by `factor` (>1 zooms in) keeping the map point under (px, py) fixed.
    void zoom_at(double px, double py, double factor);
    // Keeps zoom within sane limits for a scene of the given size.
    void clamp_to(const geo::Bounds& world);
};

// A camera whose "map" is the screen: scene point (x, -y) lands on pixel (x, y), for overlays
// (legend backing, captions) built in pixels and drawn with the map's programs.
Camera pixel_camera(int viewport_width, int viewport_height);

} // namespace render
