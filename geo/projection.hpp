// A map projection from lon/lat (degrees) to projected metres, built from a PROJ string,
// an EPSG code ("EPSG:8857") or WKT. Knows its seam (where the world is cut) and its domain
// (a latitude limit for Mercator, a visible cap for a globe) so geometry can be cut before projecting.
// Owns its PROJ context: create one Projection per thread.
#pragma once

#include "base/result.hpp"
#include "geo/lonlat.hpp"
#include "geo/proj_handle.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace geo {

// The default: Lambert azimuthal equal-area centred on Central Asia; shows Syria to Japan.
inline constexpr std::string_view kDefaultProjection = "+proj=laea +lat_0=45 +lon_0=85 +datum=WGS84";

// A named projection a user can pick from a list.
struct ProjectionPreset {
    std::string_view name;
    std::string_view definition;
};
std::span<const ProjectionPreset> projection_presets();

class Projection {
  public:
    // Accepts "+proj=..." strings, "EPSG:n" codes and WKT; errors name the string and PROJ's reason.
    static base::Result<Projection> create(std::string_view definition);

    const std::string& definition() const { return definition_; }
    const std::string& method() const { return method_; } // PROJ's short name: "laea", "ortho", ...
    double center_lon() const { return lon_0_; }
    double center_lat() const { return lat_0_; }
    // Longitude where the projection tears the world apart: lon_0 + 180, in [-180, 180).
    double seam_lon() const;
    // Projections that cannot show the whole sphere (a globe) show only a cap around their centre.
    std::optional<double> cap_radius_deg() const { return cap_radius_deg_; }
    // Latitudes beyond this are outside the domain (Mercator); 90 otherwise.
    double max_abs_lat() const { return max_abs_lat_; }

    // Projects points in place of `out` (resized); returns false for points PROJ could not project,
    // which come back as non-finite values.
    void forward(std::span<const LonLat> in, std::vector<XY>& out) const;
    std::optional<XY> forward(LonLat p) const;
    std::optional<LonLat> inverse(XY p) const;

  private:
    Projection() = default;

    std::string definition_;
    std::string method_;
    double lon_0_ = 0;
    double lat_0_ = 0;
    double max_abs_lat_ = 90;
    std::optional<double> cap_radius_deg_;
    ProjContextPtr ctx_;
    ProjObjectPtr pj_;
};

// Wraps a longitude into [-180, 180).
double wrap_lon(double lon);

} // namespace geo
