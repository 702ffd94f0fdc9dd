// Large synthetic briefings for the benchmarks: N flows over 100 places and 200 corridors, every
// flow cited and on a two-corridor route, so parsing, validation and scene building all run in full.
#pragma once

#include <fmt/format.h>

#include <string>

namespace bench {

// A valid briefing with `flows` flows over 100 places and 200 corridors.
inline std::string synthetic_briefing(int flows) {
    std::string s = "[briefing]\ntitle = \"Synthetic\"\nstart = 2024-01-01\nend = 2024-12-31\n"
                    "[[source]]\nid = \"s\"\ntitle = \"t\"\npublisher = \"p\"\ndate = 2024-01-01\n"
                    "reliability = \"C\"\ncredibility = 3\nsummary = \"generated\"\n"
                    "[[actor]]\nid = \"a\"\nname = \"A\"\n[[actor]]\nid = \"b\"\nname = \"B\"\n";
    for (int p = 0; p < 100; ++p)
        s += fmt::format("[[place]]\nid = \"p{}\"\nname = \"Place {}\"\nlonlat = [{}, {}]\nkind = \"city\"\n",
                         p, p, 30 + p, 40 + p % 20);
    for (int c = 0; c < 200; ++c)
        s += fmt::format(
            "[[corridor]]\nid = \"c{}\"\nmode = \"rail\"\npath = [\"p{}\", [{}, 45.0], \"p{}\"]\n", c,
            c % 100, 30.5 + c % 100, (c + 1) % 100);
    for (int f = 0; f < flows; ++f)
        s += fmt::format(
            "[[flow]]\nid = \"f{}\"\nfrom = \"a\"\nto = \"b\"\ncategory = \"fuel\"\n"
            "route = [\"c{}\", \"c{}\"]\nvolume = [[2024-01-01, 0.1], [2024-06-01, 0.9], [2024-12-01, 0.2]]\n"
            "confidence = \"probable\"\nsources = [\"s\"]\n",
            f, f % 99, f % 99 + 1);
    return s;
}

} // namespace bench
