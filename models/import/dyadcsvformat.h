#pragma once

#include <QString>
#include <QStringList>

#include "core/event.h"

// Dyad CSV (docs/file-formats.md, "Dyad CSV"): what the CSV importer reads and the CSV
// exporter writes, in one place so the two cannot drift apart.
namespace dyad::DyadCsv {

// id, start, end, title, summary, category, tone, participants, place, latitude, longitude;
// then source_publisher, source_title, source_url, source_date, and
// source2_... for a second source and so on.
QStringList eventColumns();
inline constexpr const char16_t *sourceFields[] = {u"publisher", u"title", u"url", u"date"};
QString sourceColumn(int number, QStringView field);  // 1-based: "source_url", "source2_url"

// Participants in one cell, in order: "initiator:TUR;target:RUS;lavrov" (no role means
// participant). A ';', ':' or '\' inside an id is escaped with '\'.
QString formatParticipants(const QList<Participant> &participants);
// Empty `error` on success; an unknown role is an error.
QList<Participant> parseParticipants(QStringView cell, QString &error);

// Spreadsheets run a cell that starts with =, +, -, @, tab or CR as a formula. Such cells
// are written with a leading apostrophe (also when the text already starts with apostrophes
// before such a character, so the reader can undo it exactly). A plain number such as -3.5
// is safe and left alone.
QString neutralised(const QString &cell);
QString restored(QStringView cell);

// The shortest text that reads back as the same number (a float stays a float).
QString formatNumber(double value);

} // namespace dyad::DyadCsv
