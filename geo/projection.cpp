// Projection: PROJ CRS handling, domain detection and batch forward transforms.
#include "geo/projection.hpp"

#include "geo/input_policy.hpp"

#include <fmt/format.h>
#include <proj.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>

namespace geo {
namespace {

constexpr ProjectionPreset kPresets[] = {
    {"Eurasia equal-area (default)", kDefaultProjection},
    {"Equal Earth (world)", "EPSG:8857"},
    {"Web Mercator", "EPSG:3857"},
    {"Globe over Korea", "+proj=ortho +lat_0=40 +lon_0=115 +datum=WGS84"},
    {"Globe over Eurasia", "+proj=ortho +lat_0=45 +lon_0=70 +datum=WGS84"},
    {"Europe & Middle East (LAEA)", "+proj=laea +lat_0=45 +lon_0=40 +datum=WGS84"},
    {"Robinson (Pacific centred)", "+proj=robin +lon_0=150 +datum=WGS84"},
    {"Equal Earth (Asia centred)", "+proj=eqearth +lon_0=100 +datum=WGS84"},
};

std::string trim(std::string_view s) {
    auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && is_space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && is_space(s.back()))
        s.remove_suffix(1);
    return std::string(s);
}

// Reads "+key=value" from a PROJ string; nullopt when absent or not a number.
std::optional<double> proj_param(std::string_view proj_string, std::string_view key) {
    const std::string needle = fmt::format("+{}=", key);
    const auto at = proj_string.find(needle);
    if (at == std::string_view::npos) return std::nullopt;
    const std::string value(proj_string.substr(at + needle.size(), 32));
    char* end = nullptr;
    const double v = std::strtod(value.c_str(), &end);
    if (end == value.c_str()) return std::nullopt;
    return v;
}

std::string proj_method(std::string_view proj_string) {
    const auto at = proj_string.find("+proj=");
    if (at == std::string_view::npos) return {};
    const auto rest = proj_string.substr(at + 6);
    return std::string(rest.substr(0, rest.find(' ')));
}

base::Error proj_error(PJ_CONTEXT* ctx, std::string_view definition, std::string_view what) {
    const int code = proj_context_errno(ctx);
    const char* reason = code ? proj_context_errno_string(ctx, code) : nullptr;
    return base::Error{
        fmt::format("{} '{}'{}{}; expected a PROJ string such as '+proj=laea +lat_0=45 +lon_0=85', "
                    "an EPSG code such as 'EPSG:8857', or WKT",
                    what, definition, reason ? ": " : "", reason ? reason : "")};
}

// A projected CRS's WKT is a few kilobytes; PROJ parses much longer strings in time that grows with
// the square of their length (a 1 MB string takes minutes), so longer definitions are refused.
constexpr size_t kMaxDefinitionBytes = 16 * 1024;

// Parameters that make PROJ open files: +init=FILE:key reads any file (and blocks for ever on a
// FIFO or /dev/stdin); grid parameters name files too. A briefing may not use them unless trusted.
base::Status refuse_unsafe_definition(const std::string& definition) {
    if (definition.size() > kMaxDefinitionBytes)
        return base::Error{
            fmt::format("projection definition of {} characters; at most {} (a PROJ string, an "
                        "EPSG code or the WKT of one projected CRS)",
                        definition.size(), kMaxDefinitionBytes)};
    if (input_policy().trusted) return base::Ok{};
    std::string lower(definition);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    for (const char* key : {"init=", "nadgrids=", "geoidgrids=", "grids=", "file:"})
        if (lower.find(key) != std::string::npos)
            return base::Error{
                fmt::format("projection '{}' names a file ('{}'): a briefing's projection may not "
                            "read files (run with --trust to allow it)",
                            definition.size() > 80 ? definition.substr(0, 80) + "..." : definition,
                            std::string_view(key).substr(0, std::string_view(key).size() - 1))};
    return base::Ok{};
}

} // namespace

std::span<const ProjectionPreset> projection_presets() {
    return kPresets;
}

double wrap_lon(double lon) {
    double w = std::fmod(lon + 180.0, 360.0);
    if (w < 0) w += 360.0;
    return w - 180.0;
}

double Projection::seam_lon() const {
    return wrap_lon(lon_0_ + 180.0);
}

