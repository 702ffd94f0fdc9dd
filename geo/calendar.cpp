// Calendar conversions through std::chrono (C++20 calendar types are enough; no parsing there in GCC 12).
#include "geo/calendar.hpp"

#include "base/text.hpp"

#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <cmath>

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

namespace {

// Reads exactly `digits` decimal digits at `at`; advances `at`.
std::optional<int> fixed_number(std::string_view text, size_t& at, size_t digits) {
    if (at + digits > text.size()) return std::nullopt;
    int v = 0;
    for (size_t i = 0; i < digits; ++i) {
        const char c = text[at + i];
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    at += digits;
    return v;
}

} // namespace

std::optional<double> parse_iso_time(std::string_view text) {
    text = base::trim(text);
    size_t at = 0;
    const auto year = fixed_number(text, at, 4);
    if (!year) return std::nullopt;
    if (at == text.size()) return double(day_from_ymd(*year, 1, 1));
    if (text[at++] != '-') return std::nullopt;
    const auto month = fixed_number(text, at, 2);
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    if (at == text.size()) return double(day_from_ymd(*year, unsigned(*month), 1));
    if (text[at++] != '-') return std::nullopt;
    const auto dom = fixed_number(text, at, 2);
    if (!dom) return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{*year}, std::chrono::month{unsigned(*month)},
                                          std::chrono::day{unsigned(*dom)}};
    if (!ymd.ok()) return std::nullopt;
    const double day = double(day_from_ymd(*year, unsigned(*month), unsigned(*dom)));
    if (at == text.size()) return day;
    if (text[at] != 'T' && text[at] != ' ') return std::nullopt;
    ++at;
    const auto hh = fixed_number(text, at, 2);
    if (!hh || at >= text.size() || text[at++] != ':') return std::nullopt;
    const auto mm = fixed_number(text, at, 2);
    if (!mm || *hh > 24 || *mm > 59) return std::nullopt;
    double seconds = 0;
    if (at < text.size() && text[at] == ':') {
        ++at;
        const char* begin = text.data() + at;
        const auto [end, ec] = std::from_chars(begin, text.data() + text.size(), seconds);
        if (ec != std::errc() || !std::isfinite(seconds) || seconds < 0 || seconds >= 61) return std::nullopt;
        at += size_t(end - begin);
    }
    double offset_minutes = 0;
    if (at < text.size() && text[at] == 'Z') {
        ++at;
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        const int sign = text[at++] == '+' ? 1 : -1;
        const auto oh = fixed_number(text, at, 2);
        if (!oh || at >= text.size() || text[at++] != ':') return std::nullopt;
        const auto om = fixed_number(text, at, 2);
        if (!om || *oh > 14 || *om > 59) return std::nullopt;
        offset_minutes = sign * (*oh * 60 + *om);
    }
    if (at != text.size()) return std::nullopt;
    if (*hh == 24 && (*mm != 0 || seconds != 0)) return std::nullopt; // 24:00 is the day's end
    return day + (*hh * 3600.0 + *mm * 60.0 + seconds - offset_minutes * 60.0) / 86400.0;
}

} // namespace geo
