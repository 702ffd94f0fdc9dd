// libFuzzer target: the briefing parser and validator on arbitrary bytes must never crash, hang
// or trip a sanitizer; every input ends as a Briefing or as located diagnostics.
#include "geo/briefing.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const geo::BriefingLoad load =
        geo::parse_briefing(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.toml");
    // A load either succeeds without errors or fails with at least one.
    if (load.briefing.has_value() == (load.errors() > 0)) __builtin_trap();
    return 0;
}
