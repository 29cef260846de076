#pragma once

#include "core/date.h"
#include "core/geopoint.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace dyad {

class CountryCodes;

// The ISO 3166 table Dyad ships, read once per process (thread-safe); copies share it.
const CountryCodes &countryTable();

QString importTr(const char *text);
// "1 more problem", "12 more problems": the words every report of a file's problems ends with.
QString moreProblemsText(qsizetype count);
// The start of a file as UTF-8 without a byte-order mark or leading white space: a UTF-16 file
// (with its byte-order mark) is decoded, so that its content can still tell its format.
QByteArray textHead(QByteArrayView head);
bool isUtf16(QByteArrayView head);

// The start of a cell for a message: at most 40 bytes, as text.
QString preview(QByteArrayView cell);

// Numbers as data files write them: optional sign, digits, optional fraction and exponent.
// Surrounding spaces are allowed; anything else (including inf and nan) is not a number.
std::optional<double> parseNumber(QByteArrayView text);
std::optional<double> parseNumber(QStringView text);
std::optional<qint64> parseInteger(QByteArrayView text);
std::optional<qint64> parseInteger(QStringView text);

// A calendar date from parts (month and day 0 when unknown) with a message that says what
// is wrong: "2020-02-30 does not exist (February 2020 has 29 days)".
std::optional<Date> dateFromParts(qint64 year, qint64 month, qint64 day, QString &error);
// YYYY, YYYY-MM or YYYY-MM-DD with an optional leading minus for BCE.
std::optional<Date> parseIsoDate(QStringView text, QString &error);

// Empty when the point is on the globe, else the reason.
QString coordinateProblem(double latitude, double longitude);
QString toneProblem(double tone);

// http or https with a host, as the event details view will open it.
bool isWebUrl(QStringView text);
// The host of an http(s) URL without "www.", lower-case: "reuters.com".
QString hostOf(QStringView url);

// TimelineJS and vis put HTML in their text: white space collapsed as a browser does, tags
// dropped, <br> and </p> as line breaks, the common entities decoded.
QString plainTextFromHtml(QStringView html);

// "Military Forces of Turkey (2016-)" -> "military-forces-of-turkey-2016".
QString slugify(QStringView text);

} // namespace dyad
