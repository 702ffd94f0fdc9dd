// `supplyline check BRIEFING`: validates a briefing and reports every problem as
// file:line:col: error|warning: message, then a one-line summary (or JSON for tools).
#pragma once

#include <string>

namespace app {

struct CheckRequest {
    std::string briefing;
    bool strict = false; // warnings fail too (exit 1)
    bool json = false;
    bool trust = false; // --trust: lift the untrusted-input policy
};

// Exit code: 0 clean (or warnings only), 1 warnings with --strict, 2 errors.
int run_check(const CheckRequest& request);

} // namespace app
