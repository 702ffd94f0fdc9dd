// Opening vector datasets through GDALOpenEx with an allowed-drivers list.
#include "geo/gdal_handle.hpp"

#include <fmt/format.h>

#include <cpl_error.h>
#include <mutex>

namespace geo {

GdalDatasetPtr open_vector_dataset(const std::string& path, std::string& error) {
    static std::once_flag registered;
    std::call_once(registered, [] { GDALAllRegister(); });
    static const char* const kAllowedDrivers[] = {"GPKG",   "GeoJSON", "TopoJSON",   "ESRI Shapefile", "KML",
                                                  "LIBKML", "CSV",     "FlatGeobuf", nullptr};
    CPLErrorReset();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GDALDatasetH ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                 kAllowedDrivers, nullptr, nullptr);
    CPLPopErrorHandler();
    if (!ds) {
        const char* msg = CPLGetLastErrorMsg();
        error = fmt::format("{}: cannot open as a vector dataset{}{}", path, msg && *msg ? ": " : "",
                            msg ? msg : "");
    }
    return GdalDatasetPtr(ds);
}

} // namespace geo
