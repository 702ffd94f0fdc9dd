// libFuzzer target: our layer-loading path on arbitrary bytes. The first byte picks the file
// extension (so each allowed driver gets its turn; bit 0x40 turns .kml into .gpx, so the older
// seeds keep their drivers) and whether time fields are asked for (0x80); the rest
// is written to a temporary file and read through geo::read_layers with the input policy on, then
// projected. It must never crash, hang or trip a sanitizer, and nothing non-finite may come out.
// Seeds: tests/fuzz/corpus/layer/ (one selector byte, then a small valid file).
#include "geo/layer_data.hpp"
#include "geo/layer_scene.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>

namespace {

const char* const kExtensions[] = {".geojson", ".topojson", ".kml", ".csv", ".gpkg", ".fgb", ".shp", ".json"};
constexpr size_t kExtensionCount = sizeof(kExtensions) / sizeof(kExtensions[0]);

const std::string& scratch_dir() {
    static const std::string dir = [] {
        char pattern[] = "/tmp/supplyline-layer-fuzz-XXXXXX";
        const char* made = mkdtemp(pattern);
        if (!made) std::abort();
        return std::string(made);
    }();
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) return 0;
    const uint8_t selector = data[0];
    const char* extension = kExtensions[selector % kExtensionCount];
    if ((selector & 0x40) && std::string(extension) == ".kml") extension = ".gpx";
    const std::string path = scratch_dir() + "/layer" + extension;
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data + 1), std::streamsize(size - 1));
    }
    geo::Briefing briefing;
    briefing.path = scratch_dir() + "/briefing.toml";
    geo::Layer layer;
    layer.id = "fuzz";
    layer.path = layer.written_path = path;
    if (selector & 0x80) layer.time_start = "opened", layer.time_end = "closed";
    briefing.layers.push_back(layer);

    geo::LoadLimits limits;
    limits.max_seconds = 5;
    limits.max_layer_vertices = 200'000;
    const geo::LayerLoad load = geo::read_layers(briefing, limits);
    if (load.layers.size() != 1) __builtin_trap();
    for (const geo::LonLatLine& line : load.layers[0].lines)
        for (const geo::LonLat& p : line)
            if (!std::isfinite(p.lon) || !std::isfinite(p.lat) || std::abs(p.lat) > 90) __builtin_trap();

    static const auto projection = geo::Projection::create(geo::kDefaultProjection);
    const geo::LayerScene scene = geo::build_layer_scene(load.layers, projection.value(), {0, 0});
    for (const geo::Vec2f& p : scene.lines.points)
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) __builtin_trap();
    std::remove(path.c_str());
    return 0;
}
