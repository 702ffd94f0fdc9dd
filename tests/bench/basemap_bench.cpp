// Benchmarks for the basemap pipeline: our load + project + cut + triangulate against the floor of
// a raw GDAL read plus one PROJ transform of the same vertices (issue 3 target: ratio <= 1.5).
#include "geo/basemap.hpp"
#include "geo/basemap_scene.hpp"
#include "geo/gdal_handle.hpp"
#include "geo/projection.hpp"
#include "geo/projector.hpp"
#include "geo/triangulate.hpp"

#include <benchmark/benchmark.h>

#include <vector>

namespace {

const geo::BasemapScale kScales[] = {geo::BasemapScale::k110m, geo::BasemapScale::k50m,
                                     geo::BasemapScale::k10m};

std::filesystem::path file_for(int64_t index) {
    return geo::basemap_file(SUPPLYLINE_ASSET_DIR, kScales[index]);
}

// Raw floor: read every polygon's points from both layers and project them in one batch.
void BM_RawGdalReadAndProjTransform(benchmark::State& state) {
    const std::string path = file_for(state.range(0)).string();
    auto projection = geo::Projection::create(geo::kDefaultProjection);
    size_t vertices = 0;
    for (auto _ : state) {
        std::string error;
        auto ds = geo::open_vector_dataset(path, error);
        std::vector<geo::LonLatPolygon> polygons;
        for (const char* name : {"countries", "land"}) {
            OGRLayerH layer = GDALDatasetGetLayerByName(ds.get(), name);
            OGR_L_ResetReading(layer);
            while (geo::OgrFeaturePtr f{OGR_L_GetNextFeature(layer)})
                geo::append_ogr_polygons(OGR_F_GetGeometryRef(f.get()), polygons);
        }
        std::vector<geo::LonLat> all;
        for (const auto& p : polygons)
            for (const auto& r : p.rings)
                all.insert(all.end(), r.begin(), r.end());
        std::vector<geo::XY> out;
        projection->forward(all, out);
        vertices = all.size();
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["vertices"] = double(vertices);
}

void BM_LoadProjectTriangulate(benchmark::State& state) {
    const auto path = file_for(state.range(0));
    auto projection = geo::Projection::create(geo::kDefaultProjection);
    size_t triangles = 0;
    for (auto _ : state) {
        auto basemap = geo::load_basemap(path);
        auto scene = geo::build_basemap_scene(*basemap, *projection);
        triangles = scene->land_triangles.size() / 3;
        benchmark::DoNotOptimize(scene->land_triangles.data());
    }
    state.counters["triangles"] = double(triangles);
}

// The triangulation step alone, on already projected country polygons.
void BM_TriangulateOnly(benchmark::State& state) {
    auto basemap = geo::load_basemap(file_for(state.range(0)));
    auto projection = geo::Projection::create(geo::kDefaultProjection);
    geo::Projector projector(*projection);
    std::vector<geo::XYPolygon> projected;
    for (const auto& c : basemap->countries)
        for (const auto& p : c.polygons)
            for (auto& part : projector.polygon(p))
                projected.push_back(std::move(part));
    for (auto _ : state) {
        std::vector<geo::XY> triangles;
        for (const auto& p : projected)
            geo::triangulate(projector.geos(), p, triangles);
        benchmark::DoNotOptimize(triangles.data());
    }
}

// A projection switch in the window (issue 16 target at 1:10m: <= 150 ms): the basemap is already
// loaded (the scene loader keeps it per scale), so only the projection, the cut, the reuse of the
// baked triangulation and the lines' levels of detail run, alternating two projections as a
// briefer switching back and forth would.
void BM_ProjectionSwitch(benchmark::State& state) {
    auto basemap = geo::load_basemap(file_for(state.range(0)));
    const std::string definitions[] = {std::string(geo::kDefaultProjection), "+proj=laea +lat_0=45 +lon_0=80"};
    size_t k = 0;
    for (auto _ : state) {
        auto projection = geo::Projection::create(definitions[k++ % 2]);
        auto scene = geo::build_basemap_scene(*basemap, *projection);
        benchmark::DoNotOptimize(scene->land_triangles.data());
    }
}

} // namespace

BENCHMARK(BM_RawGdalReadAndProjTransform)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadProjectTriangulate)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ProjectionSwitch)->DenseRange(0, 2)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_TriangulateOnly)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