base::Result<Projection> Projection::create(std::string_view definition) {
    Projection p;
    p.definition_ = trim(definition);
    if (p.definition_.empty())
        return base::Error{
            "empty projection; expected a PROJ string such as '+proj=laea +lat_0=45 +lon_0=85', "
            "an EPSG code such as 'EPSG:8857', or WKT"};
    if (auto refused = refuse_unsafe_definition(p.definition_); !refused) return refused.error();
    p.ctx_.reset(proj_context_create());
    PJ_CONTEXT* ctx = p.ctx_.get();
    proj_context_set_enable_network(ctx, 0); // never fetch grids: a briefing must not make us open sockets
    proj_log_level(ctx, PJ_LOG_NONE);

    std::string crs_text = p.definition_;
    const bool is_proj_string = crs_text.find("+proj=") != std::string::npos;
    if (is_proj_string && crs_text.find("pipeline") != std::string::npos)
        return base::Error{
            fmt::format("projection '{}' is a pipeline; expected a single projected CRS", p.definition_)};
    if (is_proj_string && crs_text.find("+type=crs") == std::string::npos) crs_text += " +type=crs";

    ProjObjectPtr target(proj_create(ctx, crs_text.c_str()));
    if (!target) return proj_error(ctx, p.definition_, "unknown projection");
    const PJ_TYPE type = proj_get_type(target.get());
    if (type == PJ_TYPE_BOUND_CRS) target.reset(proj_get_source_crs(ctx, target.get()));
    if (!target || proj_get_type(target.get()) != PJ_TYPE_PROJECTED_CRS)
        return base::Error{
            fmt::format("projection '{}' is not a projected coordinate system (a map projection); "
                        "expected e.g. '+proj=eqearth' or 'EPSG:3857'",
                        p.definition_)};

    ProjObjectPtr geographic(proj_crs_get_geodetic_crs(ctx, target.get()));
    if (!geographic) return proj_error(ctx, p.definition_, "projection without a geographic base");
    ProjObjectPtr op(proj_create_crs_to_crs_from_pj(ctx, geographic.get(), target.get(), nullptr, nullptr));
    if (!op) return proj_error(ctx, p.definition_, "cannot build a transformation for projection");
    p.pj_.reset(proj_normalize_for_visualization(ctx, op.get())); // lon, lat order in degrees
    if (!p.pj_) return proj_error(ctx, p.definition_, "cannot normalise axis order for projection");

    const char* as_string = proj_as_proj_string(ctx, target.get(), PJ_PROJ_5, nullptr);
    const std::string proj_string = as_string ? as_string : "";
    p.method_ = proj_method(proj_string);
    p.lon_0_ = wrap_lon(proj_param(proj_string, "lon_0").value_or(0.0));
    p.lat_0_ = std::clamp(proj_param(proj_string, "lat_0").value_or(0.0), -90.0, 90.0);

    // Domains: where the method cannot show the whole sphere, name the part it can.
    if (p.method_ == "merc" || p.method_ == "webmerc") p.max_abs_lat_ = 85.0511;
    if (p.method_ == "ortho") p.cap_radius_deg_ = 89.5;
    if (p.method_ == "gnom") p.cap_radius_deg_ = 60.0;
    if (p.method_ == "stere" || p.method_ == "sterea") p.cap_radius_deg_ = 150.0;
    if (p.method_ == "nsper" || p.method_ == "tpers") {
        const double h = proj_param(proj_string, "h").value_or(3e7);
        constexpr double kEarthRadius = 6371008.8;
        p.cap_radius_deg_ = std::acos(kEarthRadius / (kEarthRadius + h)) * 180.0 / M_PI - 0.5;
    }

    // A projection that fails at its own centre is unusable; say so now rather than draw nothing.
    if (!p.forward(LonLat{p.lon_0_, std::clamp(p.lat_0_, -p.max_abs_lat_, p.max_abs_lat_)}))
        return base::Error{fmt::format("projection '{}' cannot project its own centre ({}, {})",
                                       p.definition_, p.lon_0_, p.lat_0_)};
    return p;
}

void Projection::forward(std::span<const LonLat> in, std::vector<XY>& out) const {
    out.resize(in.size());
    if (in.empty()) return;
    for (size_t i = 0; i < in.size(); ++i)
        out[i] = {in[i].lon, in[i].lat};
    proj_trans_generic(pj_.get(), PJ_FWD, &out[0].x, sizeof(XY), out.size(), &out[0].y, sizeof(XY),
                       out.size(), nullptr, 0, 0, nullptr, 0, 0);
    for (XY& q : out) {
        if (!std::isfinite(q.x) || !std::isfinite(q.y) || std::abs(q.x) > 1e9 || std::abs(q.y) > 1e9)
            q = XY{NAN, NAN};
    }
}

std::optional<XY> Projection::forward(LonLat p) const {
    std::vector<XY> out;
    forward(std::span<const LonLat>(&p, 1), out);
    if (!std::isfinite(out[0].x)) return std::nullopt;
    return out[0];
}

std::optional<LonLat> Projection::inverse(XY p) const {
    PJ_COORD c = proj_coord(p.x, p.y, 0, 0);
    c = proj_trans(pj_.get(), PJ_INV, c);
    if (!std::isfinite(c.xy.x) || !std::isfinite(c.xy.y) || std::abs(c.xy.y) > 90.0) return std::nullopt;
    return LonLat{c.xy.x, c.xy.y};
}

} // namespace geo
