// `supplyline export`: the terminal side of the export engine (video_export.hpp): a progress bar
// redrawn in place on a terminal (plain lines every 10 % otherwise), Ctrl-C / SIGTERM cancelling
// cleanly, one-line errors and exit codes.
#pragma once

#include "app/export/video_export.hpp"

namespace app {

// Exit code 0 on success, 2 for bad input or a failed export, 130 when interrupted.
int run_export_command(const ExportRequest& request, bool verbose);

} // namespace app
