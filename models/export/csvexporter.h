#pragma once

#include "dataexporter.h"

namespace dyad {

// Dyad CSV (docs/file-formats.md): UTF-8 with a byte-order mark (so spreadsheets detect
// the encoding), CRLF line ends, RFC 4180 quoting, formula-like cells neutralised.
class CsvExporter final : public DataExporter
{
public:
    QString formatName() const override { return u"csv"_qs; }
    QString fileSuffix() const override { return u"csv"_qs; }
    bool write(QIODevice &output, const DatasetInfo &info, const EventStore &store,
               std::span<const EventRow> rows, QString &error) override;

    static QByteArray toCsv(const EventStore &store, std::span<const EventRow> rows);
};

} // namespace dyad
