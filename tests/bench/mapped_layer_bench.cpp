// Data layers against their floor (issue 15 targets, as ratios measured in the same run):
//  - a 100k-row CSV of shipments becoming flows (read_layers + apply_mapped_layers) against GDAL
//    copying the same file into a memory dataset (what `ogr2ogr -f Memory` does): target <= 1.5x;
//  - a 100k-feature GeoPackage line layer loaded as a drawn layer against the same copy: <= 1.5x;
//  - the same shipments and lines from PostGIS against from GeoPackage: <= 2x. The PostGIS cases
//    need a server: tests/bench/postgis_bench.sh starts a throw-away one, loads the same data with
//    ogr2ogr and passes its connection in SUPPLYLINE_BENCH_PG (without it they are skipped).
#include "geo/briefing.hpp"
#include "geo/input_policy.hpp"
#include "geo/layer_data.hpp"
#include "geo/mapped_layers.hpp"

#include <benchmark/benchmark.h>
#include <gdal.h>
#include <gdal_utils.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace {

namespace fs = std::filesystem;
constexpr int kRows = 100'000;

// The data, written once: a briefing with three places and a sea corridor, a CSV of shipments
// between them over 2024, and a GeoPackage of short dated lines.
const fs::path& data_folder() {
    static const fs::path folder = [] {
        const fs::path dir = fs::temp_directory_path() / "supplyline-mapped-bench";
        fs::create_directories(dir);
        std::ofstream csv(dir / "shipments.csv");
        csv << "origin,destination,date,tons,cargo\n";
        const char* from[] = {"Rajin", "Rajin", "Dunai"};
        const char* to[] = {"Dunai", "Hub", "Rajin"};
        const char* cargo[] = {"munitions", "fuel", "food"};
        char date[16];
        for (int i = 0; i < kRows; ++i) {
            const int day = (i * 7919) % 366;
            std::snprintf(date, sizeof date, "2024-%02d-%02d", 1 + day / 31 % 12, 1 + day % 28);
            csv << from[i % 3] << ',' << to[i % 3] << ',' << date << ',' << 1 + i % 50 << ',' << cargo[i % 3]
                << '\n';
        }
        csv.close();
        std::ofstream lines(dir / "lines.csv");
        lines << "WKT,opened\n";
        for (int i = 0; i < kRows; ++i) {
            const double lon = 100 + (i % 400) * 0.1, lat = 30 + (i / 400) * 0.1;
            lines << "\"LINESTRING (" << lon << ' ' << lat << ',' << lon + 0.05 << ' ' << lat + 0.05
                  << ")\",2024-01-01\n";
        }
        lines.close();
        fs::remove(dir / "lines.gpkg");
        const std::string convert = "ogr2ogr -q -f GPKG -a_srs EPSG:4326 -nln lines '" +
                                    (dir / "lines.gpkg").string() + "' '" + (dir / "lines.csv").string() +
                                    "'";
        if (std::system(convert.c_str()) != 0) std::fprintf(stderr, "ogr2ogr failed: %s\n", convert.c_str());
        fs::remove(dir / "shipments.gpkg"); // the same shipments with typed columns (date as a date)
        const std::string shipments = "ogr2ogr -q -f GPKG -oo AUTODETECT_TYPE=YES -nln shipments '" +
                                      (dir / "shipments.gpkg").string() + "' '" +
                                      (dir / "shipments.csv").string() + "'";
        if (std::system(shipments.c_str()) != 0)
            std::fprintf(stderr, "ogr2ogr failed: %s\n", shipments.c_str());
        std::ofstream toml(dir / "briefing.toml");
        toml << R"([briefing]
title = "Mapped layer benchmark"
start = 2024-01-01
end = 2024-12-31

[[source]]
id = "s1"
title = "Synthetic"
publisher = "Benchmark"
date = 2024-01-01
reliability = "B"
credibility = 2
summary = "Generated rows."

[[place]]
id = "dunai"
name = "Dunai"
lonlat = [132.345, 42.895]
kind = "port"

[[place]]
id = "rajin"
name = "Rajin"
lonlat = [130.37, 42.25]
kind = "port"

[[place]]
id = "hub"
name = "Hub"
lonlat = [131.95, 43.80]
kind = "rail_hub"

[[corridor]]
id = "sea-leg"
mode = "sea"
path = ["rajin", "dunai"]
general_knowledge = "Synthetic."

[[layer]]
id = "shipments"
path = "shipments.csv"
as = "flows"
fields = { from = "origin", to = "destination", date = "date", volume = "tons", category = "cargo" }
unit = "t"
sources = ["s1"]

[[layer]]
id = "lines"
path = "lines.gpkg"
time = { start = "opened" }

[[layer]]
id = "gpkg-shipments"
path = "shipments.gpkg"
as = "flows"
fields = { from = "origin", to = "destination", date = "date", volume = "tons", category = "cargo" }
unit = "t"
sources = ["s1"]
)";
        return dir;
    }();
    return folder;
}

