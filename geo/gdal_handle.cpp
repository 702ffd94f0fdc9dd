// Opening vector datasets through GDALOpenEx with an allowed-drivers list (geo/input_policy.hpp).
#include "geo/gdal_handle.hpp"

#include "geo/input_policy.hpp"

#include <fmt/format.h>

#include <cpl_error.h>

#include <algorithm>
#include <mutex>

namespace geo {

GdalDatasetPtr open_vector_dataset(const std::string& path, std::string& error,
                                   const char* const* open_options, const char* const* siblings) {
    static std::once_flag registered;
    std::call_once(registered, [] {
        apply_gdal_hardening(); // GDAL_DRIVER_PATH must be set before GDALAllRegister reads it
        GDALAllRegister();
    });
    CPLErrorReset();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GDALDatasetH ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                 allowed_vector_drivers(), open_options, siblings);
    CPLPopErrorHandler();
    if (!ds) {
        // One line: GDAL's messages may span several.
        std::string msg = CPLGetLastErrorMsg();
        std::replace(msg.begin(), msg.end(), '\n', ' ');
        error = fmt::format("{}: cannot open as a vector dataset{}{}", path, msg.empty() ? "" : ": ", msg);
    }
    return GdalDatasetPtr(ds);
}

std::string identify_driver(const std::string& path) {
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GDALDriverH driver =
        GDALIdentifyDriverEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_RASTER, nullptr, nullptr);
    CPLPopErrorHandler();
    return driver ? GDALGetDriverShortName(driver) : "";
}

} // namespace geo
