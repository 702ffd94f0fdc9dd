// The untrusted-input policy: GDAL/PROJ hardening and confining layer paths.
//
// Where each GDAL setting comes from:
//  - GDAL's "Security considerations" page (gdal.org/user/security.html): restrict drivers with the
//    allowed-drivers list of GDALOpenEx, disable plugin loading (GDAL_DRIVER_PATH=disable), keep
//    VRT (which opens any file it names) and network drivers out, keep OGR SQL functions out of
//    GeoPackage/SQLite triggers and views (ALLOW_OGR_SQL_FUNCTIONS_FROM_TRIGGER_AND_VIEW=NO, the
//    default, set explicitly so an environment variable cannot turn it on), no Python in VRT.
//  - GDAL's SECURITY.md: treat data from untrusted sources with caution; limit what a file can
//    make the process do (here: no network, bounded sizes, see LoadLimits).
//  - GDAL's configuration options page: GDAL_HTTP_* / CPL_VSIL_CURL_* so that even a path that
//    slips past is_network_or_virtual_path() cannot fetch anything, LIBKML_* so a KML's styles
//    and links are not resolved over the network, GDAL_DISABLE_READDIR_ON_OPEN so opening a file
//    does not list its folder, OGR_GEOJSON_MAX_OBJ_SIZE to bound one GeoJSON object.
//  - PROJ's network page: PROJ_NETWORK=OFF and OSRSetPROJEnableNetwork(FALSE) (GDAL's PROJ
//    context); geo::Projection also calls proj_context_set_enable_network(ctx, 0).
#include "geo/input_policy.hpp"

#include "base/text.hpp"

#include <fmt/format.h>

#include <cpl_conv.h>
#include <cpl_http.h>
#include <ogr_srs_api.h>
#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <optional>

