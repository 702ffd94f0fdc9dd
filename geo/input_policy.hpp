// The untrusted-input policy: a briefing and its layers may come from someone else, so by default
// Supplyline reads only local files under the briefing's folder and the shipped assets, opens no
// network path, lets GDAL use only the vector drivers it needs and caps what a load may cost.
// `--trust` (InputPolicy::trusted) lifts the path, driver and network rules, never the limits.
// Process-wide (GDAL's configuration is), set once at start-up before any GDAL or PROJ use.
#pragma once

#include "base/result.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace geo {

struct InputPolicy {
    bool trusted = false;                   // --trust: any path, any vector driver, network allowed
    std::vector<std::string> allowed_roots; // besides each briefing's own folder (the shipped assets)
};

// What one load may cost; over a limit the load fails with a message naming the limit.
struct LoadLimits {
    uint64_t max_layer_bytes = 256ull << 20;  // one layer file
    uint64_t max_layer_vertices = 5'000'000;  // all geometry of one layer
    uint64_t max_total_bytes = 512ull << 20;  // all layer files of a briefing together
    uint64_t max_total_vertices = 10'000'000; // all geometry of a briefing's layers together
    double max_seconds = 30;                  // reading all layers of a briefing
};

// Sets the policy and GDAL/PROJ's process-wide hardening (see input_policy.cpp for each
// setting and where it comes from). Call before the first GDAL open; later calls only change
// the path and driver rules.
void set_input_policy(InputPolicy policy);
const InputPolicy& input_policy();

// While alive, on this thread only, the folder of `path` (a file the briefer picked at run time:
// dropped on the window or typed in the Layers panel) may be read as if it were the briefing's
// own; the process-wide policy is left as it is.
class ChosenFile {
  public:
    explicit ChosenFile(const std::string& path);
    ~ChosenFile();
    ChosenFile(const ChosenFile&) = delete;
    ChosenFile& operator=(const ChosenFile&) = delete;

  private:
    std::optional<std::filesystem::path> previous_;
};

// Applies the hardening configuration for the current policy; called by open_vector_dataset
// before GDALAllRegister. Idempotent.
void apply_gdal_hardening();

// The files beside a resolved layer path that a driver may open with it (a Shapefile's .dbf, .shx,
// .prj and .cpg, a CSV's .csvt and .prj, a GeoPackage's -wal): every entry of its folder named
// like it. Each must be a regular file (a FIFO or device would block or never end, trusted or not)
// and, unless trusted, resolve inside the layer's folder or an allowed root. Returns their names,
// for GDALOpenEx's sibling list, or an error naming the first one refused.
base::Result<std::vector<std::string>> vetted_sidecars(const std::string& layer_path);

// A GeoPackage whose feature tables include a VIEW is refused unless trusted: a view's SQL runs
// when the layer is read and can keep SQLite busy for ever (a recursive query), before the first
// feature, where no time limit can reach it. Other files pass.
base::Status vet_geopackage(const std::string& layer_path);

// Refuses, unless trusted, a layer whose file or sidecars (`files`) mention "+init=" anywhere: a CRS
// such as "+init=/etc/shadow:x" or "+init=/dev/stdin:x" in a GeoJSON "crs", a .prj's PROJ4
// extension or a GeoPackage's SRS table makes PROJ open that file inside GDAL, where no hook of
// ours reaches (GDAL's PROJ contexts ignore a file API set on PROJ's default context).
base::Status refuse_proj_file_references(const std::vector<std::string>& files);

// The vector drivers a layer may use (null-terminated, for GDALOpenEx), or null when trusted.
const char* const* allowed_vector_drivers();
bool is_allowed_driver(std::string_view short_name);

// True for paths GDAL would fetch over the network or through a virtual file system:
// anything starting with /vsi (vsicurl, vsis3, vsizip of a URL ...) or containing "://".
bool is_network_or_virtual_path(std::string_view path);
// "PG:dbname=... host=..." (GDAL's PostgreSQL driver); counted as a network path above.
bool is_database_connection(std::string_view path);

// Resolves a layer path as written in `briefing_path` (relative to its folder) and checks it
// against the policy: no network or /vsi paths, no escape from the briefing's folder or the
// allowed roots (symlinks resolved), and the file must exist. The Error says why and how to allow it.
base::Result<std::string> resolve_data_path(std::string_view written, const std::string& briefing_path);

} // namespace geo
