// Days as the unit of time: a Day counts days since 1970-01-01 (UTC); fractional days are the
// playback clock between midnights. Conversions to and from calendar dates and ISO text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace geo {

using Day = int32_t;

Day day_from_ymd(int year, unsigned month, unsigned day);
// "2024-06-19"
std::string format_day(Day day);
// "19 June 2024": dates as a briefing shows them (date stamp, timeline, presenter).
std::string long_date(Day day);
// Parses "YYYY-MM-DD"; nullopt for anything else (including impossible dates like 2024-02-30).
std::optional<Day> parse_day(std::string_view text);
// An ISO 8601 / XML Schema time as fractional days (UTC): "2024", "2024-06", "2024-06-19",
// "2024-06-19T10:30", "2024-06-19T10:30:15.5Z" or with an offset ("+09:00"), a space allowed
// for the "T". What KML's <when>/<begin>/<end> and GPX's <time> hold. nullopt for anything else.
std::optional<double> parse_iso_time(std::string_view text);

} // namespace geo