namespace geo {
namespace fs = std::filesystem;
namespace {

InputPolicy& current_policy() {
    static InputPolicy policy;
    return policy;
}

// KML goes through GDAL's own (expat) KML driver, not LIBKML: GDAL 3.6.2's LIBKML driver crashes
// on a gx:Track without <when> (ogrinfo too; found by tests/fixtures/bad/kml_track_without_times)
// and resolves NetworkLinks. With --trust every driver, LIBKML included, is allowed.
// GPX too: GDAL's GPX driver is expat-based like KML, and both are then read by xml_features.
constexpr const char* kAllowedDrivers[] = {"GPKG", "GeoJSON", "TopoJSON", "ESRI Shapefile", "KML",
                                           "GPX",  "CSV",     "FlatGeobuf", nullptr};

bool inside(const fs::path& target, const fs::path& root) {
    const fs::path rel = target.lexically_relative(root);
    return !rel.empty() && *rel.begin() != "..";
}

// The folder of a file the briefer chose at run time, readable on this thread only (ChosenFile).
thread_local std::optional<fs::path> chosen_folder;

// Whether the resolved `target` lies in `folder` (the briefing's or the layer's), an allowed root,
// or the folder of a file chosen on this thread.
bool readable_place(const fs::path& target, const fs::path& folder) {
    std::error_code ec;
    if (inside(target, fs::weakly_canonical(folder, ec))) return true;
    if (chosen_folder && inside(target, *chosen_folder)) return true;
    for (const std::string& root : current_policy().allowed_roots)
        if (inside(target, fs::weakly_canonical(root, ec))) return true;
    return false;
}

} // namespace

ChosenFile::ChosenFile(const std::string& path) : previous_(chosen_folder) {
    std::error_code ec;
    chosen_folder = fs::weakly_canonical(fs::absolute(path, ec), ec).parent_path();
}

ChosenFile::~ChosenFile() {
    chosen_folder = previous_;
}

void set_input_policy(InputPolicy policy) {
    current_policy() = std::move(policy);
    apply_gdal_hardening();
}

const InputPolicy& input_policy() {
    return current_policy();
}

// Every HTTP request GDAL makes through CPLHTTPFetch (a GeoJSON "crs" link, a remote SRS, a KML
// style) ends here without touching the network, whatever the proxy variables say (NO_PROXY would
// let a request past the closed-port proxy below).
namespace {

CPLHTTPResult* refuse_http(const char* url, CSLConstList, GDALProgressFunc, void*, CPLHTTPFetchWriteFunc,
                           void*, void*) {
    auto* result = static_cast<CPLHTTPResult*>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    result->nStatus = 1;
    result->pszErrBuf = CPLStrdup(
        fmt::format(
            "network access refused for '{}': a briefing's data may not fetch anything (run with --trust "
            "to allow it)",
            url ? url : "")
            .c_str());
    return result;
}

} // namespace

void apply_gdal_hardening() {
    const bool trusted = current_policy().trusted;
    CPLHTTPSetFetchCallback(trusted ? nullptr : refuse_http, nullptr);
    // Settings that stay on even with --trust: they bound resources or keep SQL out of triggers.
    CPLSetConfigOption("ALLOW_OGR_SQL_FUNCTIONS_FROM_TRIGGER_AND_VIEW", "NO");
    CPLSetConfigOption("GDAL_VRT_ENABLE_PYTHON", "NO");
    CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "256"); // MB, the same as LoadLimits
    CPLSetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "TRUE");
    if (trusted) {
        for (const char* key :
             {"GDAL_DRIVER_PATH", "GDAL_HTTP_PROXY", "GDAL_HTTPS_PROXY", "CPL_VSIL_CURL_ALLOWED_EXTENSIONS",
              "LIBKML_RESOLVE_STYLE", "LIBKML_EXTERNAL_STYLE", "GDAL_HTTP_MAX_RETRY", "GDAL_HTTP_TIMEOUT"})
            CPLSetConfigOption(key, nullptr);
        return;
    }
    CPLSetConfigOption("GDAL_DRIVER_PATH", "disable"); // read by GDALAllRegister: no plugins
    // No network: any libcurl request GDAL might still make goes to a closed local port and fails
    // at once, /vsicurl/ accepts no file extension, no retries.
    CPLSetConfigOption("GDAL_HTTP_PROXY", "127.0.0.1:9");
    CPLSetConfigOption("GDAL_HTTPS_PROXY", "127.0.0.1:9");
    CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".supplyline-no-network");
    CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", "0");
    CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
    CPLSetConfigOption("LIBKML_RESOLVE_STYLE", "NO");
    CPLSetConfigOption("LIBKML_EXTERNAL_STYLE", "NO");
    setenv("PROJ_NETWORK", "OFF", 1);
    // libcurl reads these itself: no exception list may route a request around the closed proxy.
    for (const char* var : {"NO_PROXY", "no_proxy"})
        unsetenv(var);
    for (const char* var : {"http_proxy", "https_proxy", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"})
        setenv(var, "http://127.0.0.1:9", 1);
    OSRSetPROJEnableNetwork(FALSE);
}

const char* const* allowed_vector_drivers() {
    return current_policy().trusted ? nullptr : kAllowedDrivers;
}

bool is_allowed_driver(std::string_view short_name) {
    if (current_policy().trusted) return true;
    return std::any_of(std::begin(kAllowedDrivers), std::end(kAllowedDrivers) - 1,
                       [&](const char* d) { return short_name == d; });
}

bool is_database_connection(std::string_view path) {
    return path.size() >= 3 && std::toupper(static_cast<unsigned char>(path[0])) == 'P' &&
           std::toupper(static_cast<unsigned char>(path[1])) == 'G' && path[2] == ':';
}

bool is_network_or_virtual_path(std::string_view path) {
    return path.rfind("/vsi", 0) == 0 || path.find("://") != std::string_view::npos ||
           is_database_connection(path);
}

base::Result<std::vector<std::string>> vetted_sidecars(const std::string& layer_path) {
    const InputPolicy& policy = current_policy();
    const fs::path path(layer_path);
    const fs::path folder = path.parent_path();
    auto lower = [](std::string text) {
        std::transform(text.begin(), text.end(), text.begin(),
                       [](unsigned char c) { return char(std::tolower(c)); });
        return text;
    };
    const std::string stem = lower(path.stem().string()) + ".";
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (lower(name).rfind(stem, 0) != 0) continue;
        std::error_code status_ec;
        const fs::file_status status = fs::status(it->path(), status_ec); // through symlinks
        if (status_ec || !fs::is_regular_file(status))
            return base::Error{
                fmt::format("'{}' beside the layer is not a regular file (a FIFO, device, socket or "
                            "broken link); refusing to read it",
                            name)};
        if (!policy.trusted && fs::is_symlink(it->symlink_status(status_ec))) {
            const fs::path target = fs::weakly_canonical(it->path(), status_ec);
            if (!readable_place(target, folder))
                return base::Error{
                    fmt::format("'{}' beside the layer links to '{}', outside the briefing's folder "
                                "and the shipped assets (run with --trust to allow it)",
                                name, target.string())};
        }
        names.push_back(name);
    }
    return names;
}

