// PROJ handle deleters, where <proj.h> is included.
#include "geo/proj_handle.hpp"

#include <proj.h>

namespace geo {

void ProjContextDeleter::operator()(pj_ctx* ctx) const {
    proj_context_destroy(ctx);
}

void ProjObjectDeleter::operator()(PJconsts* pj) const {
    proj_destroy(pj);
}

} // namespace geo
