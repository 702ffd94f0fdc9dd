// Timeline ticks: try units from coarse to fine and keep the finest that fits.
#include "app/session/timeline_axis.hpp"

#include "geo/calendar.hpp"

#include <cmath>
#include <cstdlib>

namespace app {
namespace {

const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

struct Ymd {
    int year;
    unsigned month, day;
};

Ymd ymd_of(geo::Day d) {
    const std::string iso = geo::format_day(d);
    return {std::atoi(iso.c_str()), unsigned(std::atoi(iso.c_str() + 5)),
            unsigned(std::atoi(iso.c_str() + 8))};
}

// Every `step` months (1, 3 or 12) from the first boundary at or after `from`.
std::vector<Tick> month_ticks(double from, double to, unsigned step) {
    std::vector<Tick> ticks;
    Ymd at = ymd_of(geo::Day(std::ceil(from)));
    int year = at.year;
    unsigned month = at.month;
    // Round up to the first month boundary on the step grid.
    if (at.day != 1) ++month;
    while ((month - 1) % step != 0)
        ++month;
    for (;; month += step) {
        while (month > 12)
            month -= 12, ++year;
        const geo::Day d = geo::day_from_ymd(year, month, 1);
        if (d > to) break;
        const bool january = month == 1, first = ticks.empty(); // the first month names its year too
        std::string label = step == 12         ? std::to_string(year)
                            : january || first ? std::string(kMonths[month - 1]) + " " + std::to_string(year)
                                               : kMonths[month - 1];
        ticks.push_back({double(d), std::move(label), january});
    }
    return ticks;
}

std::vector<Tick> day_ticks(double from, double to, int step) {
    std::vector<Tick> ticks;
    for (geo::Day d = geo::Day(std::ceil(from)); d <= to; ++d) {
        const Ymd at = ymd_of(d);
        if (at.day == 1)
            ticks.push_back(
                {double(d), std::string(kMonths[at.month - 1]) + " " + std::to_string(at.year), true});
        else if ((at.day - 1) % unsigned(step) == 0 && at.day <= 29 - unsigned(step) / 2)
            ticks.push_back({double(d), std::to_string(at.day), false});
    }
    return ticks;
}

bool fits(const std::vector<Tick>& ticks, double from, double to, double width_px, double spacing_px) {
    if (ticks.size() < 2) return true;
    const double px_per_day = width_px / std::max(to - from, 1e-9);
    for (size_t i = 1; i < ticks.size(); ++i)
        if ((ticks[i].day - ticks[i - 1].day) * px_per_day < spacing_px) return false;
    return true;
}

} // namespace

std::vector<Tick> timeline_ticks(double from, double to, double width_px, double min_spacing_px) {
    if (!(to > from) || width_px <= 0) return {};
    std::vector<Tick> best = month_ticks(from, to, 12);
    for (unsigned step : {3u, 1u}) {
        auto ticks = month_ticks(from, to, step);
        if (!fits(ticks, from, to, width_px, min_spacing_px)) return best;
        best = std::move(ticks);
    }
    for (int step : {7, 1}) {
        auto ticks = day_ticks(from, to, step);
        if (!fits(ticks, from, to, width_px, min_spacing_px)) return best;
        best = std::move(ticks);
    }
    return best;
}

} // namespace app