base::Status vet_geopackage(const std::string& layer_path) {
    if (current_policy().trusted) return base::Ok{};
    char magic[16] = {};
    if (std::FILE* f = std::fopen(layer_path.c_str(), "rb")) {
        const size_t n = std::fread(magic, 1, sizeof magic, f);
        std::fclose(f);
        if (n != sizeof magic || std::memcmp(magic, "SQLite format 3", 16) != 0) return base::Ok{};
    } else {
        return base::Ok{}; // the driver reports it
    }
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(layer_path.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return base::Ok{};
    }
    // Our own query is bounded too: a hostile schema cannot stall it.
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    sqlite3_progress_handler(
        db, 1000,
        [](void* end) {
            return std::chrono::steady_clock::now() > *static_cast<decltype(give_up)*>(end) ? 1 : 0;
        },
        const_cast<void*>(static_cast<const void*>(&give_up)));
    std::string view;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(
            db,
            "SELECT c.table_name FROM gpkg_contents c JOIN sqlite_master m ON m.name = c.table_name "
            "WHERE m.type = 'view' LIMIT 1",
            -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        view = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    if (view.empty()) return base::Ok{};
    return base::Error{
        fmt::format("the GeoPackage's table '{}' is a view: its SQL runs when the layer is read and "
                    "may never end; layers must be plain tables (run with --trust to allow it)",
                    view)};
}

base::Status refuse_proj_file_references(const std::vector<std::string>& files) {
    if (current_policy().trusted) return base::Ok{};
    constexpr std::string_view kNeedle = "init="; // matched case-insensitively, as PROJ reads it
    for (const std::string& file : files) {
        std::FILE* f = std::fopen(file.c_str(), "rb");
        if (!f) continue;
        std::vector<char> chunk(1 << 16);
        std::string carry; // the end of the previous chunk, so a match across chunks is seen
        bool found = false;
        for (size_t n; !found && (n = std::fread(chunk.data(), 1, chunk.size(), f)) > 0;) {
            std::string text = carry + std::string(chunk.data(), n);
            for (char& c : text)
                c = char(std::tolower(static_cast<unsigned char>(c)));
            for (size_t at = text.find(kNeedle); at != std::string::npos && !found;
                 at = text.find(kNeedle, at + 1))
                found = at > 0 && (text[at - 1] == '+' || text[at - 1] == ' ' || text[at - 1] == '"');
            carry = text.substr(text.size() > kNeedle.size() ? text.size() - kNeedle.size() : 0);
        }
        std::fclose(f);
        if (found)
            return base::Error{
                fmt::format("'{}' holds a PROJ \"+init=\" reference, which makes PROJ read a file; "
                            "a layer's coordinate system may not (run with --trust to allow it)",
                            fs::path(file).filename().string())};
    }
    return base::Ok{};
}

base::Result<std::string> resolve_data_path(std::string_view written, const std::string& briefing_path) {
    const InputPolicy& policy = current_policy();
    if (written.empty()) return base::Error{"path is empty"};
    if (is_database_connection(written)) {
        const std::string lowered = base::lower_ascii(written);
        // The message never repeats the connection string: it holds the secret.
        // "password=..." or a URI's user:secret@ part
        const size_t scheme = lowered.find("://");
        const size_t at = scheme == std::string::npos ? std::string::npos : lowered.find('@', scheme);
        const bool userinfo_secret =
            at != std::string::npos &&
            lowered.substr(scheme + 3, at - scheme - 3).find(':') != std::string::npos;
        if (lowered.find("password") != std::string::npos || userinfo_secret)
            return base::Error{"the PostgreSQL connection holds a password; a briefing must never: put it in "
                               "PGPASSWORD or ~/.pgpass"};
        if (policy.trusted) return std::string(written);
        return base::Error{
            fmt::format("'{}' is a PostgreSQL database; a briefing may only name local files unless "
                        "run with --trust",
                        written)};
    }
    if (is_network_or_virtual_path(written)) {
        if (policy.trusted) return std::string(written);
        return base::Error{
            fmt::format("'{}' is a network or virtual file system path; a briefing may only name "
                        "local files, so nothing is fetched (run with --trust to allow it)",
                        written)};
    }
    std::error_code ec;
    const fs::path folder = fs::path(briefing_path).parent_path().empty()
                                ? fs::current_path(ec)
                                : fs::path(briefing_path).parent_path();
    const fs::path joined = fs::path(written).is_absolute() ? fs::path(written) : folder / written;
    // weakly_canonical resolves every symlink that exists, so a link pointing out is caught too.
    const fs::path target = fs::weakly_canonical(joined, ec);
    if (ec) return base::Error{fmt::format("cannot resolve '{}': {}", written, ec.message())};
    if (!policy.trusted) {
        if (!readable_place(target, folder))
            return base::Error{
                fmt::format("'{}' resolves to '{}', outside the briefing's folder and the shipped "
                            "assets; layers must live beside the briefing (run with --trust to "
                            "allow it)",
                            written, target.string())};
    }
    if (!fs::exists(target, ec))
        return base::Error{fmt::format("file '{}' not found (paths are relative to the briefing)", written)};
    if (fs::is_directory(target, ec))
        return base::Error{
            fmt::format("'{}' is a folder; expected a data file (.gpkg, .geojson, .shp, ...)", written)};
    return target.string();
}

} // namespace geo
