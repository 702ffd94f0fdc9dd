// The command line: `supplyline [options]` opens the window (or, with no display, renders the
// default view to a PNG), `supplyline render` draws one frame headless, `supplyline export` a video.
#pragma once

namespace app {

int run_cli(int argc, char** argv);

} // namespace app
