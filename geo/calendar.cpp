// Calendar conversions through std::chrono (C++20 calendar types are enough; no parsing there in GCC 12).
#include "geo/calendar.hpp"

#include <fmt/format.h>

#include <charconv>
#include <chrono>

namespace geo {

Day day_from_ymd(int year, unsigned month, unsigned day) {
    const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month},
                                          std::chrono::day{day}};
    return static_cast<Day>(std::chrono::sys_days{ymd}.time_since_epoch().count());
}

std::string format_day(Day day) {
    const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{day}}};
    return fmt::format("{:04}-{:02}-{:02}", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
}

std::string long_date(Day day) {
    static const char* const kMonths[] = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};
    const std::string iso = format_day(day); // YYYY-MM-DD
    const int month = std::stoi(iso.substr(5, 2)), dom = std::stoi(iso.substr(8, 2));
    return std::to_string(dom) + " " + kMonths[month - 1] + " " + iso.substr(0, 4);
}

std::optional<Day> parse_day(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int y = 0;
    unsigned m = 0, d = 0;
    if (std::from_chars(text.data(), text.data() + 4, y).ptr != text.data() + 4) return std::nullopt;
    if (std::from_chars(text.data() + 5, text.data() + 7, m).ptr != text.data() + 7) return std::nullopt;
    if (std::from_chars(text.data() + 8, text.data() + 10, d).ptr != text.data() + 10) return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (!ymd.ok()) return std::nullopt;
    return day_from_ymd(y, m, d);
}

} // namespace geo