// The floor: GDAL copying a file into a memory dataset, as `ogr2ogr -f Memory out file` does.
void copy_to_memory(benchmark::State& state, const fs::path& file) {
    const char* args[] = {"-f", "Memory", nullptr};
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(const_cast<char**>(args), nullptr);
    for (auto _ : state) {
        GDALDatasetH src = GDALOpenEx(file.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        GDALDatasetH out = GDALVectorTranslate("", nullptr, 1, &src, options, nullptr);
        if (!out) state.SkipWithError("GDALVectorTranslate failed");
        GDALClose(out);
        GDALClose(src);
    }
    GDALVectorTranslateOptionsFree(options);
}

void BM_CsvToMemory_Floor(benchmark::State& state) {
    GDALAllRegister();
    copy_to_memory(state, data_folder() / "shipments.csv");
}

void BM_GpkgToMemory_Floor(benchmark::State& state) {
    GDALAllRegister();
    copy_to_memory(state, data_folder() / "lines.gpkg");
}

// The PostGIS briefing: the same two tables loaded into the server named by SUPPLYLINE_BENCH_PG
// (once per run); empty when it is not set.
const std::string& postgis_briefing() {
    static const std::string path = []() -> std::string {
        const char* pg = std::getenv("SUPPLYLINE_BENCH_PG");
        if (!pg || !*pg) return "";
        const fs::path dir = data_folder();
        for (const auto& [table, file] :
             {std::pair{"shipments", "shipments.gpkg"}, std::pair{"lines", "lines.gpkg"}}) {
            const std::string load = std::string("ogr2ogr -q -overwrite -f PostgreSQL '") + pg + "' '" +
                                     (dir / file).string() + "' -nln " + table;
            if (std::system(load.c_str()) != 0) return "";
        }
        std::ofstream toml(dir / "briefing_pg.toml");
        std::ifstream head(dir / "briefing.toml");
        for (std::string line; std::getline(head, line) && line != "[[layer]]";)
            toml << line << '\n';
        toml << "[[layer]]\nid = \"pg-shipments\"\npath = \"" << pg
             << "\"\nlayer = \"shipments\"\nas = \"flows\"\n"
             << "fields = { from = \"origin\", to = \"destination\", date = \"date\", volume = \"tons\", "
                "category = \"cargo\" }\nunit = \"t\"\nsources = [\"s1\"]\n\n"
             << "[[layer]]\nid = \"pg-lines\"\npath = \"" << pg << "\"\nlayer = \"lines\"\n"
             << "time = { start = \"opened\" }\n";
        return (dir / "briefing_pg.toml").string();
    }();
    return path;
}

// Ours: one layer of a briefing read (under the input policy), then its rows made flows.
void read_layer(benchmark::State& state, size_t keep, const std::string& briefing = "") {
    geo::InputPolicy policy;
    policy.trusted = !briefing.empty(); // a PG: layer needs --trust
    geo::set_input_policy(policy);
    auto load = geo::load_briefing(briefing.empty() ? (data_folder() / "briefing.toml").string() : briefing);
    if (!load.briefing) return state.SkipWithError("benchmark briefing did not load");
    geo::Briefing only = *load.briefing;
    only.layers = {load.briefing->layers[keep]};
    size_t flows = 0, features = 0;
    for (auto _ : state) {
        geo::Briefing b = only;
        geo::LayerLoad layers = geo::read_layers(b);
        if (layers.errors()) return state.SkipWithError(layers.diagnostics[0].text().c_str());
        features = layers.layers[0].fids.size();
        std::vector<geo::Diagnostic> diagnostics;
        flows = geo::apply_mapped_layers(b, layers.layers, diagnostics).flows;
        benchmark::DoNotOptimize(b.flows.data());
    }
    state.counters["features"] = double(features);
    state.counters["flows"] = double(flows);
}

void BM_CsvShipmentsToFlows(benchmark::State& state) {
    read_layer(state, 0);
}

void BM_GpkgLinesAsLayer(benchmark::State& state) {
    read_layer(state, 1);
}

void BM_GpkgShipmentsToFlows(benchmark::State& state) {
    read_layer(state, 2);
}

void BM_PostgisShipmentsToFlows(benchmark::State& state) {
    if (postgis_briefing().empty()) return state.SkipWithError("no server: run tests/bench/postgis_bench.sh");
    read_layer(state, 0, postgis_briefing());
}

void BM_PostgisLinesAsLayer(benchmark::State& state) {
    if (postgis_briefing().empty()) return state.SkipWithError("no server: run tests/bench/postgis_bench.sh");
    read_layer(state, 1, postgis_briefing());
}

} // namespace

BENCHMARK(BM_CsvToMemory_Floor)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CsvShipmentsToFlows)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GpkgToMemory_Floor)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GpkgLinesAsLayer)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GpkgShipmentsToFlows)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PostgisShipmentsToFlows)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PostgisLinesAsLayer)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
